// One typed client over any Bridge: `api.listQueue(input)` resolves to the
// value or throws an ApiError carrying { kind, message }. Built from the
// contract's method list, so a new operation needs no code here.
import { METHOD_NAMES, type ClientApi, type MethodName } from '../../../shared/api';
import type { Bridge } from '../../../shared/bridge';
import type { ErrorInfo, ErrorKind } from '../../../shared/errors';

export class ApiError extends Error implements ErrorInfo {
  readonly kind: ErrorKind;
  constructor(info: ErrorInfo) {
    super(info.message);
    this.kind = info.kind;
    this.name = 'ApiError';
  }
}

/** What to show for anything a call threw: the core's message, never a stack. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return 'Something went wrong inside Moderato.';
}

export function createClient(bridge: Bridge): ClientApi {
  const client = {} as Record<MethodName, (input: unknown) => Promise<unknown>>;
  for (const name of METHOD_NAMES) {
    client[name] = async (input: unknown) => {
      let result;
      try {
        result = await bridge.call(name, input ?? {});
      } catch {
        // A transport that throws (IPC torn down) is reported like any other failure.
        throw new ApiError({ kind: 'unreachable', message: 'Moderato’s core is not answering.' });
      }
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    };
  }
  return client as unknown as ClientApi;
}
