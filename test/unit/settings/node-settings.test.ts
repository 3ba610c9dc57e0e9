import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeSettings } from '../../../electron/core/settings/node';
import { DEFAULT_SETTINGS } from '../../../electron/core/settings/schema';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'moderato-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = () => path.join(dir, 'settings.json');

describe('settings under plain Node (conf with the app schema)', () => {
  it('starts with the defaults and keeps what the user changes across restarts', () => {
    const first = createNodeSettings(dir);
    expect(first.get()).toEqual({ syncIntervalMinutes: 15, theme: 'system', notifications: true, unrepliedDays: 90, language: 'system' });
    expect(first.update({ theme: 'dark', syncIntervalMinutes: 5 })).toEqual({
      syncIntervalMinutes: 5,
      theme: 'dark',
      notifications: true,
      unrepliedDays: 90,
      language: 'system',
    });
    const reopened = createNodeSettings(dir);
    expect(reopened.get().theme).toBe('dark');
    expect(reopened.get().syncIntervalMinutes).toBe(5);
  });

  it('refuses a value the schema forbids and keeps the previous settings intact', () => {
    const settings = createNodeSettings(dir);
    settings.update({ notifications: false });
    expect(() => settings.update({ syncIntervalMinutes: 0, theme: 'light' })).toThrow(/syncIntervalMinutes/);
    // The whole patch was refused, not half of it.
    expect(settings.get()).toEqual({ theme: 'system', notifications: false, syncIntervalMinutes: 15, unrepliedDays: 90, language: 'system' });
  });

  it('a settings file written before the Unreplied window existed opens with its 90 days, and keeps a changed value', () => {
    writeFileSync(file(), JSON.stringify({ theme: 'dark', syncIntervalMinutes: 30, notifications: false }));
    const settings = createNodeSettings(dir);
    expect(settings.get()).toEqual({ theme: 'dark', syncIntervalMinutes: 30, notifications: false, unrepliedDays: 90, language: 'system' });
    expect(settings.update({ unrepliedDays: 30 }).unrepliedDays).toBe(30);
    expect(settings.update({ language: 'fr' }).language).toBe('fr');
    expect(createNodeSettings(dir).get().language).toBe('fr');
    expect(() => settings.update({ language: 'de' as 'fr' })).toThrow(/language/);
    expect(() => settings.update({ unrepliedDays: 0 })).toThrow(/unrepliedDays/);
    expect(createNodeSettings(dir).get().unrepliedDays).toBe(30);
  });

  it('remembers the window placement', () => {
    const settings = createNodeSettings(dir);
    expect(settings.getWindowBounds()).toBeNull();
    settings.setWindowBounds({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(createNodeSettings(dir).getWindowBounds()).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    // A fractional display scale can give fractional bounds: stored rounded rather than refused.
    settings.setWindowBounds({ x: 10.4, y: -20.6, width: 999.5, height: 700.2, maximized: false });
    expect(createNodeSettings(dir).getWindowBounds()).toEqual({ x: 10, y: -21, width: 1000, height: 700, maximized: false });
  });

  it('moves a hand-broken file aside, keeps its valid values and never loses the original', () => {
    writeFileSync(file(), JSON.stringify({ theme: 'light', syncIntervalMinutes: -3, notifications: false }));
    const reports: string[] = [];
    const settings = createNodeSettings(dir, { report: (m) => reports.push(m) });
    expect(settings.get()).toEqual({
      theme: 'light',
      notifications: false,
      syncIntervalMinutes: DEFAULT_SETTINGS.syncIntervalMinutes,
      unrepliedDays: 90,
      language: 'system',
    });
    const aside = readdirSync(dir).filter((f) => f.startsWith('settings.json.invalid-'));
    expect(aside).toHaveLength(1);
    expect(JSON.parse(readFileSync(path.join(dir, aside[0]!), 'utf8')).syncIntervalMinutes).toBe(-3);
    expect(reports.join('\n')).toMatch(/syncIntervalMinutes/);
  });

  it('starts afresh from a file that is not JSON at all, keeping the broken one', () => {
    writeFileSync(file(), '{"theme": "dark",');
    const settings = createNodeSettings(dir);
    expect(settings.get().theme).toBe('system');
    expect(readdirSync(dir).some((f) => f.startsWith('settings.json.invalid-'))).toBe(true);
  });

  it('runs migrations newer than the file, once, in version order', () => {
    writeFileSync(file(), JSON.stringify({ theme: 'dark', syncIntervalSeconds: 600, __internal__: { migrations: { version: '1.0.0' } } }));
    const seen: string[] = [];
    const versioning = {
      version: '1.2.0',
      migrations: {
        '1.0.0': () => {
          seen.push('1.0.0');
        },
        '1.1.0': (store: { get(k: string): unknown; set(k: string, v: unknown): void; delete(k: string): void }) => {
          seen.push('1.1.0');
          const seconds = store.get('syncIntervalSeconds');
          if (typeof seconds === 'number') store.set('syncIntervalMinutes', Math.round(seconds / 60));
          store.delete('syncIntervalSeconds');
        },
        '1.2.0': () => {
          seen.push('1.2.0');
        },
      },
    };
    const settings = createNodeSettings(dir, { versioning });
    expect(seen).toEqual(['1.1.0', '1.2.0']);
    expect(settings.get()).toEqual({ theme: 'dark', syncIntervalMinutes: 10, notifications: true, unrepliedDays: 90, language: 'system' });
    createNodeSettings(dir, { versioning });
    expect(seen).toEqual(['1.1.0', '1.2.0']);
  });
});
