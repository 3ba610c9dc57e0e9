// The bundled main process (dist-electron/main.cjs as esbuild makes it) started
// under plain Node with a stand-in for the `electron` module: proves that the
// bundle loads (electron-store and conf are ESM-only and get converted), opens
// the real service on a database in the app-data folder, and wires the
// protocol, the window, IPC and quitting the way the unit tests expect.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api';
import { IPC_CALL_PREFIX, IPC_EVENT_CHANNEL } from '../../../shared/bridge';
import { createNodeSettings } from '../../../electron/core/settings/node';
import { electronBuilds } from '../../../scripts/build-electron.mjs';

const repo = path.resolve(__dirname, '../../..');

type Listener = (...args: unknown[]) => unknown;

function emitter() {
  const listeners = new Map<string, Listener[]>();
  return {
    on(event: string, fn: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), fn]);
      return this;
    },
    once(event: string, fn: Listener) {
      return this.on(event, fn);
    },
    off(event: string, fn: Listener) {
      listeners.set(event, (listeners.get(event) ?? []).filter((l) => l !== fn));
      return this;
    },
    emit(event: string, ...args: unknown[]) {
      for (const fn of listeners.get(event) ?? []) fn(...args);
    },
    count: (event: string) => (listeners.get(event) ?? []).length,
  };
}

function preventable() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

function fakeElectron(appData: string) {
  const state = {
    privileged: [] as unknown[],
    sandbox: false,
    protocol: new Map<string, (request: { url: string; method: string }) => Promise<Response>>(),
    handlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
    windows: [] as FakeWindow[],
    quitted: false,
    exitCode: null as number | null,
    badge: [] as number[],
    menuSet: false,
    menuTemplate: null as unknown,
  };
  const paths: Record<string, string> = { appData, home: appData, temp: tmpdir() };
  const appEvents = emitter();
  const app = {
    ...appEvents,
    isPackaged: false,
    name: 'moderato',
    setName(name: string) {
      app.name = name;
    },
    getName: () => app.name,
    getVersion: () => '0.1.0',
    getPath: (name: string) => paths[name] ?? path.join(appData, name),
    setPath(name: string, value: string) {
      paths[name] = value;
    },
    enableSandbox() {
      state.sandbox = true;
    },
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    isReady: () => true,
    setAppUserModelId() {},
    setBadgeCount(n: number) {
      state.badge.push(n);
      return true;
    },
    quit() {
      const event = preventable();
      appEvents.emit('before-quit', event);
      if (!event.defaultPrevented) state.quitted = true;
    },
    exit(code: number) {
      state.exitCode = code;
    },
  };

  class FakeWindow {
    static getAllWindows = () => state.windows;
    readonly events = emitter();
    readonly contents = emitter();
    readonly sent: Array<[string, unknown]> = [];
    readonly webContents;
    loaded: string | null = null;
    focused = 0;
    title = '';
    constructor(readonly options: Record<string, unknown>) {
      state.windows.push(this);
      const contents = this.contents;
      this.webContents = {
        on: contents.on.bind(contents),
        setWindowOpenHandler: () => {},
        send: (channel: string, payload: unknown) => this.sent.push([channel, payload]),
        isDestroyed: () => false,
        isLoading: () => false,
        once: contents.once.bind(contents),
      };
    }
    on(event: string, fn: Listener) {
      this.events.on(event, fn);
      return this;
    }
    once(event: string, fn: Listener) {
      this.events.on(event, fn);
      return this;
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    isMaximized = () => false;
    isFullScreen = () => false;
    maximize() {}
    restore() {}
    show() {}
    focus() {
      this.focused++;
    }
    setTitle(title: string) {
      this.title = title;
    }
    getNormalBounds = () => ({ x: 40, y: 30, width: 1100, height: 760 });
  }

  const electron = {
    app,
    BrowserWindow: FakeWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) =>
        state.protocol.set(scheme, handler),
    },
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => state.handlers.set(channel, fn),
      removeHandler: (channel: string) => state.handlers.delete(channel),
      on() {},
    },
    screen: {
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    session: { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} } },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: { template: unknown }) => {
        state.menuSet = true;
        state.menuTemplate = menu.template;
      },
    },
    nativeImage: { createFromPath: () => ({ isEmpty: () => true }) },
    net: { isOnline: () => true },
    nativeTheme: { shouldUseDarkColors: false, themeSource: 'system' as string },
    powerMonitor: emitter(),
    Notification: Object.assign(class {}, { isSupported: () => false }),
    Tray: class {},
    shell: { openExternal: async () => {}, openPath: async () => '' },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (plain: string) => Buffer.from(plain, 'utf8').reverse(),
      decryptString: (data: Buffer) => Buffer.from(data).reverse().toString('utf8'),
    },
    webContents: { getAllWebContents: () => [] },
  };
  return { electron, state };
}

let dir: string;
let fake: ReturnType<typeof fakeElectron>;
const moduleWithLoad = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const originalLoad = moduleWithLoad._load;
const trusted = { senderFrame: { url: 'app://moderato/index.html', parent: null } };

async function until<T>(probe: () => T | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'moderato-main-'));
  // The layout of the repository, as main.cjs expects it around itself.
  // Built exactly as `npm run build` builds it.
  await Promise.all(electronBuilds(path.join(dir, 'dist-electron')).map((options) => build({ ...options, logLevel: 'silent' })));
  mkdirSync(path.join(dir, 'dist/renderer'), { recursive: true });
  writeFileSync(path.join(dir, 'dist/renderer/index.html'), '<!doctype html><title>Moderato</title>');
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  symlinkSync(path.join(repo, 'node_modules/better-sqlite3'), path.join(dir, 'node_modules/better-sqlite3'));
  // Under Node, the "Electron build" of better-sqlite3 is the Node one: what matters is that it is loaded from here.
  const native = path.join(dir, '.electron-native/better-sqlite3/build/Release');
  mkdirSync(native, { recursive: true });
  copyFileSync(path.join(repo, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), path.join(native, 'better_sqlite3.node'));

  fake = fakeElectron(path.join(dir, 'appData'));
  moduleWithLoad._load = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') return fake.electron;
    return originalLoad.call(this, request, ...rest);
  };
  createRequire(__filename)(path.join(dir, 'dist-electron/main.cjs'));
  await until(() => fake.state.windows.length > 0 && fake.state.menuSet, 'the window');
}, 60_000);

afterAll(() => {
  moduleWithLoad._load = originalLoad;
  rmSync(dir, { recursive: true, force: true });
});

describe('the bundled main process', () => {
  it('has a preload that needs nothing but electron (a sandboxed preload can require little else)', () => {
    const preload = readFileSync(path.join(dir, 'dist-electron/preload.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(([^)]*)\)/g)].map((m) => m[1]);
    expect(required).toEqual(['"electron"']);
    expect(preload).not.toMatch(/__filename|__dirname|process\./);
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
    expect(readFileSync(path.join(data, 'logs', 'main.log'), 'utf8')).toMatch(/Moderato 0\.1\.0 starting/);
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
