// The main window as the user gets it: secure preferences, stuck on our own
// pages, no new windows, no permissions, placed where it was left.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  windows: [] as Array<{
    options: Record<string, unknown>;
    listeners: Map<string, Array<(...args: unknown[]) => unknown>>;
    openHandler: ((details: { url: string }) => unknown) | null;
    loaded: string | null;
    maximized: boolean;
  }>,
  permissionRequest: null as null | ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void),
  permissionCheck: null as null | ((wc: unknown, permission: string) => boolean),
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    private readonly record;
    readonly webContents;
    constructor(options: Record<string, unknown>) {
      const record = { options, listeners: new Map(), openHandler: null, loaded: null, maximized: false } as (typeof state.windows)[number];
      this.record = record;
      state.windows.push(record);
      const on = (event: string, listener: (...args: unknown[]) => unknown) => {
        record.listeners.set(event, [...(record.listeners.get(event) ?? []), listener]);
      };
      this.webContents = {
        on,
        setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => {
          record.openHandler = handler;
        },
      };
    }
    on() {}
    once() {}
    maximize() {
      this.record.maximized = true;
    }
    loadURL(url: string) {
      this.record.loaded = url;
      return Promise.resolve();
    }
  }
  return {
    BrowserWindow,
    nativeTheme: { shouldUseDarkColors: false },
    screen: {
      getPrimaryDisplay: () => state.displays[0],
      getAllDisplays: () => state.displays,
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof state.permissionRequest) => {
          state.permissionRequest = h;
        },
        setPermissionCheckHandler: (h: typeof state.permissionCheck) => {
          state.permissionCheck = h;
        },
      },
    },
  };
});

import { createMainWindow } from '../../../electron/window';
import type { WindowBounds } from '../../../electron/core/shell/window-state';

function open(saved: WindowBounds | null = null) {
  const placement = { getWindowBounds: () => saved, setWindowBounds: vi.fn() };
  const report = vi.fn();
  createMainWindow({ preloadPath: '/app/dist-electron/preload.cjs', placement, devTools: false, title: 'Moderato', report });
  const win = state.windows.at(-1)!;
  const emit = (event: string, ...args: unknown[]) => {
    for (const l of win.listeners.get(event) ?? []) l(...args);
  };
  return { win, emit, report };
}

function navigationEvent() {
  return { preventDefault: vi.fn() };
}

beforeEach(() => {
  state.windows.length = 0;
  state.permissionRequest = null;
  state.permissionCheck = null;
});

describe('the main window', () => {
  it('is created with the secure preferences and loads our app:// page', () => {
    const { win } = open();
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(win.loaded).toBe('app://moderato/index.html');
  });

  it('refuses to navigate or be redirected away from the app', () => {
    const { emit, report } = open();
    for (const event of ['will-navigate', 'will-redirect']) {
      for (const url of ['https://evil.example/', 'file:///etc/passwd', 'http://127.0.0.1:8080/', 'javascript:alert(1)', 'app://other/index.html']) {
        const e = navigationEvent();
        emit(event, e, url);
        expect(e.preventDefault, `${event} ${url}`).toHaveBeenCalled();
      }
      const inside = navigationEvent();
      emit(event, inside, 'app://moderato/index.html#/settings');
      expect(inside.preventDefault).not.toHaveBeenCalled();
    }
    expect(report).toHaveBeenCalledWith('blocked navigation', 'https://evil.example/');
  });

  it('never opens a new window, whatever the link', () => {
    const { win } = open();
    for (const url of ['https://wordpress.org/', 'app://moderato/index.html', 'about:blank']) {
      expect(win.openHandler!({ url })).toEqual({ action: 'deny' });
    }
  });

  it('refuses <webview> tags', () => {
    const { emit } = open();
    const e = navigationEvent();
    emit('will-attach-webview', e);
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    open();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      state.permissionRequest!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(state.permissionCheck!({}, permission)).toBe(false);
    }
  });

  it('reopens where it was left, maximised if it was', () => {
    const { win } = open({ x: 100, y: 50, width: 1000, height: 700, maximized: true });
    expect(win.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700 });
    expect(win.maximized).toBe(true);
  });

  it('comes back on screen when its monitor is gone', () => {
    const { win } = open({ x: 3000, y: 200, width: 1000, height: 700, maximized: false });
    const { x, y, width, height } = win.options as { x: number; y: number; width: number; height: number };
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + width).toBeLessThanOrEqual(1920);
    expect(y + height).toBeLessThanOrEqual(1080);
  });
});
