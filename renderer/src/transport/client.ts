// The renderer's one way to the core: the Electron preload's window.moderato
// when present, else the same Bridge over HTTP (`npm run web`).
import type { ClientApi } from '../../../shared/api';
import type { Bridge } from '../../../shared/bridge';
import { createHttpBridge } from './http-bridge';
import { createClient } from './typed-client';

export { ApiError, errorMessage } from './typed-client';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent under `npm run web`. */
    moderato?: Bridge;
  }
}

function pageBase(): URL {
  // Drop the one-time token from the address bar: the cookie carries it from now on.
  const here = new URL(window.location.href);
  if (here.searchParams.has('token')) {
    here.searchParams.delete('token');
    window.history.replaceState(null, '', here.pathname + here.search + here.hash);
  }
  return new URL('./', here);
}

export const bridge: Bridge = window.moderato ?? createHttpBridge(pageBase());
export const api: ClientApi = createClient(bridge);
