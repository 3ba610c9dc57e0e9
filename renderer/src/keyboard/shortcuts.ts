// The keyboard map, declared once: the handler and the help sheet both read it.
// WordPress's comment shortcuts where they exist (j/k, a, u, s, r, z, x, shift+
// letter for bulk). Our choices where WordPress differs, shown in the help:
//   d and t both move to trash (WordPress's d means trash too);
//   Shift+D deletes permanently after a confirmation;
//   Shift+T is the bulk trash, since Shift+D is taken by delete.

import { t } from '../i18n';

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
  /** Its label is shortcuts:commands.<command> in the UI language. */
  group: 'Move' | 'Moderate' | 'Selection' | 'Write' | 'App';
}

export const SHORTCUTS: Shortcut[] = [
  { keys: ['j', 'ArrowDown'], command: 'next', group: 'Move' },
  { keys: ['k', 'ArrowUp'], command: 'previous', group: 'Move' },
  { keys: ['a'], command: 'approve', group: 'Moderate' },
  { keys: ['u'], command: 'unapprove', group: 'Moderate' },
  { keys: ['s'], command: 'spam', group: 'Moderate' },
  { keys: ['d', 't'], command: 'trash', group: 'Moderate' },
  { keys: ['D'], command: 'delete', group: 'Moderate' },
  { keys: ['z'], command: 'undo', group: 'Moderate' },
  { keys: ['x'], command: 'toggle-check', group: 'Selection' },
  { keys: ['X'], command: 'check-all', group: 'Selection' },
  { keys: ['Escape'], command: 'clear-checks', group: 'Selection' },
  { keys: ['A'], command: 'bulk-approve', group: 'Selection' },
  { keys: ['U'], command: 'bulk-unapprove', group: 'Selection' },
  { keys: ['S'], command: 'bulk-spam', group: 'Selection' },
  { keys: ['T'], command: 'bulk-trash', group: 'Selection' },
  { keys: ['r'], command: 'reply', group: 'Write' },
  { keys: ['e'], command: 'edit', group: 'Write' },
  { keys: ['/'], command: 'search', group: 'App' },
  { keys: ['?'], command: 'help', group: 'App' },
  { keys: ['g'], command: 'sync', group: 'App' },
  { keys: [','], command: 'open-settings', group: 'App' },
];

/**
 * Keys that act in one place only, handled there (Shift+A on the Likely fine view with nothing
 * selected, in keyboard.ts; Ctrl+1…9 in the reply box, in ReplyTemplates.tsx): listed in the help
 * sheet beside the others, labelled from the views namespace.
 */
export const PLACE_SHORTCUTS = [
  { keys: ['A'], group: 'Selection', label: 'savedReplies.helpApproveAll' },
  { keys: ['Ctrl+1…9'], group: 'Write', label: 'savedReplies.helpInsert' },
] as const satisfies readonly { keys: string[]; group: Shortcut['group']; label: string }[];

const byKey = new Map<string, Command>();
for (const shortcut of SHORTCUTS) for (const key of shortcut.keys) byKey.set(key, shortcut.command);

/** The command for a key press, or null when it is not ours (modifiers, typing in a field). */
export function commandFor(event: KeyboardEvent): Command | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return null;
  return byKey.get(event.key) ?? null;
}

/** How a key is shown in the help sheet ("Shift+D", "Maj+D" in French). */
export function keyLabel(key: string): string {
  if (key === 'ArrowDown') return '↓';
  if (key === 'ArrowUp') return '↑';
  if (key === 'Escape') return t('shortcuts:keys.Escape');
  if (key.length === 1 && key !== key.toLowerCase()) return t('shortcuts:keys.shift', { key });
  return key;
}
