// Settings → Replies: the saved replies (add, edit, reorder with up/down buttons, delete) and
// the Unreplied window. Everything here is stored locally, so it works offline.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedReply, Settings } from '../../../shared/types';
import { actions } from '../state/app';
import { loadSavedReplies, savedReplies, useSavedReplies } from '../state/saved-replies';
import { api, errorMessage } from '../transport/client';
import '../styles/views.css';

export function RepliesTab() {
  return (
    <div className="settings-section">
      <SavedRepliesEditor />
      <UnrepliedWindow />
    </div>
  );
}

function SavedRepliesEditor() {
  const { t } = useTranslation('views');
  const list = useSavedReplies((s) => s.list);
  const loadError = useSavedReplies((s) => s.error);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [draft, setDraft] = useState({ name: '', body: '' });
  useEffect(() => {
    loadSavedReplies(true).catch(() => undefined);
  }, []);

  /** Runs a change; a refusal (an empty name, a duplicate…) is shown, nothing typed is lost. */
  const attempt = async (work: () => Promise<unknown>): Promise<boolean> => {
    try {
      await work();
      setError(null);
      return true;
    } catch (err) {
      setError(errorMessage(err));
      return false;
    }
  };
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (await attempt(() => savedReplies.add(draft.name, draft.body))) setDraft({ name: '', body: '' });
  };
  const remove = async (reply: SavedReply) => {
    if (!window.confirm(t('savedReplies.confirmDelete', { name: reply.name }))) return;
    await attempt(() => savedReplies.remove(reply.id));
  };
  const move = async (reply: SavedReply, delta: number, button: HTMLButtonElement) => {
    await attempt(() => savedReplies.move(reply.id, delta));
    // The row moved under the keyboard's focus: keep the focus on the same button of the same row.
    requestAnimationFrame(() => button.focus());
  };

  return (
    <section aria-labelledby="saved-replies-heading">
      <h3 id="saved-replies-heading">{t('savedReplies.heading')}</h3>
      <p className="muted small">{t('savedReplies.intro')}</p>
      {(error ?? (list === null ? loadError : null)) && (
        <p className="error-banner" role="alert">
          {error ?? t('savedReplies.loadFailed', { reason: loadError })}
        </p>
      )}
      {list?.length === 0 && <p className="muted">{t('savedReplies.empty')}</p>}
      <ol className="saved-reply-list" aria-label={t('savedReplies.list')}>
        {list?.map((reply, i) => (
          <li key={reply.id} className="saved-reply-card" data-saved-reply={reply.name}>
            {editing === reply.id ? (
              <ReplyForm
                initial={reply}
                submitLabel={t('savedReplies.save')}
                onCancel={() => setEditing(null)}
                onSubmit={async ({ name, body }) => {
                  if (await attempt(() => savedReplies.update(reply.id, { name, body }))) setEditing(null);
                }}
              />
            ) : (
              <>
                <div className="saved-reply-main">
                  <strong>
                    {reply.name}
                    {i < 9 && <kbd className="saved-reply-key">{t('savedReplies.shortcut', { n: i + 1 })}</kbd>}
                  </strong>
                  <p className="saved-reply-body">{reply.body}</p>
                </div>
                <div className="saved-reply-actions">
                  <button
                    type="button"
                    className="button small"
                    aria-label={t('savedReplies.moveUp', { name: reply.name })}
                    title={t('savedReplies.moveUp', { name: reply.name })}
                    disabled={i === 0}
                    onClick={(e) => void move(reply, -1, e.currentTarget)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button small"
                    aria-label={t('savedReplies.moveDown', { name: reply.name })}
                    title={t('savedReplies.moveDown', { name: reply.name })}
                    disabled={i === list.length - 1}
                    onClick={(e) => void move(reply, 1, e.currentTarget)}
                  >
                    ↓
                  </button>
                  <button type="button" className="button small" aria-label={t('savedReplies.editLabel', { name: reply.name })} onClick={() => setEditing(reply.id)}>
                    {t('savedReplies.edit')}
                  </button>
                  <button
                    type="button"
                    className="button small danger-text"
                    aria-label={t('savedReplies.deleteLabel', { name: reply.name })}
                    onClick={() => void remove(reply)}
                  >
                    {t('savedReplies.delete')}
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
      <h4>{t('savedReplies.newHeading')}</h4>
      <form className="saved-reply-form" onSubmit={(e) => void add(e)}>
        <label>
          {t('savedReplies.name')}
          <input type="text" required maxLength={100} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </label>
        <label>
          {t('savedReplies.body')}
          <textarea required rows={3} value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.target.value })} />
        </label>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={!draft.name.trim() || !draft.body.trim()}>
            {t('savedReplies.add')}
          </button>
        </div>
      </form>
    </section>
  );
}

function ReplyForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: { name: string; body: string };
  submitLabel: string;
  onSubmit(v: { name: string; body: string }): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useTranslation('views');
  const [value, setValue] = useState(initial);
  return (
    <form
      className="saved-reply-form saved-reply-main"
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          // Leaves the edit, not the whole Settings dialog.
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <label>
        {t('savedReplies.name')}
        <input type="text" required autoFocus maxLength={100} value={value.name} onChange={(e) => setValue({ ...value, name: e.target.value })} />
      </label>
      <label>
        {t('savedReplies.body')}
        <textarea required rows={4} value={value.body} onChange={(e) => setValue({ ...value, body: e.target.value })} />
      </label>
      <div className="form-actions">
        <button type="button" className="button small" onClick={onCancel}>
          {t('savedReplies.cancel')}
        </button>
        <button type="submit" className="button small primary" disabled={!value.name.trim() || !value.body.trim()}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

const loadSettings = () => api.getSettings({});

function UnrepliedWindow() {
  const { t } = useTranslation('views');
  const [settings, setSettings] = useState<Settings | null>(null);
  const [days, setDays] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    loadSettings().then(
      (s) => {
        if (!current) return;
        setSettings(s);
        setDays(String(s.unrepliedDays));
      },
      (err: unknown) => current && setError(errorMessage(err)),
    );
    return () => {
      current = false;
    };
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(days);
    if (!Number.isInteger(value) || value < 1 || value > 3650) return setError(t('unreplied.daysInvalid'));
    try {
      setSettings(await api.updateSettings({ unrepliedDays: value }));
      setError(null);
      actions.refresh(); // the Unreplied view and its count follow the new window
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <section aria-labelledby="unreplied-window-heading">
      <h3 id="unreplied-window-heading">{t('unreplied.settingsHeading')}</h3>
      <form className="inline-form" onSubmit={(e) => void save(e)}>
        <label className="field-row">
          {t('unreplied.days')}
          <input
            type="number"
            min={1}
            max={3650}
            step={1}
            required
            disabled={!settings}
            value={days}
            aria-describedby="unreplied-window-hint"
            onChange={(e) => setDays(e.target.value)}
          />
        </label>
        <button type="submit" className="button small" disabled={!settings || days === String(settings.unrepliedDays)}>
          {t('savedReplies.save')}
        </button>
      </form>
      <p id="unreplied-window-hint" className="muted small">
        {t('unreplied.daysHint', { count: settings?.unrepliedDays ?? 90 })}
      </p>
      {error && (
        <p className="error-banner" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
