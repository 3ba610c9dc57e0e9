// The IPC door: every contract operation has a handler; each one refuses
// frames that are not our app and inputs the contract refuses, answers with a
// Result (never a throw, never a stack), and no answer ever carries a password.
import { beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  openExternal: [] as string[],
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) => {
      if (electron.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      electron.handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => electron.handlers.delete(channel),
  },
  shell: {
    openExternal: async (url: string) => {
      electron.openExternal.push(url);
    },
  },
}));

import { METHOD_NAMES, type MethodName, type OutputOf } from '../../../shared/api';
import { IPC_CALL_PREFIX, IPC_OPEN_EXTERNAL } from '../../../shared/bridge';
import type { Result } from '../../../shared/errors';
import { registerIpc } from '../../../electron/ipc';
import { createEncryptedCredentialStore } from '../../../electron/core/settings/encrypted-credentials';
import { createFakeService, type FakeService } from './fake-service';

const PASSWORD = 'Xk2p 9QwE rT5y uI8o pA3s dF6g';
const trusted = { senderFrame: { url: 'app://moderato/index.html', parent: null } };
const untrustedSenders = [
  { senderFrame: { url: 'https://evil.example/', parent: null } },
  { senderFrame: { url: 'file:///home/me/page.html', parent: null } },
  { senderFrame: { url: 'app://moderato/index.html', parent: { url: 'app://moderato/' } } }, // an iframe
  { senderFrame: { url: 'app://moderato.evil.example/index.html', parent: null } },
  { senderFrame: null }, // frame destroyed or navigated away
];

let service: FakeService;
let backend: Record<string, string>;
const log = { warn: vi.fn(), error: vi.fn() };

function call(method: MethodName, input: unknown, event: unknown = trusted): Promise<Result<unknown>> {
  const handler = electron.handlers.get(IPC_CALL_PREFIX + method);
  if (!handler) throw new Error(`no handler for ${method}`);
  return handler(event, input) as Promise<Result<unknown>>;
}

beforeEach(() => {
  electron.handlers.clear();
  electron.openExternal.length = 0;
  log.warn.mockClear();
  log.error.mockClear();
  backend = {};
  const credentials = createEncryptedCredentialStore({
    cipher: {
      encrypt: (plain) => Buffer.from(plain, 'utf8').reverse(),
      decrypt: (data) => Buffer.from(data).reverse().toString('utf8'),
    },
    backend: { read: () => ({ ...backend }), write: (all) => (backend = { ...all }) },
  });
  service = createFakeService(credentials);
  registerIpc(service.api, log);
});

describe('IPC handlers generated from the contract', () => {
  it('exist for every operation, and only for them', () => {
    const channels = [...electron.handlers.keys()].filter((c) => c.startsWith(IPC_CALL_PREFIX));
    expect(channels.sort()).toEqual(METHOD_NAMES.map((m) => IPC_CALL_PREFIX + m).sort());
  });

  it.each(METHOD_NAMES)('%s refuses input the contract refuses, with a bad-input Result', async (method) => {
    for (const bad of ['not an object', 42, [1, 2], { __proto_pollution__: true, unexpected: 'field' }]) {
      const result = await call(method, bad);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.kind).toBe('bad-input');
        expect(result.error.message).toContain(method);
      }
    }
    expect(service.calls).toEqual([]);
  });

  it.each(METHOD_NAMES)('%s refuses a sender that is not the app window', async (method) => {
    for (const event of untrustedSenders) {
      const result = await call(method, {}, event);
      expect(result).toEqual({ ok: false, error: { kind: 'forbidden', message: expect.stringMatching(/refused/) } });
    }
    expect(service.calls).toEqual([]);
    expect(log.warn).toHaveBeenCalled();
  });

  it('passes validated input (with the contract defaults) to the service', async () => {
    const result = await call('listQueue', { filter: {} });
    expect(result).toEqual({ ok: true, value: null });
    expect(service.calls).toEqual([
      { method: 'listQueue', input: { filter: { status: 'pending', sort: 'newest' }, cursor: null, limit: 50 } },
    ]);
  });

  it('turns a service error into its message, and an unexpected one into a generic message without the stack', async () => {
    expect(await call('getComment', { id: 7 })).toEqual({ ok: false, error: { kind: 'not-found', message: 'No comment 7.' } });
    const crash = await call('getComment', { id: 13 });
    expect(crash.ok).toBe(false);
    expect(JSON.stringify(crash)).not.toMatch(/secret\/path|TypeError|reading/);
    expect(log.error).toHaveBeenCalledWith('IPC getComment failed:', expect.any(TypeError));
  });
});

describe('credentials never reach the renderer', () => {
  it('stores the Application Password encrypted and leaves it out of every answer', async () => {
    const added = await call('addSite', { url: 'https://blog.example', user: 'cyn', password: PASSWORD });
    expect(added.ok).toBe(true);
    expect(Object.values(backend)).toHaveLength(1);
    expect(Object.values(backend)[0]).not.toContain(PASSWORD);
    expect(Buffer.from(Object.values(backend)[0]!, 'base64').toString('utf8')).not.toContain(PASSWORD);

    const answers = [added, await call('listSites', {}), await call('getAppInfo', {})];
    for (const answer of answers) {
      expect(JSON.stringify(answer)).not.toContain(PASSWORD);
      expect(JSON.stringify(answer)).not.toMatch(/password/i);
    }
    expect(answers[2]).toMatchObject({ ok: true, value: { credentialsEncrypted: true } });
  });

  it('has no operation whose output type carries a password or secret field', () => {
    type DeepKeys<T> = T extends readonly (infer U)[]
      ? DeepKeys<U>
      : T extends object
        ? { [K in keyof T & string]: (string extends K ? never : K) | DeepKeys<T[K]> }[keyof T & string]
        : never;
    type OutputKeys = { [M in MethodName]: DeepKeys<OutputOf<M>> }[MethodName];
    type SecretLooking = Extract<OutputKeys, `${string}${'assword' | 'ecret' | 'redential' | 'oken'}${string}`>;
    // The one allowed: AppInfo.credentialsEncrypted, a boolean saying whether a keyring protects them.
    type Leaky = Exclude<SecretLooking, 'credentialsEncrypted'>;
    expectTypeOf<Leaky>().toEqualTypeOf<never>();
    // And the check is not vacuous: it sees fields (index signatures such as a payload's
    // Record<string, unknown> would otherwise widen every key to string).
    expectTypeOf<string extends OutputKeys ? true : false>().toEqualTypeOf<false>();
    expectTypeOf<Extract<OutputKeys, 'credentialsEncrypted'>>().toEqualTypeOf<'credentialsEncrypted'>();
  });
});

describe('opening links in the system browser', () => {
  const open = (url: unknown, event: unknown = trusted) => electron.handlers.get(IPC_OPEN_EXTERNAL)!(event, url);

  it('opens http(s) and mailto links the app window asks for', async () => {
    expect(await open('https://wordpress.org/support/')).toBe(true);
    expect(await open('mailto:cyn@example.org')).toBe(true);
    expect(electron.openExternal).toEqual(['https://wordpress.org/support/', 'mailto:cyn@example.org']);
  });

  it('refuses other schemes and other senders', async () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<b>x</b>', 'smb://host/share', 'vscode://file/x', 'not a url', 42]) {
      expect(await open(url)).toBe(false);
    }
    expect(await open('https://wordpress.org/', untrustedSenders[0])).toBe(false);
    expect(electron.openExternal).toEqual([]);
  });
});
