// One typed client over whichever Bridge is present: `api.listQueue(input)`
// resolves to the value or throws an ApiError carrying { kind, message }.
// Built from the contract's method list, so a new operation needs no code here.
import { METHOD_NAMES, type ClientApi, type MethodName } from '../../../shared/api';
import type { Bridge } from '../../../shared/bridge';
import type { ErrorInfo, ErrorKind } from '../../../shared/errors';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent under `npm run web`. */
    moderato?: Bridge;
  }
}

export class ApiError extends Error implements ErrorInfo {
  readonly kind: ErrorKind;
  constructor(info: ErrorInfo) {
    super(info.message);
    this.kind = info.kind;
    this.name = 'ApiError';
  }
}

/** What to show for anything a call threw. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return 'Something went wrong inside Moderato.';
}

export function createClient(bridge: Bridge): ClientApi {
  const client = {} as Record<MethodName, (input: unknown) => Promise<unknown>>;
  for (const name of METHOD_NAMES) {
    client[name] = async (input: unknown) => {
      const result = await bridge.call(name, input ?? {});
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    };
  }
  return client as unknown as ClientApi;
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
