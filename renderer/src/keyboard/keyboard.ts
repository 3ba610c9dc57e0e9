// The keyboard, the application menu and notification clicks: each command
// becomes one store action, reading the state as it is at the moment of the
// press (store.getState() is always current, even between two renders).
import type { AppCommand, Bridge, MenuCommand } from '../../../shared/bridge';
import type { StatusAction } from '../../../shared/types';
import { selectedIdOf } from '../state/app-store';
import { actions, appStore } from '../state/app';
import { commandFor, type Command } from './shortcuts';

const MENU_TO_COMMAND: Record<MenuCommand, Command> = {
  approve: 'approve',
  unapprove: 'unapprove',
  spam: 'spam',
  trash: 'trash',
  delete: 'delete',
  reply: 'reply',
  edit: 'edit',
  undo: 'undo',
  next: 'next',
  previous: 'previous',
  search: 'search',
  settings: 'open-settings',
};

const SINGLE: Partial<Record<Command, StatusAction>> = { approve: 'approve', unapprove: 'unapprove', spam: 'spam', trash: 'trash' };
const BULK: Partial<Record<Command, StatusAction>> = {
  'bulk-approve': 'approve',
  'bulk-unapprove': 'unapprove',
  'bulk-spam': 'spam',
  'bulk-trash': 'trash',
};

/** Where `/` puts the cursor; set by the search box. */
let searchField: HTMLInputElement | null = null;
export function registerSearchField(field: HTMLInputElement | null): void {
  searchField = field;
}

export function runCommand(command: Command): void {
  const state = appStore.getState();
  const selected = selectedIdOf(state);
  const current = selected === null ? [] : [selected];
  const checked = [...state.checked];
  const single = SINGLE[command];
  if (single) return void actions.decide(single, current);
  const bulk = BULK[command];
  // On Likely fine with nothing selected, Shift+A takes the whole view (loaded or not) as one batch.
  if (bulk === 'approve' && checked.length === 0 && state.filter.likelyFine) return void actions.approveView();
  if (bulk) return void actions.decide(bulk, checked);
  switch (command) {
    case 'next':
      return actions.move(1);
    case 'previous':
      return actions.move(-1);
    case 'delete':
      return actions.askDelete(checked.length ? checked : current);
    case 'reply':
      return actions.requestReply();
    case 'edit':
      return actions.requestEdit();
    case 'undo':
      return void actions.undoLast();
    case 'toggle-check':
      if (selected !== null) actions.toggleCheck(selected);
      return;
    case 'check-all':
      return actions.checkAll();
    case 'clear-checks':
      return actions.clearChecks();
    case 'search':
      searchField?.focus();
      searchField?.select();
      return;
    case 'help':
      return actions.openDialog('help');
    case 'sync':
      return void actions.syncNow();
    case 'open-settings':
      return actions.openDialog('settings');
  }
}

/** One keydown listener for the app's life; dialogs take the keys while open. */
export function installKeyboard(bridge: Bridge): () => void {
  const onKey = (event: KeyboardEvent) => {
    const { dialog, confirmDelete } = appStore.getState();
    if (dialog !== null || confirmDelete !== null) return;
    const command = commandFor(event);
    if (command === null) return;
    event.preventDefault();
    runCommand(command);
  };
  window.addEventListener('keydown', onKey);
  const offCommand = bridge.onCommand?.((command: AppCommand) => {
    if (command.type === 'focus-comment') actions.select(command.commentId);
    else runCommand(MENU_TO_COMMAND[command.command]);
  });
  return () => {
    window.removeEventListener('keydown', onKey);
    offCommand?.();
  };
}
