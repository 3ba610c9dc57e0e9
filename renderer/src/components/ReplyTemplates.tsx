// Saved replies in the reply box: Ctrl+1…Ctrl+9 insert the n-th one at the cursor, and a
// picker (a button, then a list with a search box: type to filter, ↑/↓, Enter, Esc) inserts
// any of them. Placeholders are filled in for the comment being answered by the same function
// the CLI uses (shared/saved-replies.ts).
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { expandSavedReply } from '../../../shared/saved-replies';
import type { CommentDetail, SavedReply } from '../../../shared/types';
import { decodeEntities } from '../format/entities';
import { t } from '../i18n';
import { actions } from '../state/app';
import { loadSavedReplies, savedRepliesStore, useSavedReplies } from '../state/saved-replies';
import '../styles/views.css';

/** The saved reply a key press asks for (0 for Ctrl+1), or null. By key position, so AZERTY's Ctrl+& is Ctrl+1 too. */
export function savedReplyIndex(event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'code' | 'key'>): number | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code)?.[1] ?? (/^[1-9]$/.test(event.key) ? event.key : undefined);
  return digit === undefined ? null : Number(digit) - 1;
}

/** A saved reply's text for this comment: {author}, {post} and {site} filled in. */
export function expandFor(reply: SavedReply, comment: CommentDetail): string {
  return expandSavedReply(reply.body, {
    author: decodeEntities(comment.authorName),
    post: decodeEntities(comment.post?.title ?? comment.postTitle ?? ''),
    site: decodeEntities(comment.siteName),
  });
}

/**
 * Inserting into the reply box: at the cursor (replacing a selection), then the cursor after the
 * inserted text. `onKey` handles Ctrl+1…9 and says whether it did.
 */
export function useSavedReplyInsert(comment: CommentDetail, field: RefObject<HTMLTextAreaElement | null>, setText: (text: string) => void) {
  useEffect(() => {
    // Usually from memory; the first reply box of the session reads them from the database.
    loadSavedReplies().catch(() => undefined);
  }, []);

  const insert = (reply: SavedReply) => {
    const box = field.current;
    const text = expandFor(reply, comment);
    if (!box) return setText(text);
    const start = box.selectionStart ?? box.value.length;
    const end = box.selectionEnd ?? start;
    setText(box.value.slice(0, start) + text + box.value.slice(end));
    const caret = start + text.length;
    requestAnimationFrame(() => {
      box.focus();
      box.setSelectionRange(caret, caret);
    });
  };

  const onKey = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    const index = savedReplyIndex(event);
    if (index === null) return false;
    event.preventDefault();
    loadSavedReplies().then(
      (list) => {
        const reply = list[index];
        if (reply) insert(reply);
        else actions.say(t('views:savedReplies.missing', { n: index + 1 }));
      },
      () => actions.say(t('views:savedReplies.loadFailed', { reason: savedRepliesError() }), 'error'),
    );
    return true;
  };

  return { insert, onKey };
}

const savedRepliesError = (): string => savedRepliesStore.getState().error ?? '';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The picker: a button that opens a small list of the saved replies with a search box. */
export function SavedReplyPicker({ onPick }: { onPick(reply: SavedReply): void }) {
  const { t } = useTranslation('views');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  return (
    <div className="saved-reply-picker">
      <button
        ref={button}
        type="button"
        className="button ghost small"
        aria-haspopup="listbox"
        aria-expanded={open}
        title={t('savedReplies.pickerTitle')}
        onClick={() => setOpen((v) => !v)}
      >
        {t('savedReplies.picker')}
      </button>
      {open && (
        <PickerPopup
          onClose={close}
          onPick={(reply) => {
            setOpen(false);
            onPick(reply);
          }}
        />
      )}
    </div>
  );
}

function PickerPopup({ onPick, onClose }: { onPick(reply: SavedReply): void; onClose(refocus: boolean): void }) {
  const { t } = useTranslation('views');
  const list = useSavedReplies((s) => s.list);
  const error = useSavedReplies((s) => s.error);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    loadSavedReplies(true).catch(() => undefined);
  }, []);

  const wanted = fold(query.trim());
  const shown = (list ?? []).filter((r) => !wanted || fold(`${r.name} ${r.body}`).includes(wanted));
  const at = Math.min(active, Math.max(0, shown.length - 1));
  const optionId = (i: number) => `${listId}-${i}`;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (shown.length > 0) setActive((at + (event.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const reply = shown[at];
      if (reply) onPick(reply);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
    }
  };

  return (
    <div
      ref={box}
      className="picker-popup"
      onBlur={(e) => {
        // Focus left the picker altogether (a click elsewhere, Tab away): it closes.
        if (!box.current?.contains(e.relatedTarget as Node | null)) onClose(false);
      }}
    >
      <input
        type="text"
        role="combobox"
        autoFocus
        className="picker-search"
        aria-label={t('savedReplies.search')}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown.length > 0 ? optionId(at) : undefined}
        placeholder={t('savedReplies.searchPlaceholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" className="picker-list" aria-label={t('savedReplies.picker')}>
        {shown.map((reply, i) => {
          const position = (list ?? []).indexOf(reply);
          return (
            <li
              key={reply.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === at}
              className={`picker-option${i === at ? ' active' : ''}`}
              onMouseDown={(e) => e.preventDefault()} // keep focus in the search box
              onMouseEnter={() => setActive(i)}
              onClick={() => onPick(reply)}
            >
              <span className="picker-name">{reply.name}</span>
              {position < 9 && <kbd aria-hidden="true">{t('savedReplies.shortcut', { n: position + 1 })}</kbd>}
              <span className="picker-body">{reply.body}</span>
            </li>
          );
        })}
      </ul>
      {list !== null && shown.length === 0 && (
        <p className="muted small picker-note">{list.length === 0 ? t('savedReplies.none') : t('savedReplies.noMatch')}</p>
      )}
      {error && list === null && (
        <p className="error-banner small" role="alert">
          {t('savedReplies.loadFailed', { reason: error })}
        </p>
      )}
    </div>
  );
}
