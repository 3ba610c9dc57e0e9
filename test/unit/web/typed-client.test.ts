import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api';
import type { Bridge } from '../../../shared/bridge';
import type { Result } from '../../../shared/errors';
import { ApiError, createClient, errorMessage } from '../../../renderer/src/transport/typed-client';

function fakeBridge(answer: (method: string, input: unknown) => Result<unknown> | Promise<never>) {
  const calls: [string, unknown][] = [];
  const bridge: Bridge = {
    call: async (method, input) => {
      calls.push([method, input]);
      return answer(method, input);
    },
    onEvent: () => () => undefined,
    openExternal: async () => undefined,
  };
  return { bridge, calls };
}

describe('the renderer’s typed client', () => {
  it('offers every operation of the contract', () => {
    const { bridge } = fakeBridge(() => ({ ok: true, value: null }));
    const api = createClient(bridge);
    for (const name of METHOD_NAMES) expect(typeof api[name], name).toBe('function');
  });

  it('sends the method name and input, and resolves to the value', async () => {
    const { bridge, calls } = fakeBridge(() => ({ ok: true, value: { actionIds: [7] } }));
    const api = createClient(bridge);
    await expect(api.act({ ids: [3], kind: 'approve' })).resolves.toEqual({ actionIds: [7] });
    expect(calls).toEqual([['act', { ids: [3], kind: 'approve' }]]);
  });

  it('throws an ApiError with the kind and message of a failed Result', async () => {
    const { bridge } = fakeBridge(() => ({ ok: false, error: { kind: 'not-found', message: 'No comment 9.' } }));
    const api = createClient(bridge);
    const err = await api.getComment({ id: 9 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ kind: 'not-found', message: 'No comment 9.' });
    expect(errorMessage(err)).toBe('No comment 9.');
  });

  it('reports a transport that throws as unreachable, without its internals', async () => {
    const { bridge } = fakeBridge(() => Promise.reject(new Error('ipc channel closed at foo.js:1')));
    const api = createClient(bridge);
    const err = await api.getCounts({}).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'unreachable' });
    expect(errorMessage(err)).not.toContain('foo.js');
    expect(errorMessage(new TypeError('x is undefined'))).toBe('Something went wrong inside Moderato.');
  });
});
