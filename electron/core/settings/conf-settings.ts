// The SettingsStore the core uses, over a conf instance (electron-store is a
// conf subclass, so the app and plain Node share this code).
import { existsSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { Settings } from '../../../shared/types';
import type { WindowBounds } from '../shell/window-state';
import { SETTINGS_FILE_NAME, type SettingsFile } from './schema';
import type { SettingsStore } from './types';

/** What we use of conf / electron-store. */
export interface SettingsBackend {
  readonly path: string;
  get<K extends keyof SettingsFile>(key: K): SettingsFile[K];
  set(values: Partial<SettingsFile>): void;
}

/** SettingsStore plus what the desktop shell remembers (window placement). */
export interface AppSettingsStore extends SettingsStore {
  getWindowBounds(): WindowBounds | null;
  setWindowBounds(bounds: WindowBounds): void;
  /** Where the file lives (shown in diagnostics). */
  readonly path: string;
}

export function settingsFromBackend(backend: SettingsBackend): AppSettingsStore {
  const get = (): Settings => ({
    syncIntervalMinutes: backend.get('syncIntervalMinutes'),
    theme: backend.get('theme'),
    notifications: backend.get('notifications'),
    unrepliedDays: backend.get('unrepliedDays'),
    language: backend.get('language'),
  });
  return {
    path: backend.path,
    get,
    update(patch: Partial<Settings>): Settings {
      const values: Partial<Settings> = {};
      if (patch.syncIntervalMinutes !== undefined) values.syncIntervalMinutes = patch.syncIntervalMinutes;
      if (patch.theme !== undefined) values.theme = patch.theme;
      if (patch.notifications !== undefined) values.notifications = patch.notifications;
      if (patch.unrepliedDays !== undefined) values.unrepliedDays = patch.unrepliedDays;
      if (patch.language !== undefined) values.language = patch.language;
      // One write, validated against the schema as a whole: all of the patch or none of it.
      if (Object.keys(values).length > 0) backend.set(values);
      return get();
    },
    getWindowBounds: () => backend.get('windowBounds'),
    // Rounded: the schema stores whole pixels, and a fractional scale factor must not make saving fail.
    setWindowBounds: ({ x, y, width, height, maximized }) =>
      backend.set({
        windowBounds: {
          x: Math.round(x),
          y: Math.round(y),
          width: Math.max(1, Math.round(width)),
          height: Math.max(1, Math.round(height)),
          maximized,
        },
      }),
  };
}

/**
 * Opens the settings file; when it is unreadable or breaks the schema (hand-edited,
 * half-written by a crash), it is moved aside as settings.json.invalid-<time> and a
 * fresh file is started with every value from the old one that still passes the schema.
 * Nothing the user set is lost silently: the old file stays next to the new one.
 */
export function openRepaired<B extends SettingsBackend & { set(values: Record<string, unknown>): void }>(
  cwd: string,
  open: () => B,
  report: (message: string) => void = () => {},
): B {
  try {
    return open();
  } catch (err) {
    const file = path.join(cwd, `${SETTINGS_FILE_NAME}.json`);
    if (!existsSync(file)) throw err;
    const aside = `${file}.invalid-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(file, aside);
    report(`Settings file was invalid (${(err as Error).message}); moved to ${aside} and started afresh.`);
    const backend = open();
    let old: unknown = null;
    try {
      old = JSON.parse(readFileSync(aside, 'utf8'));
    } catch {
      return backend; // not JSON at all: nothing to salvage
    }
    if (old && typeof old === 'object') {
      for (const [key, value] of Object.entries(old)) {
        if (key === '__internal__') continue;
        try {
          backend.set({ [key]: value });
        } catch {
          report(`Settings: dropped invalid value for "${key}".`);
        }
      }
    }
    return backend;
  }
}

/** The same store, telling `onChange` about every successful update (the shell applies the theme). */
export function observeSettings<S extends SettingsStore>(store: S, onChange: (settings: Settings) => void): S {
  return Object.assign(Object.create(store) as S, {
    update(patch: Partial<Settings>): Settings {
      const next = store.update(patch);
      onChange(next);
      return next;
    },
  });
}
