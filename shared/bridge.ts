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
}

/** IPC channel names, derived from the contract so they are never listed twice. */
export const IPC_CALL_PREFIX = 'moderato:call:';
export const IPC_EVENT_CHANNEL = 'moderato:event';
export const IPC_OPEN_EXTERNAL = 'moderato:open-external';

/** HTTP routes of the web host: POST /api/<method>, GET /api/events (server-sent events). */
export const HTTP_API_PREFIX = '/api/';
export const HTTP_EVENTS_PATH = '/api/events';
