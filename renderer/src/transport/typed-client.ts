// One typed client over any Bridge: `api.listQueue(input)` resolves to the
// value or throws an ApiError carrying { kind, message }. Any method name of
// the contract works (a Proxy), so a new operation needs no code here, and the
// renderer imports only the contract's types: its schemas (zod) stay in the core.
import type { ClientApi, MethodName } from '../../../shared/api';
import type { Bridge } from '../../../shared/bridge';
import type { ErrorInfo, ErrorKind } from '../../../shared/errors';
import type { MessageParams } from '../../../shared/messages';

export class ApiError extends Error implements ErrorInfo {
  readonly kind: ErrorKind;
  /** The message as a code (shared/messages.ts), said in the UI's language by errorMessage. */
  readonly code: string | undefined;
  readonly params: MessageParams | undefined;
  constructor(info: ErrorInfo) {
    super(info.message);
    this.kind = info.kind;
    this.code = info.code;
    this.params = info.params;
    this.name = 'ApiError';
  }
}

let say: ((info: ErrorInfo) => string) | null = null;

/**
 * How to say a coded error in the UI's language: set by the i18n module (renderer/src/i18n),
 * so this first-paint code does not load the strings itself.
 */
export function sayErrorsWith(render: (info: ErrorInfo) => string): void {
  say = render;
}

/** What to show for anything a call threw: the core's message in the UI's language, never a stack. */
export function errorMessage(err: unknown): string {
  const info: ErrorInfo = err instanceof ApiError ? err : { kind: 'internal', message: 'Something went wrong inside Moderato.', code: 'error.internal' };
  return say ? say(info) : info.message;
}

export function createClient(bridge: Bridge): ClientApi {
  const methods = new Map<string, (input: unknown) => Promise<unknown>>();
  const methodFor = (name: MethodName) => async (input: unknown) => {
    let result;
    try {
      result = await bridge.call(name, input ?? {});
    } catch {
      // A transport that throws (IPC torn down) is reported like any other failure.
      // Coded by hand (English beside the code): this first-paint module loads no catalogue.
      throw new ApiError({ kind: 'unreachable', message: 'Moderato’s core is not answering.', code: 'error.coreSilent', params: {} });
    }
    if (!result.ok) throw new ApiError(result.error);
    return result.value;
  };
  return new Proxy({} as ClientApi, {
    get(_target, name) {
      if (typeof name !== 'string') return undefined;
      let method = methods.get(name);
      if (!method) {
        // The core checks the name against the contract and answers an unknown one with an error.
        method = methodFor(name as MethodName);
        methods.set(name, method);
      }
      return method;
    },
  });
}
