// Glue: the main window, with the secure preferences, the navigation and
// permission policy, and its placement remembered between launches.
import { BrowserWindow, nativeTheme, screen, session } from 'electron';
import { APP_INDEX_URL } from './core/shell/app-origin';
import { hardenSession, hardenWebContents } from './core/shell/harden';
import { MIN_SIZE, restoreBounds, type WindowBounds } from './core/shell/window-state';
import { secureWebPreferences } from './core/shell/window-preferences';

export interface WindowPlacementStore {
  getWindowBounds(): WindowBounds | null;
  setWindowBounds(bounds: WindowBounds): void;
}

export function createMainWindow(options: {
  preloadPath: string;
  placement: WindowPlacementStore;
  devTools: boolean;
  title: string;
  report: (what: string, url: string) => void;
}): BrowserWindow {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
  const bounds = restoreBounds(options.placement.getWindowBounds(), workAreas);
  const win = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: options.title,
    show: false,
    // Painted before the page loads: no white flash in dark mode, no dark flash in light mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1e1e' : '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath, { devTools: options.devTools }),
  });
  hardenWebContents(win.webContents, options.report);
  hardenSession(session.defaultSession);

  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  const remember = () => {
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return;
    try {
      options.placement.setWindowBounds({ ...win.getNormalBounds(), maximized: win.isMaximized() });
    } catch (err) {
      // Losing the window position is not worth failing a close over.
      options.report('could not save the window position', String(err));
    }
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  const rememberSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(remember, 500);
  };
  win.on('resize', rememberSoon);
  win.on('move', rememberSoon);
  win.on('close', () => {
    if (timer) clearTimeout(timer);
    remember();
  });

  void win.loadURL(APP_INDEX_URL);
  return win;
}

export function focusWindow(win: BrowserWindow | null): void {
  if (win === null || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
