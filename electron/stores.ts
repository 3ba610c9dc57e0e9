// Glue: settings in electron-store (same schema as conf under Node) and
// Application Passwords encrypted with safeStorage in their own store file.
import { safeStorage } from 'electron';
import Store from 'electron-store';
import { openRepaired, settingsFromBackend, type AppSettingsStore } from './core/settings/conf-settings';
import {
  createEncryptedCredentialStore,
  keyringUsable,
  type StringCipher,
} from './core/settings/encrypted-credentials';
import { settingsOptions, type SettingsFile } from './core/settings/schema';
import type { CredentialStore } from './core/settings/types';

export function createElectronSettings(userDataDir: string, report: (message: string) => void): AppSettingsStore {
  const { configName, ...options } = settingsOptions(userDataDir);
  const store = openRepaired(userDataDir, () => new Store<SettingsFile>({ ...options, name: configName }), report);
  return settingsFromBackend(store);
}

interface CredentialsFile {
  [key: string]: unknown;
  /** site id → base64 of safeStorage ciphertext */
  passwords: Record<string, string>;
}

/** Must be called after app 'ready': on Linux the keyring backend is only known then. */
export function createElectronCredentials(
  userDataDir: string,
  onError: (message: string, err: unknown) => void,
): CredentialStore {
  const usable = keyringUsable({
    platform: process.platform,
    encryptionAvailable: safeStorage.isEncryptionAvailable(),
    linuxBackend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined,
  });
  const cipher: StringCipher | null = usable
    ? { encrypt: (plain) => safeStorage.encryptString(plain), decrypt: (data) => safeStorage.decryptString(data) }
    : null;
  const store = new Store<CredentialsFile>({
    name: 'credentials',
    cwd: userDataDir,
    schema: { passwords: { type: 'object', additionalProperties: { type: 'string' }, default: {} } },
    defaults: { passwords: {} },
    // Ciphertext only, but nobody else needs to read it.
    configFileMode: 0o600,
  });
  return createEncryptedCredentialStore({
    cipher,
    backend: {
      read: () => ({ ...store.get('passwords') }),
      write: (all) => store.set('passwords', all),
    },
    onError,
  });
}
