// Runs the bundled main process (dist-electron/main.cjs as `npm run build` makes
// it) under plain Node, with a stand-in for the `electron` module that records
// what the app asks of Electron. Used by main-process.test.ts and single-instance.test.ts.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

export function fakeElectron(appData: string, options: { singleInstanceLock: boolean }) {
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
    // The OS's UI language as Electron reports it; the menu, tray and notifications follow it.
    getLocale: () => 'en-US',
    getPath: (name: string) => paths[name] ?? path.join(appData, name),
    setPath(name: string, value: string) {
      paths[name] = value;
    },
    enableSandbox() {
      state.sandbox = true;
    },
    requestSingleInstanceLock: () => options.singleInstanceLock,
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

export type FakeElectron = ReturnType<typeof fakeElectron>;

export async function until<T>(probe: () => T | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export interface BundledMain {
  dir: string;
  fake: FakeElectron;
  dispose(): void;
}

/** Builds main.cjs into a temporary copy of the repository layout and loads it with the fake electron. */
export async function loadBundledMain(options: { singleInstanceLock: boolean }): Promise<BundledMain> {
  const dir = mkdtempSync(path.join(tmpdir(), 'moderato-main-'));
  // Built exactly as `npm run build` builds it.
  await Promise.all(electronBuilds(path.join(dir, 'dist-electron')).map((o) => build({ ...o, logLevel: 'silent' })));
  mkdirSync(path.join(dir, 'dist/renderer'), { recursive: true });
  writeFileSync(path.join(dir, 'dist/renderer/index.html'), '<!doctype html><title>Moderato</title>');
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  symlinkSync(path.join(repo, 'node_modules/better-sqlite3'), path.join(dir, 'node_modules/better-sqlite3'));
  // Under Node, the "Electron build" of better-sqlite3 is the Node one: what matters is that it is loaded from here.
  const native = path.join(dir, '.electron-native/better-sqlite3/build/Release');
  mkdirSync(native, { recursive: true });
  copyFileSync(path.join(repo, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), path.join(native, 'better_sqlite3.node'));

  const fake = fakeElectron(path.join(dir, 'appData'), options);
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') return fake.electron;
    return originalLoad.call(this, request, ...rest);
  };
  createRequire(__filename)(path.join(dir, 'dist-electron/main.cjs'));
  return {
    dir,
    fake,
    dispose() {
      loader._load = originalLoad;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
