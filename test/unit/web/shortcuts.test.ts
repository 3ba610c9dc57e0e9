// The keyboard map the queue runs on (renderer/src/keyboard/shortcuts.ts): pure
// logic, checked here under Node with key events as plain objects.
import { describe, expect, it } from 'vitest';
import { commandFor, keyLabel, SHORTCUTS } from '../../../renderer/src/keyboard/shortcuts';

function press(key: string, extra: Partial<KeyboardEvent> & { tagName?: string; editable?: boolean } = {}) {
  const target = { tagName: extra.tagName ?? 'DIV', isContentEditable: extra.editable ?? false };
  return commandFor({ key, ctrlKey: false, metaKey: false, altKey: false, ...extra, target } as unknown as KeyboardEvent);
}

describe('keyboard shortcuts', () => {
  it('uses WordPress’s letters for moving and moderating', () => {
    expect(press('j')).toBe('next');
    expect(press('k')).toBe('previous');
    expect(press('a')).toBe('approve');
    expect(press('u')).toBe('unapprove');
    expect(press('s')).toBe('spam');
    expect(press('z')).toBe('undo');
    expect(press('r')).toBe('reply');
  });

  it('trashes with d (as WordPress) or t, and deletes for good only with Shift+D', () => {
    expect(press('d')).toBe('trash');
    expect(press('t')).toBe('trash');
    expect(press('D')).toBe('delete');
  });

  it('acts on the selection with capital letters', () => {
    expect(press('x')).toBe('toggle-check');
    expect(press('A')).toBe('bulk-approve');
    expect(press('S')).toBe('bulk-spam');
    expect(press('T')).toBe('bulk-trash');
  });

  it('leaves typing alone: fields, editable areas and modified keys are not shortcuts', () => {
    expect(press('a', { tagName: 'TEXTAREA' })).toBeNull();
    expect(press('j', { tagName: 'INPUT' })).toBeNull();
    expect(press('s', { editable: true })).toBeNull();
    expect(press('a', { ctrlKey: true })).toBeNull();
    expect(press('z', { metaKey: true })).toBeNull();
    expect(press('q')).toBeNull();
  });

  it('gives every key one meaning, and shows capitals as Shift+letter in the help', () => {
    const keys = SHORTCUTS.flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keyLabel('D')).toBe('Shift+D');
    expect(keyLabel('d')).toBe('d');
    expect(keyLabel('ArrowDown')).toBe('↓');
  });
});
