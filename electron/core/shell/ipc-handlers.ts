// The IPC adapter, generated from the contract: one handler per operation, so
// a new operation in shared/api.ts is reachable from the window without
// touching this file, and no operation can be reached without the checks.
import { METHOD_NAMES, type MethodName, type ServiceApi } from '../../../shared/api';
import { IPC_CALL_PREFIX } from '../../../shared/bridge';
import { toErrorInfo, type Result } from '../../../shared/errors';
import { parseCall } from '../../../shared/validate';
import { isTrustedSender, type SenderEvent } from './sender';

export type IpcHandler = (event: SenderEvent, rawInput: unknown) => Promise<Result<unknown>>;

export interface IpcHandlerSpec {
  channel: string;
  method: MethodName;
  handler: IpcHandler;
}

export interface IpcHandlerOptions {
  /** Where unexpected failures go with their stack (the renderer only ever gets a message). */
  onUnexpectedError?: (method: MethodName, err: unknown) => void;
  /** Where refused senders are reported. */
  onUntrustedSender?: (method: MethodName, url: string | null) => void;
}

export const UNTRUSTED_SENDER: Result<never> = {
  ok: false,
  error: { kind: 'forbidden', message: 'This request did not come from the Moderato window and was refused.' },
};

export function createIpcHandlers(api: ServiceApi, options: IpcHandlerOptions = {}): IpcHandlerSpec[] {
  return METHOD_NAMES.map((method) => ({
    channel: IPC_CALL_PREFIX + method,
    method,
    handler: async (event, rawInput) => {
      if (!isTrustedSender(event)) {
        options.onUntrustedSender?.(method, event.senderFrame?.url ?? null);
        return UNTRUSTED_SENDER;
      }
      try {
        const { input } = parseCall(method, rawInput);
        // parseCall proved the input matches this method's schema; the map is indexed by the same name.
        const run = api[method] as (input: unknown) => Promise<unknown>;
        const value = await run.call(api, input);
        return { ok: true, value };
      } catch (err) {
        const info = toErrorInfo(err);
        if (info.kind === 'internal') options.onUnexpectedError?.(method, err);
        return { ok: false, error: info };
      }
    },
  }));
}
