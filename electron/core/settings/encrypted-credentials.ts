// Application Passwords in the desktop app: encrypted with the OS keyring
// (Electron safeStorage, passed in as a StringCipher) and kept as base64
// ciphertext in a small store file. Decrypted only in the main process, on demand.
//
// Where the OS offers no keyring (Linux without a Secret Service, where Chromium
// would fall back to a hard-coded key), passwords are kept in memory for this
// session only: the app works until it quits, settings say "not saved — enter it
// again after restart", and nothing is ever written in plain text.
import type { CredentialStore } from './types';
import { registerSecret } from '../shell/log-redaction';

export interface StringCipher {
  encrypt(plain: string): Buffer;
  decrypt(cipher: Buffer): string;
}

/** Where ciphertexts live (an electron-store file in the app, a Map in tests). */
export interface CiphertextBackend {
  read(): Record<string, string>;
  write(all: Record<string, string>): void;
}

/** Electron's safeStorage facts, reduced to "may we trust it with a password?". */
export function keyringUsable(facts: {
  platform: NodeJS.Platform;
  encryptionAvailable: boolean;
  /** safeStorage.getSelectedStorageBackend() on Linux; ignored elsewhere. */
  linuxBackend?: string;
}): boolean {
  if (!facts.encryptionAvailable) return false;
  // 'basic_text' means Chromium encrypts with a constant key: obfuscation, not protection.
  if (facts.platform === 'linux') return facts.linuxBackend !== undefined && facts.linuxBackend !== 'basic_text' && facts.linuxBackend !== 'unknown';
  return true;
}

export function createEncryptedCredentialStore(options: {
  /** null when keyringUsable() said no: session-only memory. */
  cipher: StringCipher | null;
  backend: CiphertextBackend;
  onError?: (message: string, err: unknown) => void;
}): CredentialStore {
  const { cipher, backend } = options;
  const session = new Map<number, string>();

  if (cipher === null) {
    return {
      encrypted: false,
      get: (siteId) => session.get(siteId) ?? null,
      set: (siteId, password) => {
        registerSecret(password);
        session.set(siteId, password);
      },
      delete: (siteId) => {
        session.delete(siteId);
        // A ciphertext saved while a keyring was around is now useless and names a removed site.
        const all = backend.read();
        if (String(siteId) in all) {
          delete all[String(siteId)];
          backend.write(all);
        }
      },
    };
  }

  return {
    encrypted: true,
    get(siteId) {
      const cached = session.get(siteId);
      if (cached !== undefined) return cached;
      const stored = backend.read()[String(siteId)];
      if (stored === undefined) return null;
      try {
        const plain = cipher.decrypt(Buffer.from(stored, 'base64'));
        registerSecret(plain);
        session.set(siteId, plain);
        return plain;
      } catch (err) {
        // The keyring changed (new login keychain, restored backup): the user enters it again.
        options.onError?.(`Could not decrypt the saved password for site ${siteId}.`, err);
        return null;
      }
    },
    set(siteId, password) {
      registerSecret(password);
      const all = backend.read();
      all[String(siteId)] = cipher.encrypt(password).toString('base64');
      backend.write(all);
      session.set(siteId, password);
    },
    delete(siteId) {
      session.delete(siteId);
      const all = backend.read();
      delete all[String(siteId)];
      backend.write(all);
    },
  };
}
