// The bundled main process (dist-electron/main.cjs as esbuild makes it) started
// under plain Node with a stand-in for the `electron` module: proves that the
// bundle loads (electron-store and conf are ESM-only and get converted), opens
// the real service on a database in the app-data folder, and wires the
// protocol, the window, IPC and quitting the way the unit tests expect.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api';
import { IPC_CALL_PREFIX, IPC_EVENT_CHANNEL } from '../../../shared/bridge';
import { createNodeSettings } from '../../../electron/core/settings/node';
import { loadBundledMain, until, type BundledMain, type FakeElectron } from './main-harness';

let main: BundledMain;
let dir: string;
let fake: FakeElectron;
const trusted = { senderFrame: { url: 'app://moderato/index.html', parent: null } };

beforeAll(async () => {
  main = await loadBundledMain({ singleInstanceLock: true });
  ({ dir, fake } = main);
  await until(() => fake.state.windows.length > 0 && fake.state.menuSet, 'the window');
}, 60_000);

afterAll(() => main.dispose());

describe('the bundled main process', () => {
  it('has a preload that needs nothing but electron (a sandboxed preload can require little else)', () => {
    const preload = readFileSync(path.join(dir, 'dist-electron/preload.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(([^)]*)\)/g)].map((m) => m[1]);
    expect(required).toEqual(['"electron"']);
    expect(preload).not.toMatch(/__filename|__dirname|process\./);
  });

  it('keeps SQLite out of the thread that answers the window: the service runs in its own worker bundle', () => {
    const mainBundle = readFileSync(path.join(dir, 'dist-electron/main.cjs'), 'utf8');
    expect(mainBundle).not.toContain('require("better-sqlite3")');
    for (const worker of ['service-worker.cjs', 'read-worker.cjs']) {
      expect(readFileSync(path.join(dir, 'dist-electron', worker), 'utf8'), worker).toContain('require("better-sqlite3")');
    }
  });

  it('registers app:// as a privileged standard, secure scheme and turns the sandbox on for every page', () => {
    expect(fake.state.privileged).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(fake.state.sandbox).toBe(true);
  });

  it('keeps its data, settings and logs in the Moderato app-data folder', async () => {
    const data = path.join(dir, 'appData', 'Moderato');
    expect(existsSync(path.join(data, 'moderato.db'))).toBe(true);
    expect(existsSync(path.join(data, 'settings.json'))).toBe(true);
    await until(() => existsSync(path.join(data, 'logs', 'main.log')), 'the log file');
    const log = readFileSync(path.join(data, 'logs', 'main.log'), 'utf8');
    expect(log).toMatch(/Moderato 0\.1\.0 starting/);
    // Both of the core's threads started from their bundles.
    expect(log).not.toMatch(/worker/);
  });

  it('opens one secure window on the app page and serves it with the CSP', async () => {
    const win = fake.state.windows[0]!;
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(win.loaded).toBe('app://moderato/index.html');
    const page = await fake.state.protocol.get('app')!({ url: 'app://moderato/index.html', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect((await fake.state.protocol.get('app')!({ url: 'app://moderato/../../package.json', method: 'GET' })).status).toBe(404);
  });

  it('answers the contract over IPC from the real service, and refuses strangers', async () => {
    for (const method of METHOD_NAMES) expect(fake.state.handlers.has(IPC_CALL_PREFIX + method), method).toBe(true);
    const info = await fake.state.handlers.get(IPC_CALL_PREFIX + 'getAppInfo')!(trusted, {});
    expect(info).toEqual({
      ok: true,
      value: expect.objectContaining({ host: 'electron', credentialsEncrypted: true, version: '0.1.0' }),
    });
    const stranger = { senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await fake.state.handlers.get(IPC_CALL_PREFIX + 'getAppInfo')!(stranger, {})).toMatchObject({ ok: false });
    const settings = await fake.state.handlers.get(IPC_CALL_PREFIX + 'updateSettings')!(trusted, { theme: 'dark' });
    expect(settings).toMatchObject({ ok: true, value: { theme: 'dark' } });
    const saved = JSON.parse(readFileSync(path.join(dir, 'appData', 'Moderato', 'settings.json'), 'utf8'));
    expect(saved.theme).toBe('dark');
    // The CLI (conf under plain Node) reads what the app (electron-store) wrote.
    expect(createNodeSettings(path.join(dir, 'appData', 'Moderato')).get().theme).toBe('dark');
    // The native side follows the theme setting (menus, dialogs, prefers-color-scheme).
    expect(fake.electron.nativeTheme.themeSource).toBe('dark');
  });

  it('focuses the existing window when the app is launched a second time', () => {
    const win = fake.state.windows[0]!;
    const before = win.focused;
    fake.electron.app.emit('second-instance');
    expect(win.focused).toBe(before + 1);
    expect(fake.state.windows).toHaveLength(1);
  });

  it('forwards core events to the window', async () => {
    const win = fake.state.windows[0]!;
    const result = await fake.state.handlers.get(IPC_CALL_PREFIX + 'updateWordLists')!(trusted, { add: ['casino'], list: 'block' });
    expect(result).toMatchObject({ ok: true });
    expect(win.sent).toContainEqual([IPC_EVENT_CHANNEL, { type: 'queue-changed', siteIds: [] }]);
  });

  it('sends menu commands to the window', () => {
    const win = fake.state.windows[0]!;
    const menu = fake.state.menuTemplate as Array<{ label?: string; submenu?: Array<{ label?: string; click?: () => void }> }>;
    const approve = menu.flatMap((m) => m.submenu ?? []).find((i) => i.label === 'Approve');
    approve!.click!();
    expect(win.sent).toContainEqual(['moderato:command', { type: 'menu', command: 'approve' }]);
  });

  it('puts the menu in the language chosen in Settings, at once', async () => {
    const labels = () =>
      (fake.state.menuTemplate as Array<{ label?: string; submenu?: Array<{ label?: string }> }>).flatMap((m) => [m.label, ...(m.submenu ?? []).map((i) => i.label)]);
    expect(labels()).toContain('Approve');
    await fake.state.handlers.get(IPC_CALL_PREFIX + 'updateSettings')!(trusted, { language: 'fr' });
    await until(() => labels().includes('Approuver'), 'the French menu');
    expect(labels()).toEqual(expect.arrayContaining(['Fichier', 'Commentaire', 'Marquer comme indésirable', 'Réglages…']));
    await fake.state.handlers.get(IPC_CALL_PREFIX + 'updateSettings')!(trusted, { language: 'system' });
    await until(() => labels().includes('Approve'), 'the English menu (the OS is en-US)');
  });

  it('remembers the window placement when it closes', () => {
    fake.state.windows[0]!.events.emit('close');
    const saved = JSON.parse(readFileSync(path.join(dir, 'appData', 'Moderato', 'settings.json'), 'utf8'));
    expect(saved.windowBounds).toEqual({ x: 40, y: 30, width: 1100, height: 760, maximized: false });
  });

  it('holds the quit until the core has closed, then quits', async () => {
    fake.electron.app.quit();
    expect(fake.state.quitted).toBe(false);
    await until(() => fake.state.quitted, 'the quit');
    expect(fake.state.exitCode).toBeNull();
  });
});
