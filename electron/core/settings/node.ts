// Settings and credentials under plain Node (CLI, web host, tests): conf with
// the app's schema, and the 0600 credentials file next to the database.
import Conf from 'conf';
import path from 'node:path';
import { openRepaired, settingsFromBackend, type AppSettingsStore } from './conf-settings';
import { CREDENTIALS_FILE_NAME, createFileCredentialStore } from './file-credentials';
import { settingsOptions, type SettingsFile, type SettingsMigrations } from './schema';
import type { CredentialStore } from './types';

/** settings.json in `cwd` (the folder holding the database). */
export function createNodeSettings(
  cwd: string,
  options: { report?: (message: string) => void; versioning?: { migrations: SettingsMigrations; version: string } } = {},
): AppSettingsStore {
  const conf = openRepaired(cwd, () => new Conf<SettingsFile>(settingsOptions(cwd, options.versioning)), options.report);
  return settingsFromBackend(conf);
}

/** credentials.json (mode 0600) in `dir`; MODERATO_APP_PASSWORD in `env` wins when set. */
export function createNodeCredentials(dir: string, env: NodeJS.ProcessEnv = process.env): CredentialStore {
  return createFileCredentialStore(path.join(dir, CREDENTIALS_FILE_NAME), env);
}
