// The one object the renderer talks to. In Electron the preload exposes it as
// `window.moderato` (ipcRenderer.invoke under the hood); under `npm run web`
// the renderer builds the same object over HTTP. Both carry Results, never stacks.
import type { MethodName } from './api';
import type { Result } from './errors';
import type { AppEvent } from './types';

export interface Bridge {
  call(method: MethodName, input: unknown): Promise<Result<unknown>>;
  /** Subscribes to the core's events; returns the unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** Opens an http(s)/mailto link in the system browser (the main process checks it again). */
  openExternal(url: string): Promise<void>;
  /**
   * Commands from the native side (application menu, notification clicks). Electron only:
   * the web host has no menu, so its bridge may leave this out.
   */
  onCommand?(listener: (command: AppCommand) => void): () => void;
}

/** Moderation commands the application menu sends to the window (the renderer knows the selection). */
export const MENU_COMMANDS = [
  'approve',
  'unapprove',
  'spam',
  'trash',
  'delete',
  'reply',
  'edit',
  'undo',
  'next',
  'previous',
  'search',
  'settings',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export type AppCommand =
  | { type: 'menu'; command: MenuCommand }
  /** A desktop notification was clicked: show this comment. */
  | { type: 'focus-comment'; commentId: number };

/** IPC channel names, derived from the contract so they are never listed twice. */
export const IPC_CALL_PREFIX = 'moderato:call:';
export const IPC_EVENT_CHANNEL = 'moderato:event';
export const IPC_OPEN_EXTERNAL = 'moderato:open-external';
export const IPC_COMMAND_CHANNEL = 'moderato:command';

/** HTTP routes of the web host: POST /api/<method>, GET /api/events (server-sent events). */
export const HTTP_API_PREFIX = '/api/';
export const HTTP_EVENTS_PATH = '/api/events';
/**
 * The id of the JSON data block in which the web host's page carries the answer to the window's
 * first request, getQueueView(FIRST_VIEW) (shared/first-view.ts): no round trip before the first rows.
 */
export const FIRST_VIEW_ELEMENT_ID = 'moderato-first-view';
