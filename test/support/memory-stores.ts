// Settings and Application Passwords kept in memory, for services started by a test.
import type { CredentialStore, SettingsStore } from '../../electron/core/settings/types';
import type { Settings } from '../../shared/types';

export function memorySettings(): SettingsStore {
  let s: Settings = { syncIntervalMinutes: 5, theme: 'system', notifications: true, unrepliedDays: 90, language: 'system' };
  return { get: () => s, update: (patch) => (s = { ...s, ...patch }) };
}

/** `all` lets a test see what was stored. */
export function memoryCredentials(): CredentialStore & { all: Map<number, string> } {
  const all = new Map<number, string>();
  return {
    all,
    encrypted: true,
    get: (id) => all.get(id) ?? null,
    set: (id, pw) => void all.set(id, pw),
    delete: (id) => void all.delete(id),
  };
}
