// Application Passwords for the CLI and the web host (plain Node, no OS keyring
// reachable): a JSON file `credentials.json` next to the database, readable by
// its owner only (mode 0600, written atomically). It is NOT encrypted — the
// file's permissions are the protection, as for ~/.netrc or ~/.ssh keys — and
// the store says so (encrypted: false).
//
// MODERATO_APP_PASSWORD, when set, wins for every site: scripts and CI can pass
// a password without it ever touching the disk.
import { chmodSync, mkdirSync, readFileSync, renameSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { coded } from '../../../shared/messages';
import { registerSecret } from '../shell/log-redaction';
import type { CredentialStore } from './types';

export const CREDENTIALS_FILE_NAME = 'credentials.json';
export const PASSWORD_ENV = 'MODERATO_APP_PASSWORD';

interface CredentialsFile {
  version: 1;
  passwords: Record<string, string>;
}

/** credentials.json in the folder holding the database. */
export function credentialsFileFor(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), CREDENTIALS_FILE_NAME);
}

function readFile(file: string): CredentialsFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, passwords: {} };
    throw err;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new AppError('corrupt', coded('store.credentialsDamaged', { file }), { cause: err });
  }
  const passwords = (parsed as { passwords?: unknown } | null)?.passwords;
  const out: Record<string, string> = {};
  if (passwords && typeof passwords === 'object') {
    for (const [k, v] of Object.entries(passwords)) if (typeof v === 'string') out[k] = v;
  }
  return { version: 1, passwords: out };
}

function writeAtomically(file: string, data: CredentialsFile): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  // Created 0600 from the start, so the password is never readable by others, even briefly.
  writeFileSync(tmp, JSON.stringify(data, null, 2) + '\n', { mode: 0o600 });
  chmodSync(tmp, 0o600); // the umask can only remove bits, but an existing tmp file keeps its mode
  renameSync(tmp, file);
}

const LOCK_WAIT_MS = 5_000;
/** A lock older than this was left by a process that died holding it. */
const LOCK_STALE_MS = 10_000;

/**
 * Runs a read-modify-write of the file under a lock: two CLI commands adding sites at the same
 * time would otherwise each write the file without the other's password. mkdir is atomic on every
 * platform and file system, so the lock is a folder beside the file.
 */
function withLock<T>(file: string, fn: () => T): T {
  const lock = `${file}.lock`;
  mkdirSync(path.dirname(file), { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (lockAgeMs(lock) > LOCK_STALE_MS) {
        rmdirSync(lock);
        continue;
      }
      if (Date.now() > deadline) {
        throw new AppError('conflict', coded('store.credentialsBusy', { file, lock }));
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20); // a short synchronous pause
    }
  }
  try {
    return fn();
  } finally {
    rmdirSync(lock);
  }
}

function lockAgeMs(lock: string): number {
  try {
    return Date.now() - statSync(lock).mtimeMs;
  } catch {
    return 0; // released between our mkdir and stat: try again at once
  }
}

export function createFileCredentialStore(file: string, env: NodeJS.ProcessEnv = process.env): CredentialStore {
  const fromEnv = (): string | null => {
    const value = env[PASSWORD_ENV];
    return value !== undefined && value !== '' ? value : null;
  };
  const envValue = fromEnv();
  if (envValue) registerSecret(envValue);
  return {
    encrypted: false,
    get(siteId) {
      const override = fromEnv();
      if (override !== null) return override;
      const value = readFile(file).passwords[String(siteId)] ?? null;
      if (value !== null) registerSecret(value);
      return value;
    },
    set(siteId, password) {
      registerSecret(password);
      // Already supplied by the environment: the user chose not to have it on disk.
      if (password === fromEnv()) return;
      withLock(file, () => {
        const data = readFile(file);
        data.passwords[String(siteId)] = password;
        writeAtomically(file, data);
      });
    },
    delete(siteId) {
      withLock(file, () => {
        const data = readFile(file);
        if (!(String(siteId) in data.passwords)) return;
        delete data.passwords[String(siteId)];
        writeAtomically(file, data);
      });
    },
  };
}
