// Glue: the IPC side of the bridge. Handlers come from the contract
// (core/shell/ipc-handlers), events and commands go to the window.
import { ipcMain, shell, type BrowserWindow } from 'electron';
import type { ServiceApi } from '../shared/api';
import { IPC_COMMAND_CHANNEL, IPC_EVENT_CHANNEL, IPC_OPEN_EXTERNAL, type AppCommand } from '../shared/bridge';
import type { AppEvent } from '../shared/types';
import { safeExternalUrl } from './core/shell/external-url';
import { createIpcHandlers } from './core/shell/ipc-handlers';
import { isTrustedSender } from './core/shell/sender';

export interface IpcLog {
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

/** Registers one handler per contract operation plus openExternal. Returns the unregister function. */
export function registerIpc(api: ServiceApi, log: IpcLog): () => void {
  const specs = createIpcHandlers(api, {
    onUnexpectedError: (method, err) => log.error(`IPC ${method} failed:`, err),
    onUntrustedSender: (method, url) => log.warn(`IPC ${method} refused from an untrusted frame:`, url),
  });
  for (const { channel, handler } of specs) ipcMain.handle(channel, (event, input: unknown) => handler(event, input));

  ipcMain.handle(IPC_OPEN_EXTERNAL, async (event, raw: unknown): Promise<boolean> => {
    if (!isTrustedSender(event)) {
      log.warn('openExternal refused from an untrusted frame:', event.senderFrame?.url ?? null);
      return false;
    }
    const url = safeExternalUrl(raw);
    if (url === null) {
      log.warn('openExternal refused a URL that is not http(s) or mailto:', typeof raw === 'string' ? raw.slice(0, 200) : typeof raw);
      return false;
    }
    try {
      await shell.openExternal(url);
      return true;
    } catch (err) {
      // No browser or mail client registered for it: nothing the page can do about it.
      log.warn('openExternal failed:', err);
      return false;
    }
  });

  return () => {
    for (const { channel } of specs) ipcMain.removeHandler(channel);
    ipcMain.removeHandler(IPC_OPEN_EXTERNAL);
  };
}

function deliverable(win: BrowserWindow | null): win is BrowserWindow {
  return win !== null && !win.isDestroyed() && !win.webContents.isDestroyed();
}

export function sendEvent(win: BrowserWindow | null, event: AppEvent): void {
  if (deliverable(win)) win.webContents.send(IPC_EVENT_CHANNEL, event);
}

export function sendCommand(win: BrowserWindow | null, command: AppCommand): void {
  if (!deliverable(win)) return;
  // A window just reopened (macOS, from the dock or a notification) has no page to listen yet.
  if (win.webContents.isLoading()) {
    win.webContents.once('did-finish-load', () => sendCommand(win, command));
    return;
  }
  win.webContents.send(IPC_COMMAND_CHANNEL, command);
}
