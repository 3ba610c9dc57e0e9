// The application menu: every moderation action is there with its shortcut,
// and single-key shortcuts are shown but left to the page (so typing in the
// reply box never triggers them).
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../../shared/bridge';
import { buildMenuTemplate, type MenuItemSpec } from '../../../electron/core/shell/menu-template';

function flatten(items: MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}

function build(platform: NodeJS.Platform, devTools = false) {
  const handlers = { command: vi.fn(), syncNow: vi.fn(), openLogFolder: vi.fn(), openDataFolder: vi.fn() };
  const items = flatten(buildMenuTemplate({ platform, appName: 'Moderato', devTools, handlers }));
  return { handlers, items, byLabel: (label: string) => items.find((i) => i.label === label) };
}

describe('application menu', () => {
  it.each(['linux', 'darwin', 'win32'] as const)('offers every moderation command on %s', (platform) => {
    const { items, handlers } = build(platform);
    for (const command of MENU_COMMANDS) {
      const item = items.find((i) => {
        handlers.command.mockClear();
        i.click?.();
        return handlers.command.mock.calls[0]?.[0] === command;
      });
      expect(item, command).toBeDefined();
      expect(item!.accelerator, command).toBeTruthy();
    }
  });

  it('shows single-key shortcuts without registering them', () => {
    const { byLabel } = build('linux');
    expect(byLabel('Approve')).toMatchObject({ accelerator: 'A', registerAccelerator: false });
    expect(byLabel('Mark as Spam')).toMatchObject({ accelerator: 'S', registerAccelerator: false });
    expect(byLabel('Next Comment')).toMatchObject({ accelerator: 'J', registerAccelerator: false });
    // Modifier shortcuts are safe to register.
    expect(byLabel('Settings…')).toMatchObject({ accelerator: 'CmdOrCtrl+,', registerAccelerator: true });
  });

  it('syncs from the menu and keeps clipboard editing for text fields', () => {
    const { byLabel, items, handlers } = build('darwin');
    byLabel('Sync Now')!.click!();
    expect(handlers.syncNow).toHaveBeenCalled();
    for (const role of ['copy', 'paste', 'undo', 'selectAll']) expect(items.some((i) => i.role === role)).toBe(true);
  });

  it('offers developer tools only in development', () => {
    expect(build('linux', false).items.some((i) => i.role === 'toggleDevTools' || i.role === 'reload')).toBe(false);
    expect(build('linux', true).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});
