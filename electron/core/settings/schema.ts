// The settings file's shape, defaults and migrations. One definition, used by
// electron-store in the app and by conf (electron-store's engine) under plain
// Node (CLI, web host, tests), so both read and write the same settings.json.
import type { Options, Schema } from 'conf';
import type { Settings } from '../../../shared/types';
import type { WindowBounds } from '../shell/window-state';

/** Everything in settings.json. Settings is what the UI edits; the rest is the app's own memory. */
export interface SettingsFile extends Settings {
  [key: string]: unknown;
  windowBounds: WindowBounds | null;
}

export const SETTINGS_FILE_NAME = 'settings';

/**
 * Version of the settings file's shape (not of the app): migrations are keyed by it,
 * so the CLI and the app agree whatever their release numbers. Bump it with each migration.
 */
export const SETTINGS_SCHEMA_VERSION = '1.0.0';

export const DEFAULT_SETTINGS: Readonly<SettingsFile> = {
  syncIntervalMinutes: 15,
  theme: 'system',
  notifications: true,
  unrepliedDays: 90,
  language: 'system',
  windowBounds: null,
};

const integer = { type: 'integer' } as const;

export const SETTINGS_SCHEMA: Schema<SettingsFile> = {
  // Same bounds as the contract's updateSettings input (shared/api.ts).
  syncIntervalMinutes: { type: 'integer', minimum: 1, maximum: 24 * 60, default: DEFAULT_SETTINGS.syncIntervalMinutes },
  theme: { type: 'string', enum: ['system', 'light', 'dark'], default: DEFAULT_SETTINGS.theme },
  notifications: { type: 'boolean', default: DEFAULT_SETTINGS.notifications },
  // A file from before it existed has no such key: conf fills in the default, so no migration.
  unrepliedDays: { type: 'integer', minimum: 1, maximum: 3650, default: DEFAULT_SETTINGS.unrepliedDays },
  // Same: a file from before has no language; 'system' (the OS's) is filled in.
  language: { type: 'string', enum: ['system', 'en', 'fr'], default: DEFAULT_SETTINGS.language },
  windowBounds: {
    anyOf: [
      { type: 'null' },
      {
        type: 'object',
        properties: {
          x: integer,
          y: integer,
          width: { type: 'integer', minimum: 1 },
          height: { type: 'integer', minimum: 1 },
          maximized: { type: 'boolean' },
        },
        required: ['x', 'y', 'width', 'height', 'maximized'],
        additionalProperties: false,
      },
    ],
    default: null,
  },
};

export type SettingsMigrations = NonNullable<Options<SettingsFile>['migrations']>;

/**
 * Migrations by settings version, e.g. `'1.1.0': (store) => { … }`. conf runs, in
 * order, every one newer than the version recorded in the file and not newer than
 * SETTINGS_SCHEMA_VERSION; a new file runs them all, so each must be harmless on
 * defaults. 1.0.0 is the first shape: nothing to convert yet. The mechanism itself
 * is exercised by test/unit/settings/node-settings.test.ts.
 */
export const SETTINGS_MIGRATIONS: SettingsMigrations = {};

/** The options both electron-store and conf are opened with. */
export function settingsOptions(
  cwd: string,
  versioning: { migrations: SettingsMigrations; version: string } = {
    migrations: SETTINGS_MIGRATIONS,
    version: SETTINGS_SCHEMA_VERSION,
  },
): Options<SettingsFile> {
  return {
    cwd,
    configName: SETTINGS_FILE_NAME,
    schema: SETTINGS_SCHEMA,
    defaults: { ...DEFAULT_SETTINGS },
    migrations: versioning.migrations,
    projectVersion: versioning.version,
    // Invalid files are moved aside by openRepaired, never silently emptied.
    clearInvalidConfig: false,
  };
}
