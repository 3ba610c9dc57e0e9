// Glue: the only door between the page and the app. Exposes window.moderato
// (shared/bridge's Bridge) and nothing else: no ipcRenderer, no Node.
// Runs sandboxed, bundled by esbuild into dist-electron/preload.cjs.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { MethodName } from '../shared/api';
import {
  IPC_CALL_PREFIX,
  IPC_COMMAND_CHANNEL,
  IPC_EVENT_CHANNEL,
  IPC_OPEN_EXTERNAL,
  type AppCommand,
  type Bridge,
} from '../shared/bridge';
import type { Result } from '../shared/errors';
import type { AppEvent } from '../shared/types';

function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  // The page's listener never sees Electron's event object (it carries the sender).
  const wrapped = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

const bridge: Bridge = {
  call(method: MethodName, input: unknown): Promise<Result<unknown>> {
    if (typeof method !== 'string') {
      return Promise.resolve({ ok: false, error: { kind: 'bad-input', message: 'Unknown operation.' } });
    }
    // The handlers answer with Results; a rejection only means no handler answered at all
    // (an unknown name, the app shutting down). The page still gets a Result, never a throw.
    return (ipcRenderer.invoke(IPC_CALL_PREFIX + method, input) as Promise<Result<unknown>>).catch(
      (): Result<unknown> => ({
        ok: false,
        // Coded (its English written beside it: the preload loads no catalogue); the window says it in its language.
        error: { kind: 'internal', message: 'Moderato could not reach its core. Restart the app if this persists.', code: 'error.coreUnreachable', params: {} },
      }),
    );
  },
  onEvent: (listener) => subscribe<AppEvent>(IPC_EVENT_CHANNEL, listener),
  onCommand: (listener) => subscribe<AppCommand>(IPC_COMMAND_CHANNEL, listener),
  async openExternal(url: string): Promise<void> {
    // Links open only from a click (or key press) the user just made, not from a script on a timer.
    if (!navigator.userActivation.isActive) return;
    await ipcRenderer.invoke(IPC_OPEN_EXTERNAL, url);
  },
};

contextBridge.exposeInMainWorld('moderato', bridge);
