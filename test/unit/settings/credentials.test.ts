import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createEncryptedCredentialStore,
  keyringUsable,
  type CiphertextBackend,
  type StringCipher,
} from '../../../electron/core/settings/encrypted-credentials';
import { createFileCredentialStore, credentialsFileFor } from '../../../electron/core/settings/file-credentials';
import { createNodeCredentials } from '../../../electron/core/settings/node';

const PASSWORD = 'abcd EFGH 1234 ijkl MNOP 5678';

/** A reversible stand-in for safeStorage: XOR with a key, so the stored bytes differ from the text. */
function fakeCipher(): StringCipher {
  const key = 0x5a;
  return {
    encrypt: (plain) => Buffer.from([...Buffer.from(`v10${plain}`, 'utf8')].map((b) => b ^ key)),
    decrypt: (cipher) => {
      const text = Buffer.from([...cipher].map((b) => b ^ key)).toString('utf8');
      if (!text.startsWith('v10')) throw new Error('bad ciphertext');
      return text.slice(3);
    },
  };
}

function memoryBackend(): CiphertextBackend & { data: Record<string, string> } {
  const backend = {
    data: {} as Record<string, string>,
    read: () => ({ ...backend.data }),
    write: (all: Record<string, string>) => {
      backend.data = { ...all };
    },
  };
  return backend;
}

describe('encrypted credential store (the app)', () => {
  it('stores ciphertext, not the password, and gives the password back in the main process', () => {
    const backend = memoryBackend();
    const store = createEncryptedCredentialStore({ cipher: fakeCipher(), backend });
    store.set(7, PASSWORD);
    expect(store.encrypted).toBe(true);
    const stored = backend.data['7']!;
    expect(stored).not.toContain(PASSWORD);
    expect(Buffer.from(stored, 'base64').toString('utf8')).not.toContain(PASSWORD);
    // A fresh store (next launch) decrypts from the backend.
    expect(createEncryptedCredentialStore({ cipher: fakeCipher(), backend }).get(7)).toBe(PASSWORD);
    store.delete(7);
    expect(backend.data['7']).toBeUndefined();
    expect(store.get(7)).toBeNull();
  });

  it('returns null (the user is asked again) when the keyring can no longer decrypt', () => {
    const backend = memoryBackend();
    createEncryptedCredentialStore({ cipher: fakeCipher(), backend }).set(1, PASSWORD);
    const errors: string[] = [];
    const otherKeyring: StringCipher = {
      encrypt: () => Buffer.alloc(0),
      decrypt: () => {
        throw new Error('keychain changed');
      },
    };
    const store = createEncryptedCredentialStore({ cipher: otherKeyring, backend, onError: (m) => errors.push(m) });
    expect(store.get(1)).toBeNull();
    expect(errors[0]).toMatch(/site 1/);
    // The ciphertext is kept: the old keyring may come back.
    expect(backend.data['1']).toBeDefined();
  });

  it('without a keyring keeps passwords for the session only and writes nothing', () => {
    const backend = memoryBackend();
    const store = createEncryptedCredentialStore({ cipher: null, backend });
    expect(store.encrypted).toBe(false);
    store.set(3, PASSWORD);
    expect(store.get(3)).toBe(PASSWORD);
    expect(backend.data).toEqual({});
    expect(createEncryptedCredentialStore({ cipher: null, backend }).get(3)).toBeNull();
  });

  it('does not trust Linux basic_text "encryption" or an unknown backend', () => {
    expect(keyringUsable({ platform: 'linux', encryptionAvailable: true, linuxBackend: 'basic_text' })).toBe(false);
    expect(keyringUsable({ platform: 'linux', encryptionAvailable: true, linuxBackend: 'unknown' })).toBe(false);
    expect(keyringUsable({ platform: 'linux', encryptionAvailable: true, linuxBackend: 'gnome_libsecret' })).toBe(true);
    expect(keyringUsable({ platform: 'linux', encryptionAvailable: false, linuxBackend: 'kwallet5' })).toBe(false);
    expect(keyringUsable({ platform: 'darwin', encryptionAvailable: true })).toBe(true);
    expect(keyringUsable({ platform: 'win32', encryptionAvailable: false })).toBe(false);
  });
});

describe('file credential store (CLI and web host)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'moderato-cred-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps passwords in credentials.json next to the database, readable by the owner only', () => {
    const file = credentialsFileFor(path.join(dir, 'moderato.db'));
    expect(file).toBe(path.join(dir, 'credentials.json'));
    const store = createFileCredentialStore(file, {});
    store.set(2, PASSWORD);
    expect(store.encrypted).toBe(false);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(createNodeCredentials(dir, {}).get(2)).toBe(PASSWORD);
    store.delete(2);
    expect(store.get(2)).toBeNull();
    expect(readFileSync(file, 'utf8')).not.toContain(PASSWORD);
  });

  it('lets MODERATO_APP_PASSWORD win and does not copy it to disk', () => {
    const file = path.join(dir, 'credentials.json');
    createFileCredentialStore(file, {}).set(1, 'stored password here');
    const env = { MODERATO_APP_PASSWORD: PASSWORD };
    const store = createFileCredentialStore(file, env);
    expect(store.get(1)).toBe(PASSWORD);
    expect(store.get(99)).toBe(PASSWORD);
    store.set(5, PASSWORD);
    expect(readFileSync(file, 'utf8')).not.toContain(PASSWORD);
  });

  it('keeps every password when several processes save theirs at the same time', async () => {
    const file = path.join(dir, 'credentials.json');
    const child = path.join(import.meta.dirname, 'credentials-child.ts');
    const processes = [1, 2, 3, 4];
    const startAt = String(Date.now() + 2_000);
    await Promise.all(processes.map((p) => promisify(execFile)(process.execPath, ['--import', 'tsx', child, file, String(p), startAt])));
    const store = createFileCredentialStore(file, {});
    const expected = processes.flatMap((p) => Array.from({ length: 50 }, (_, k) => [p * 1000 + k, `password ${p}-${k}`] as const));
    expect(expected.filter(([id, password]) => store.get(id) !== password).length).toBe(0);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('takes over a lock left behind by a process that died while saving', () => {
    const file = path.join(dir, 'credentials.json');
    mkdirSync(`${file}.lock`);
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${file}.lock`, old, old);
    createFileCredentialStore(file, {}).set(3, PASSWORD);
    expect(createFileCredentialStore(file, {}).get(3)).toBe(PASSWORD);
  });

  it('has no file until a password is saved', () => {
    const file = path.join(dir, 'credentials.json');
    expect(createFileCredentialStore(file, {}).get(1)).toBeNull();
    expect(existsSync(file)).toBe(false);
  });
});

describe('a damaged password file', () => {
  it('is reported with a message saying what to do, and left in place', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'moderato-cred-'));
    try {
      const file = path.join(dir, 'credentials.json');
      writeFileSync(file, '{"passwords": {"1": "abc"');
      const store = createFileCredentialStore(file, {});
      expect(() => store.get(1)).toThrow(expect.objectContaining({ kind: 'corrupt', message: expect.stringMatching(/credentials\.json.*damaged/) }));
      expect(readFileSync(file, 'utf8')).toBe('{"passwords": {"1": "abc"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
