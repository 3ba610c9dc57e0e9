// Glue: the Electron main process. Every decision it applies lives in
// electron/core (shell/ for the desktop policy, settings/ for the stores) where
// plain-Node tests reach it; this file only connects Electron's objects to it.
import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  nativeImage,
  nativeTheme,
  net,
  Notification,
  powerMonitor,
  protocol,
  shell,
  Tray,
} from 'electron';
import path from 'node:path';
import { toErrorInfo } from '../shared/errors';
import { resolveLanguage } from '../shared/i18n/language';
import { messageTextIn } from '../shared/i18n/message-text';
import { translator, type Translate } from '../shared/i18n/translator';
import { APP_SCHEME } from './core/shell/app-origin';
import { serveAppRequest } from './core/shell/app-protocol';
import { startAttention, type AttentionNotice } from './core/shell/attention';
import { buildMenuTemplate, type MenuHandlers } from './core/shell/menu-template';
import { nativeBindingPath } from './core/shell/native-binding';
import { closeWithin } from './core/shell/quit';
import { startSyncTriggers } from './core/shell/sync-triggers';
import { observeSettings } from './core/settings/conf-settings';
import { createServiceInWorker } from './core/worker/service-in-worker';
import { registerIpc, sendCommand, sendEvent } from './ipc';
import { logDirectory, setupLogging } from './logging';
import { createElectronCredentials, createElectronSettings } from './stores';
import { createMainWindow, focusWindow } from './window';

const APP_NAME = 'Moderato';
const APP_ID = 'org.moderato.app';
/** How long quitting waits for an in-flight push before leaving it to the next start. */
const QUIT_TIMEOUT_MS = 10_000;

// dist-electron/main.cjs → the repository root (unpackaged) or app.asar (packaged).
const appRoot = path.join(__dirname, '..');
const rendererRoot = path.join(appRoot, 'dist', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

// Same folder as the CLI's default (electron/core/paths.ts), whether or not we are packaged:
// unpackaged, Electron would otherwise name it after package.json's lowercase "name".
app.setName(APP_NAME);
app.setPath('userData', path.join(app.getPath('appData'), APP_NAME));
app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

let mainWindow: BrowserWindow | null = null;
/** Shows the window, opening a new one if it was closed (macOS keeps running without one). Set once started. */
let showWindow: () => BrowserWindow | null = () => {
  focusWindow(mainWindow);
  return mainWindow;
};

if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the first (which focuses its window) and leaves.
  app.quit();
} else {
  app.on('second-instance', () => showWindow());
  start().catch((err: unknown) => {
    console.error('Moderato could not start:', err);
    // A damaged database, a database from a newer Moderato…: the message says what to do.
    // In the OS's language: the settings may be what failed to open.
    const say = translator(resolveLanguage(undefined, [app.getLocale()]));
    dialog.showErrorBox(say('shell:startFailed'), messageTextIn(say, toErrorInfo(err)));
    app.exit(1);
  });
}

async function start(): Promise<void> {
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  await app.whenReady();

  const userData = app.getPath('userData');
  const log = setupLogging(userData, { verbose: !app.isPackaged });
  log.info(`Moderato ${app.getVersion()} starting; data in ${userData}`);

  // The theme setting drives Chromium's prefers-color-scheme and the native menus and dialogs.
  const applyTheme = (theme: 'system' | 'light' | 'dark') => {
    nativeTheme.themeSource = theme;
  };
  // The menu, tray and notifications speak the window's language: the setting, else the OS's.
  let language = resolveLanguage(undefined, [app.getLocale()]);
  let t: Translate = translator(language);
  let relabel = (): void => undefined;
  const settings = observeSettings(createElectronSettings(userData, (message) => log.warn(message)), (next) => {
    applyTheme(next.theme);
    const chosen = resolveLanguage(next.language, [app.getLocale()]);
    if (chosen !== language) {
      language = chosen;
      t = translator(language);
      relabel();
    }
  });
  language = resolveLanguage(settings.get().language, [app.getLocale()]);
  t = translator(language);
  applyTheme(settings.get().theme);
  const credentials = createElectronCredentials(userData, (message, err) => log.warn(message, err));
  if (!credentials.encrypted) {
    log.warn('No OS keyring available: Application Passwords are kept in memory for this session only.');
  }

  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request));

  // The core runs in its own thread (dist-electron/service-worker.cjs): SQLite and the sync never
  // hold up this thread, which answers the window. Settings and passwords stay here (safeStorage).
  const service = await createServiceInWorker(
    {
      dbPath: path.join(userData, 'moderato.db'),
      settings,
      credentials,
      host: 'electron',
      version: app.getVersion(),
      locale: app.getLocale(),
      nativeBinding: nativeBindingPath({
        isPackaged: app.isPackaged,
        resourcesPath: process.resourcesPath,
        projectRoot: appRoot,
      }),
    },
    { onStopped: (message, cause) => log.error(`${message}:`, cause) },
  );
  registerIpc(service.api, log);
  service.events.on((event) => sendEvent(mainWindow, event));

  const syncNow = (reason: string): Promise<unknown> => {
    log.info(`sync (${reason})`);
    return service.api.syncNow({ mode: 'both' });
  };

  const openWindow = (): BrowserWindow => {
    const win = createMainWindow({
      preloadPath,
      placement: settings,
      devTools: !app.isPackaged,
      title: APP_NAME,
      report: (what, url) => log.warn(`${what}: ${url.slice(0, 200)}`),
    });
    // The title carries the pending count; the page must not overwrite it.
    win.on('page-title-updated', (event) => event.preventDefault());
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    return win;
  };
  mainWindow = openWindow();
  showWindow = () => {
    if (mainWindow === null) mainWindow = openWindow();
    focusWindow(mainWindow);
    return mainWindow;
  };

  const menuHandlers: MenuHandlers = {
    command: (command) => {
      sendCommand(showWindow(), { type: 'menu', command });
    },
    syncNow: () => void syncNow('menu').catch((err: unknown) => log.warn('sync from the menu failed:', err)),
    openLogFolder: () => void shell.openPath(logDirectory(userData)),
    openDataFolder: () => void shell.openPath(userData),
  };
  const setMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({ platform: process.platform, appName: APP_NAME, devTools: !app.isPackaged, handlers: menuHandlers, t }),
      ),
    );
  setMenu();

  // The pending count: dock badge (macOS, Unity launchers), window title, tray tooltip.
  const tray = createTray(() => showWindow(), () => menuHandlers.syncNow(), () => t);
  const notifications = new Set<Notification>(); // held so click handlers survive garbage collection
  const attention = startAttention({
    api: service.api,
    subscribe: (listener) => service.events.on(listener),
    setPendingCount(count, tooltip) {
      app.setBadgeCount(count);
      tray?.setToolTip(tooltip);
      mainWindow?.setTitle(count > 0 ? `${APP_NAME} (${count})` : APP_NAME);
    },
    notify(notice: AttentionNotice) {
      if (!Notification.isSupported()) return;
      const n = new Notification({ title: notice.title, body: notice.body });
      notifications.add(n);
      n.on('click', () => {
        const win = showWindow();
        if (notice.commentId !== null) sendCommand(win, { type: 'focus-comment', commentId: notice.commentId });
      });
      n.on('close', () => notifications.delete(n));
      n.show();
    },
    onError: (err) => log.warn('badge/notification update failed:', err),
    translate: () => t,
  });
  void attention.refresh();
  // Settings switched the language: the menu, the tray's menu and tooltip follow at once.
  relabel = () => {
    setMenu();
    tray?.relabel();
    void attention.refresh();
  };

  const triggers = startSyncTriggers({
    isOnline: () => net.isOnline(),
    // The service decides what to do (push the outbox, pull) and avoids overlapping runs.
    syncNow: async (reason) => {
      log.info(`network regained (${reason})`);
      service.networkRegained();
    },
    onError: (err) => log.warn('background sync failed:', err),
  });
  powerMonitor.on('resume', () => triggers.resumed());

  app.on('activate', () => showWindow());
  app.on('window-all-closed', () => {
    // macOS apps stay in the dock (and keep syncing) with no window open.
    if (process.platform !== 'darwin') app.quit();
  });

  // Quit waits for the core: an in-flight push finishes, or is left marked so the
  // next start retries it (the outbox makes a retry safe). Never longer than the timeout.
  let closed = false;
  let closing = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    triggers.stop();
    attention.stop();
    void closeWithin(() => service.close(), QUIT_TIMEOUT_MS).then((outcome) => {
      if (outcome !== 'closed') log.warn(`quit: the core did not close cleanly (${outcome})`);
      closed = true;
      tray?.destroy();
      app.quit();
    });
  });
}

/** A tray icon on Windows and Linux (macOS has the dock badge). Null when no icon is available. */
function createTray(onOpen: () => void, onSync: () => void, translate: () => Translate): (Tray & { relabel(): void }) | null {
  if (process.platform === 'darwin') return null;
  const iconFile = app.isPackaged ? path.join(process.resourcesPath, 'icon.png') : path.join(appRoot, 'build', 'icon.png');
  const image = nativeImage.createFromPath(iconFile);
  if (image.isEmpty()) return null;
  const tray = Object.assign(new Tray(image.resize({ width: 16, height: 16 })), {
    relabel(): void {
      const t = translate();
      tray.setContextMenu(
        Menu.buildFromTemplate([
          { label: t('shell:tray.open', { app: APP_NAME }), click: onOpen },
          { label: t('shell:tray.syncNow'), click: onSync },
          { type: 'separator' },
          { role: 'quit' },
        ]),
      );
    },
  });
  tray.setToolTip(APP_NAME);
  tray.relabel();
  tray.on('click', onOpen);
  return tray;
}
