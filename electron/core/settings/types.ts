import type { Settings } from '../../../shared/types';

/** App settings (sync interval, theme…). electron-store in the app, conf under plain Node; same schema. */
export interface SettingsStore {
  get(): Settings;
  update(patch: Partial<Settings>): Settings;
}

/**
 * Application Passwords. In the app: encrypted with safeStorage, decrypted only in the main process.
 * In the CLI: a 0600 file or MODERATO_APP_PASSWORD. Never stored in SQLite, never sent to the renderer.
 */
export interface CredentialStore {
  get(siteId: number): string | null;
  set(siteId: number, password: string): void;
  delete(siteId: number): void;
  /** False where the OS offers no keyring: the UI says so instead of pretending. */
  readonly encrypted: boolean;
}
