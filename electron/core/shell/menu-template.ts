// The application menu as plain data. The glue hands it to Menu.buildFromTemplate.
//
// Moderation shortcuts are single keys (WordPress's own: a, s, t, u, r, j, k, z…)
// handled by the renderer, which knows when the focus is in a text field. The menu
// shows them with registerAccelerator: false, so typing "a" in the reply box
// never approves a comment; clicking the menu item sends the command instead.
import type { MenuCommand } from '../../../shared/bridge';
import { translator, type Translate } from '../../../shared/i18n/translator';

/** Roles used here; a subset of Electron's MenuItem roles. */
export type MenuRole =
  | 'appMenu'
  | 'editMenu'
  | 'windowMenu'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'quit'
  | 'close'
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'toggleDevTools'
  | 'reload';

/** Structurally a subset of Electron's MenuItemConstructorOptions. */
export interface MenuItemSpec {
  label?: string;
  role?: MenuRole;
  type?: 'separator' | 'normal' | 'submenu';
  accelerator?: string;
  registerAccelerator?: boolean;
  click?: () => void;
  submenu?: MenuItemSpec[];
}

export interface MenuHandlers {
  /** A moderation command for the window (it knows the selection). */
  command(command: MenuCommand): void;
  syncNow(): void;
  openLogFolder(): void;
  openDataFolder(): void;
}

/** Shown next to each command; the renderer's key handler is the one that acts on them. */
export const COMMAND_SHORTCUTS: Readonly<Record<MenuCommand, string>> = {
  approve: 'A',
  unapprove: 'U',
  spam: 'S',
  trash: 'T',
  delete: 'Shift+D',
  reply: 'R',
  edit: 'E',
  undo: 'Z',
  next: 'J',
  previous: 'K',
  search: '/',
  settings: 'CmdOrCtrl+,',
};

const separator: MenuItemSpec = { type: 'separator' };

export function buildMenuTemplate(options: {
  platform: NodeJS.Platform;
  appName: string;
  devTools: boolean;
  handlers: MenuHandlers;
  /** The UI language's strings (shared/i18n/locales/<lang>/shell.json); English by default. */
  t?: Translate;
}): MenuItemSpec[] {
  const { handlers } = options;
  const t = options.t ?? translator('en');
  const isMac = options.platform === 'darwin';
  const command = (name: MenuCommand, registered = false): MenuItemSpec => ({
    label: t(`shell:menu.commands.${name}`),
    accelerator: COMMAND_SHORTCUTS[name],
    registerAccelerator: registered,
    click: () => handlers.command(name),
  });
  const syncNow: MenuItemSpec = { label: t('shell:menu.syncNow'), accelerator: 'CmdOrCtrl+R', click: () => handlers.syncNow() };

  const template: MenuItemSpec[] = [];
  if (isMac) {
    template.push({
      label: options.appName,
      submenu: [
        { role: 'about' },
        separator,
        command('settings', true),
        separator,
        { role: 'services' },
        separator,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        separator,
        { role: 'quit' },
      ],
    });
  }
  template.push({
    label: t('shell:menu.file'),
    submenu: [syncNow, ...(isMac ? [] : [separator, command('settings', true)]), separator, { role: isMac ? 'close' : 'quit' }],
  });
  // Text editing roles keep copy/paste working in the reply box (macOS needs them in a menu).
  template.push({
    label: t('shell:menu.edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command('search'),
    ],
  });
  template.push({
    label: t('shell:menu.comment'),
    submenu: [
      command('approve'),
      command('unapprove'),
      command('spam'),
      command('trash'),
      command('delete'),
      separator,
      command('reply'),
      command('edit'),
      separator,
      command('undo'),
      separator,
      command('next'),
      command('previous'),
    ],
  });
  template.push({
    label: t('shell:menu.view'),
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(options.devTools ? [separator, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
    ],
  });
  template.push({ role: 'windowMenu' });
  template.push({
    label: t('shell:menu.help'),
    submenu: [
      { label: t('shell:menu.showLogs'), click: () => handlers.openLogFolder() },
      { label: t('shell:menu.showData'), click: () => handlers.openDataFolder() },
    ],
  });
  return template;
}
