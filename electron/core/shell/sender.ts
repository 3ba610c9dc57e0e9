// Every IPC message is checked against the frame that sent it: only the top
// frame of our own app:// page may call the core. An iframe, a page the window
// was tricked into loading, or a destroyed frame gets nothing.
import { isAppUrl } from './app-origin';

/** The part of Electron's WebFrameMain the check needs (null when the frame is gone). */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

export interface SenderEvent {
  senderFrame: SenderFrame | null;
}

export function isTrustedSender(event: SenderEvent): boolean {
  const frame = event.senderFrame;
  if (frame == null || frame.parent != null) return false;
  // Compared by scheme and host: WHATWG URL gives custom schemes an opaque "null" origin.
  return isAppUrl(frame.url);
}
