// The keyboard map, declared once: the handler and the help sheet both read it.
// WordPress's comment shortcuts where they exist (j/k, a, u, s, r, z, x, shift+
// letter for bulk). Our choices where WordPress differs, shown in the help:
//   d and t both move to trash (WordPress's d means trash too);
//   Shift+D deletes permanently after a confirmation;
//   Shift+T is the bulk trash, since Shift+D is taken by delete.

export type Command =
  | 'next'
  | 'previous'
  | 'approve'
  | 'unapprove'
  | 'spam'
  | 'trash'
  | 'delete'
  | 'bulk-approve'
  | 'bulk-unapprove'
  | 'bulk-spam'
  | 'bulk-trash'
  | 'reply'
  | 'edit'
  | 'undo'
  | 'toggle-check'
  | 'check-all'
  | 'clear-checks'
  | 'search'
  | 'help'
  | 'sync'
  | 'open-settings';

export interface Shortcut {
  /** KeyboardEvent.key values (shifted letters arrive upper-case). */
  keys: string[];
  command: Command;
  label: string;
  group: 'Move' | 'Moderate' | 'Selection' | 'Write' | 'App';
}

export const SHORTCUTS: Shortcut[] = [
  { keys: ['j', 'ArrowDown'], command: 'next', label: 'Next comment', group: 'Move' },
  { keys: ['k', 'ArrowUp'], command: 'previous', label: 'Previous comment', group: 'Move' },
  { keys: ['a'], command: 'approve', label: 'Approve', group: 'Moderate' },
  { keys: ['u'], command: 'unapprove', label: 'Unapprove (back to pending)', group: 'Moderate' },
  { keys: ['s'], command: 'spam', label: 'Mark as spam', group: 'Moderate' },
  { keys: ['d', 't'], command: 'trash', label: 'Move to trash', group: 'Moderate' },
  { keys: ['D'], command: 'delete', label: 'Delete permanently (asks first)', group: 'Moderate' },
  { keys: ['z'], command: 'undo', label: 'Undo the last action', group: 'Moderate' },
  { keys: ['x'], command: 'toggle-check', label: 'Select / unselect comment', group: 'Selection' },
  { keys: ['X'], command: 'check-all', label: 'Select every loaded comment', group: 'Selection' },
  { keys: ['Escape'], command: 'clear-checks', label: 'Clear the selection', group: 'Selection' },
  { keys: ['A'], command: 'bulk-approve', label: 'Approve the selection', group: 'Selection' },
  { keys: ['U'], command: 'bulk-unapprove', label: 'Unapprove the selection', group: 'Selection' },
  { keys: ['S'], command: 'bulk-spam', label: 'Spam the selection', group: 'Selection' },
  { keys: ['T'], command: 'bulk-trash', label: 'Trash the selection', group: 'Selection' },
  { keys: ['r'], command: 'reply', label: 'Reply', group: 'Write' },
  { keys: ['e'], command: 'edit', label: 'Edit the comment', group: 'Write' },
  { keys: ['/'], command: 'search', label: 'Search', group: 'App' },
  { keys: ['?'], command: 'help', label: 'Show these shortcuts', group: 'App' },
  { keys: ['g'], command: 'sync', label: 'Sync now', group: 'App' },
  { keys: [','], command: 'open-settings', label: 'Settings', group: 'App' },
];

const byKey = new Map<string, Command>();
for (const shortcut of SHORTCUTS) for (const key of shortcut.keys) byKey.set(key, shortcut.command);

/** The command for a key press, or null when it is not ours (modifiers, typing in a field). */
export function commandFor(event: KeyboardEvent): Command | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return null;
  return byKey.get(event.key) ?? null;
}

/** How a key is shown in the help sheet. */
export function keyLabel(key: string): string {
  if (key === 'ArrowDown') return '↓';
  if (key === 'ArrowUp') return '↑';
  if (key === 'Escape') return 'Esc';
  if (key.length === 1 && key !== key.toLowerCase()) return `Shift+${key}`;
  return key;
}
