// The right pane: one comment with everything needed to judge it — the post,
// the thread above it, its replies, the author's record, the flags and why.
import { useLayoutEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { CommentDetail, CommentSummary, Flag, ModelStatus, StatusAction } from '../../../shared/types';
import { longDate, shortDate, formatNumber } from '../format/dates';
import { decodeEntities } from '../format/entities';
import { pendingActionLabel, statusLabel } from '../format/labels';
import { flagText } from '../i18n/flags';
import { failedText } from '../i18n/messages';
import { actions, useApp } from '../state/app';
import { api, bridge, errorMessage } from '../transport/client';
import { CommentContent, openLinkOnClick } from './CommentContent';
import { HighlightedText, markSpans } from './HighlightedText';
import { Icon } from './Icon';
import { SavedReplyPicker, useSavedReplyInsert } from './ReplyTemplates';

interface Props {
  id: number | null;
}

export function CommentPane({ id }: Props) {
  // Read from the store's cache: the comments around the selection are there before they are shown.
  const comment = useApp((s) => (id === null ? undefined : s.cache.entries.get(id))) ?? null;
  const error = useApp((s) => (id === null ? undefined : s.detailErrors.get(id))) ?? null;
  const replyRequest = useApp((s) => s.replyRequest);
  const editRequest = useApp((s) => s.editRequest);
  const { t } = useTranslation(['comment', 'common']);
  const props = {
    replyRequest,
    editRequest,
    onAction: (kind: StatusAction, ids: number[]) => (kind === 'delete' ? actions.askDelete(ids) : void actions.decide(kind, ids)),
    onReply: actions.reply,
    onEdit: actions.edit,
    onSelect: actions.select,
  };

  // The pane is not re-created for each comment (updating it in place is a fraction of the cost
  // of a j press), so what the moderator did in it starts fresh here when another comment comes.
  const [stored, setLocal] = useState(() => freshPane(id, editRequest, replyRequest));
  let local = stored;
  if (stored.id !== id) {
    local = freshPane(id, editRequest, replyRequest);
    setLocal(local);
  }
  const { showFormatted, retryError } = local;
  const update = (change: Partial<PaneState>) => setLocal((s) => (s.id === id ? { ...s, ...change } : s));
  // The e shortcut counts up; a count above the one when this comment came means "edit now".
  // Same for r: pressed before the comment finished loading, it still opens the reply box.
  const editing = local.editingByClick || props.editRequest > local.editBase;
  const setEditing = (on: boolean) => update(on ? { editingByClick: true } : { editingByClick: false, editBase: props.editRequest });

  // A new comment is read from its top, as when the pane was new.
  const scroller = useRef<HTMLDivElement>(null);
  const scrolled = useRef(false);
  useLayoutEffect(() => {
    if (!scrolled.current || !scroller.current) return;
    scrolled.current = false;
    scroller.current.scrollTop = 0;
  }, [id]);

  const retry = async (commentId: number) => {
    try {
      const failed = await api.listOutbox({ failed: true });
      for (const item of failed.filter((i) => i.commentId === commentId)) await api.retryAction({ actionId: item.id });
      update({ retryError: null });
      actions.refresh();
    } catch (err) {
      update({ retryError: errorMessage(err) });
    }
  };

  if (id === null) {
    return (
      <section className="detail detail-empty" aria-label={t('region')}>
        <Icon name="approved" size={40} />
        <p>{t('nothingSelected')}</p>
        <p className="hint">
          <Trans t={t} i18nKey="hint" components={{ kbd: <kbd /> }} />
        </p>
      </section>
    );
  }
  if (error && (!comment || comment.id !== id)) {
    return (
      <section className="detail" aria-label={t('region')}>
        <div className="error-banner" role="alert">
          {t('openError', { reason: error })}
        </div>
      </section>
    );
  }
  if (!comment || comment.id !== id) {
    return (
      <section className="detail detail-empty" aria-label={t('region')} aria-busy="true">
        <span className="spinner" role="img" aria-label={t('common:loading')} />
      </section>
    );
  }

  const contentSpans = comment.flags.flatMap((f) => f.spans ?? []).filter((s) => s.field === 'content');
  const nameSpans = comment.flags.flatMap((f) => f.spans ?? []).filter((s) => s.field === 'author_name');
  const highlight = contentSpans.length > 0 && !showFormatted;

  return (
    <section className="detail" data-comment-id={comment.id} aria-label={t('regionBy', { who: decodeEntities(comment.authorName) || t('common:anonymousLower') })}>
      <div className="detail-scroll" ref={scroller} onScroll={(e) => (scrolled.current = e.currentTarget.scrollTop > 0)}>
        <header className="detail-header">
          {comment.post && (
            <p className="detail-post">
              <span className="muted">{t('on')}</span>
              <a href={comment.post.link} onClick={openLinkOnClick} className="post-link">
                {comment.post.title || t('untitledPost')}
              </a>
              <span className="muted"> · {comment.siteName}</span>
            </p>
          )}
          <div className="detail-author">
            <div className="avatar" aria-hidden="true">
              {(decodeEntities(comment.authorName) || '?').trim().charAt(0).toUpperCase()}
            </div>
            <div className="author-lines">
              <h1 className="author-name">
                {nameSpans.length > 0 ? (
                  markSpans(comment.authorName, nameSpans)
                ) : (
                  decodeEntities(comment.authorName) || t('common:anonymous')
                )}
                {comment.type !== 'comment' && <span className="badge neutral">{t(`common:commentType.${comment.type}`)}</span>}
              </h1>
              <p className="author-contact">
                {comment.authorEmail && <span>{comment.authorEmail}</span>}
                {comment.authorUrl && (
                  <a href={comment.authorUrl} onClick={openLinkOnClick} title={comment.authorUrl}>
                    {hostOf(comment.authorUrl)}
                  </a>
                )}
                {comment.authorIp && <span className="mono">{comment.authorIp}</span>}
              </p>
            </div>
            <div className="detail-status">
              <span className={`badge status-${comment.localStatus}`}>{statusLabel(comment.localStatus)}</span>
              {comment.pendingAction && (
                <span className="badge pending-action">{pendingActionLabel(comment.pendingAction)}</span>
              )}
              <time dateTime={comment.date} title={longDate(comment.date)}>
                {longDate(comment.date)}
              </time>
            </div>
          </div>
          {comment.failedReason && (
            <div className="error-banner" role="alert">
              {t('sendError', { reason: failedText(comment) })}{' '}
              <button type="button" className="link-button" onClick={() => void retry(comment.id)}>
                {t('common:tryAgain')}
              </button>
              {retryError && <span> — {retryError}</span>}
            </div>
          )}
        </header>

        <ActionBar comment={comment} onAction={props.onAction} onEdit={() => setEditing(true)} />

        {comment.parents.length > 0 && (
          <Thread title={t('inReplyTo')} items={comment.parents} onSelect={props.onSelect} />
        )}

        <article className="detail-content" aria-label={t('text')}>
          {editing ? (
            <EditBox
              key={comment.id}
              initial={comment.contentRaw}
              onCancel={() => setEditing(false)}
              onSave={async (text) => {
                if (await props.onEdit(comment.id, text)) setEditing(false);
              }}
            />
          ) : highlight ? (
            <HighlightedText text={comment.contentRaw} spans={contentSpans} />
          ) : (
            <CommentContent html={comment.contentHtml} />
          )}
          {contentSpans.length > 0 && !editing && (
            <button type="button" className="link-button small" onClick={() => update({ showFormatted: !showFormatted })}>
              {showFormatted ? t('showFlagged') : t('showFormatted')}
            </button>
          )}
        </article>

        <FlagsPanel flags={comment.flags} probability={comment.spamProbability} likelySpam={comment.likelySpam} score={comment.score} filter={comment.spamFilter} />

        <section className="panel" aria-labelledby="author-history">
          <h2 id="author-history" className="panel-title">
            {t('history.title')}
          </h2>
          <AuthorHistoryView comment={comment} />
        </section>

        {comment.replies.length > 0 && <Thread title={t('replies')} items={comment.replies} onSelect={props.onSelect} />}

        <ReplyBox key={comment.id} comment={comment} request={props.replyRequest} base={local.replyBase} onReply={props.onReply} />
      </div>
    </section>
  );
}

function ActionBar({
  comment,
  onAction,
  onEdit,
}: {
  comment: CommentDetail;
  onAction(kind: StatusAction, ids: number[]): void;
  onEdit(): void;
}) {
  const { t } = useTranslation('comment');
  const ids = [comment.id];
  const status = comment.localStatus;
  return (
    <div className="action-bar" role="toolbar" aria-label={t('actions.toolbar')}>
      {status !== 'approved' && (
        <button type="button" className="button primary" onClick={() => onAction('approve', ids)} aria-keyshortcuts="a">
          <Icon name="approved" /> {t('actions.approve')} <kbd>a</kbd>
        </button>
      )}
      {status === 'approved' && (
        <button type="button" className="button" onClick={() => onAction('unapprove', ids)} aria-keyshortcuts="u">
          <Icon name="pending" /> {t('actions.unapprove')} <kbd>u</kbd>
        </button>
      )}
      {status === 'spam' ? (
        <button type="button" className="button" onClick={() => onAction('unspam', ids)}>
          {t('actions.notSpam')}
        </button>
      ) : (
        <button type="button" className="button" onClick={() => onAction('spam', ids)} aria-keyshortcuts="s">
          <Icon name="spam" /> {t('actions.spam')} <kbd>s</kbd>
        </button>
      )}
      {status === 'trash' ? (
        <button type="button" className="button" onClick={() => onAction('restore', ids)}>
          {t('actions.restore')}
        </button>
      ) : (
        <button type="button" className="button" onClick={() => onAction('trash', ids)} aria-keyshortcuts="d">
          <Icon name="trash" /> {t('actions.trash')} <kbd>d</kbd>
        </button>
      )}
      <span className="toolbar-spacer" />
      <button type="button" className="button ghost" onClick={onEdit} aria-keyshortcuts="e">
        <Icon name="edit" /> {t('actions.edit')} <kbd>e</kbd>
      </button>
      {comment.link && (
        <button type="button" className="button ghost" onClick={() => void bridge.openExternal(comment.link)} title={t('actions.openTitle')}>
          <Icon name="link" /> {t('actions.open')}
        </button>
      )}
    </div>
  );
}

function Thread({ title, items, onSelect }: { title: string; items: CommentSummary[]; onSelect(id: number): void }) {
  const { t } = useTranslation();
  return (
    <section className="panel thread" aria-label={title}>
      <h2 className="panel-title">{title}</h2>
      <ol className="thread-list">
        {items.map((c) => (
          <li key={c.id}>
            <button type="button" className="thread-item" onClick={() => onSelect(c.id)}>
              <span className="thread-head">
                <strong>{decodeEntities(c.authorName) || t('anonymous')}</strong>
                <span className="muted">{shortDate(c.date)}</span>
                {c.localStatus !== 'approved' && (
                  <span className={`badge status-${c.localStatus}`}>{statusLabel(c.localStatus)}</span>
                )}
              </span>
              <span className="thread-excerpt">{decodeEntities(c.excerpt)}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

function FlagsPanel({
  flags,
  probability,
  likelySpam,
  score,
  filter,
}: {
  flags: Flag[];
  probability: number | null;
  likelySpam: boolean;
  score: number;
  filter: ModelStatus;
}) {
  const { t, i18n } = useTranslation('comment');
  const sorted = [...flags].sort((a, b) => b.weight - a.weight);
  return (
    <section className="panel" aria-labelledby="flags-title">
      <h2 id="flags-title" className="panel-title">
        {t('flags.title')}
        <span className={`verdict ${likelySpam ? 'danger' : 'ok'}`}>
          {likelySpam ? t('flags.likelySpam') : flags.length === 0 ? t('flags.looksFine') : t('flags.probablyFine')}
          {probability !== null && <> · {t('flags.spamPercent', { percent: Math.round(probability * 100) })}</>}
        </span>
      </h2>
      {sorted.length === 0 ? (
        <p className="muted">{t('flags.none')}</p>
      ) : (
        <ul className="flag-list">
          {sorted.map((flag, i) => (
            <li key={`${flag.kind}-${i}`} className={flag.weight < 0 ? 'reassuring' : 'worrying'}>
              <span className="flag-weight" role="img" aria-label={flag.weight < 0 ? t('flags.reassuring') : t('flags.worrying')}>
                {flag.weight < 0 ? '−' : '+'}
              </span>
              <span>{flagText(flag)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">{t('flags.score', { score: score.toLocaleString(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })}</p>
      {filter.learning && (
        <p className="muted small" data-testid="filter-learning">
          {t('flags.learning', { spam: filter.spamExamples, ham: filter.hamExamples, needed: 50 })}
        </p>
      )}
    </section>
  );
}

function AuthorHistoryView({ comment }: { comment: CommentDetail }) {
  const { t } = useTranslation('comment');
  const { local, site } = comment.author;
  const cells: [string, number, string][] = [
    [t('history.approved'), local.approved, 'ok'],
    [t('history.pending'), local.pending, 'neutral'],
    [t('history.spam'), local.spam, 'danger'],
    [t('history.trash'), local.trash, 'neutral'],
  ];
  return (
    <>
      <dl className="history-grid">
        {cells.map(([label, value, tone]) => (
          <div key={label} className={`history-cell ${tone}`}>
            <dt>{label}</dt>
            <dd>{formatNumber(value)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">
        {site
          ? t('history.onSite', { count: site.approved, date: shortDate(site.fetchedAt) })
          : local.approved + local.spam + local.trash === 0
            ? t('history.first')
            : t('history.local')}
      </p>
    </>
  );
}

function ReplyBox({
  comment,
  request,
  base,
  onReply,
}: {
  comment: CommentDetail;
  request: number;
  base: number;
  onReply(id: number, text: string, approve: boolean): Promise<boolean>;
}) {
  const { t } = useTranslation('comment');
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const savedReply = useSavedReplyInsert(comment, field, setText);
  // Focused in the commit itself (layout effect), so keys typed once the box is
  // on screen land in it, not in the queue's shortcuts.
  useLayoutEffect(() => {
    if (request > base) field.current?.focus();
  }, [request, base]);

  const send = async (approve: boolean) => {
    if (!text.trim() || sending) return;
    setSending(true);
    const ok = await onReply(comment.id, text, approve);
    setSending(false);
    if (ok) setText('');
  };
  const pending = comment.localStatus === 'pending';

  return (
    <section className="panel reply" aria-labelledby="reply-title">
      <h2 id="reply-title" className="panel-title">
        {t('reply.title', { who: decodeEntities(comment.authorName) || t('reply.thisComment') })}
      </h2>
      <textarea
        ref={field}
        className="reply-field"
        value={text}
        placeholder={t('reply.placeholder')}
        aria-label={t('reply.label')}
        rows={3}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void send(pending);
          } else if (e.key === 'Escape') {
            e.currentTarget.blur();
          } else {
            savedReply.onKey(e); // Ctrl+1…9
          }
        }}
      />
      <div className="reply-actions">
        <SavedReplyPicker onPick={savedReply.insert} />
        {pending && (
          <button type="button" className="button primary" disabled={!text.trim() || sending} onClick={() => void send(true)}>
            {t('reply.approveAndReply')}
          </button>
        )}
        <button type="button" className={`button${pending ? '' : ' primary'}`} disabled={!text.trim() || sending} onClick={() => void send(false)}>
          {t('reply.send')}
        </button>
      </div>
    </section>
  );
}

function EditBox({ initial, onSave, onCancel }: { initial: string; onSave(text: string): Promise<void>; onCancel(): void }) {
  const { t } = useTranslation(['comment', 'common']);
  const [text, setText] = useState(initial);
  const field = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    field.current?.focus();
  }, []);
  return (
    <div className="edit-box">
      <textarea
        ref={field}
        className="reply-field"
        value={text}
        rows={8}
        aria-label={t('edit.label')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void onSave(text);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          }
        }}
      />
      <div className="reply-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common:cancel')}
        </button>
        <button type="button" className="button primary" disabled={!text.trim() || text === initial} onClick={() => void onSave(text)}>
          {t('edit.save')}
        </button>
      </div>
    </div>
  );
}

/** What the moderator did in the pane for the comment shown: reset when another one is shown. */
interface PaneState {
  id: number | null;
  showFormatted: boolean;
  editingByClick: boolean;
  retryError: string | null;
  editBase: number;
  replyBase: number;
}

function freshPane(id: number | null, editRequest: number, replyRequest: number): PaneState {
  return { id, showFormatted: false, editingByClick: false, retryError: null, editBase: editRequest, replyBase: replyRequest };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
