// The right pane: one comment with everything needed to judge it — the post,
// the thread above it, its replies, the author's record, the flags and why.
import { useLayoutEffect, useRef, useState } from 'react';
import { flagReason } from '../../../shared/flags/reasons';
import type { CommentDetail, CommentSummary, Flag, ModelStatus, StatusAction } from '../../../shared/types';
import { longDate, shortDate } from '../format/dates';
import { decodeEntities } from '../format/entities';
import { PENDING_ACTION_LABEL, STATUS_LABEL } from '../format/labels';
import { actions, useApp } from '../state/app';
import { api, bridge, errorMessage } from '../transport/client';
import { CommentContent, openLinkOnClick } from './CommentContent';
import { HighlightedText, markSpans } from './HighlightedText';
import { Icon } from './Icon';

interface Props {
  id: number | null;
}

export function CommentPane({ id }: Props) {
  // Read from the store's cache: the comments around the selection are there before they are shown.
  const comment = useApp((s) => (id === null ? undefined : s.cache.entries.get(id))) ?? null;
  const error = useApp((s) => (id === null ? undefined : s.detailErrors.get(id))) ?? null;
  const replyRequest = useApp((s) => s.replyRequest);
  const editRequest = useApp((s) => s.editRequest);
  const [showFormatted, setShowFormatted] = useState(false);
  const [editingByClick, setEditingByClick] = useState(false);
  const [retryError, setRetryError] = useState<string | null>(null);
  const props = {
    replyRequest,
    editRequest,
    onAction: (kind: StatusAction, ids: number[]) => (kind === 'delete' ? actions.askDelete(ids) : void actions.decide(kind, ids)),
    onReply: actions.reply,
    onEdit: actions.edit,
    onSelect: actions.select,
  };

  // The pane is keyed by comment id, so state starts fresh for each comment; the e
  // shortcut counts up, and a count above the one at mount means "edit now".
  const [editBase, setEditBase] = useState(props.editRequest);
  // Same for r: pressed before the comment finished loading, it still opens the reply box.
  const [replyBase] = useState(props.replyRequest);
  const editing = editingByClick || props.editRequest > editBase;
  const setEditing = (on: boolean) => {
    setEditingByClick(on);
    if (!on) setEditBase(props.editRequest);
  };

  const retry = async (commentId: number) => {
    try {
      const failed = await api.listOutbox({ failed: true });
      for (const item of failed.filter((i) => i.commentId === commentId)) await api.retryAction({ actionId: item.id });
      setRetryError(null);
      actions.refresh();
    } catch (err) {
      setRetryError(errorMessage(err));
    }
  };

  if (id === null) {
    return (
      <section className="detail detail-empty" aria-label="Comment">
        <Icon name="approved" size={40} />
        <p>Nothing selected.</p>
        <p className="hint">
          Press <kbd>j</kbd> / <kbd>k</kbd> to move through the queue, <kbd>?</kbd> for every shortcut.
        </p>
      </section>
    );
  }
  if (error && (!comment || comment.id !== id)) {
    return (
      <section className="detail" aria-label="Comment">
        <div className="error-banner" role="alert">
          Couldn’t open this comment: {error}
        </div>
      </section>
    );
  }
  if (!comment || comment.id !== id) {
    return (
      <section className="detail detail-empty" aria-label="Comment" aria-busy="true">
        <span className="spinner" aria-label="Loading" />
      </section>
    );
  }

  const contentSpans = comment.flags.flatMap((f) => f.spans ?? []).filter((s) => s.field === 'content');
  const nameSpans = comment.flags.flatMap((f) => f.spans ?? []).filter((s) => s.field === 'author_name');
  const highlight = contentSpans.length > 0 && !showFormatted;

  return (
    <section className="detail" data-comment-id={comment.id} aria-label={`Comment by ${decodeEntities(comment.authorName) || 'anonymous'}`}>
      <div className="detail-scroll">
        <header className="detail-header">
          {comment.post && (
            <p className="detail-post">
              <span className="muted">On </span>
              <a href={comment.post.link} onClick={openLinkOnClick} className="post-link">
                {comment.post.title || 'Untitled post'}
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
                  decodeEntities(comment.authorName) || 'Anonymous'
                )}
                {comment.type !== 'comment' && <span className="badge neutral">{comment.type}</span>}
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
              <span className={`badge status-${comment.localStatus}`}>{STATUS_LABEL[comment.localStatus]}</span>
              {comment.pendingAction && (
                <span className="badge pending-action">{PENDING_ACTION_LABEL[comment.pendingAction]}</span>
              )}
              <time dateTime={comment.date} title={longDate(comment.date)}>
                {longDate(comment.date)}
              </time>
            </div>
          </div>
          {comment.failedReason && (
            <div className="error-banner" role="alert">
              Couldn’t send the last action: {comment.failedReason}{' '}
              <button type="button" className="link-button" onClick={() => void retry(comment.id)}>
                Try again
              </button>
              {retryError && <span> — {retryError}</span>}
            </div>
          )}
        </header>

        <ActionBar comment={comment} onAction={props.onAction} onEdit={() => setEditing(true)} />

        {comment.parents.length > 0 && (
          <Thread title="In reply to" items={comment.parents} onSelect={props.onSelect} />
        )}

        <article className="detail-content" aria-label="Comment text">
          {editing ? (
            <EditBox
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
            <button type="button" className="link-button small" onClick={() => setShowFormatted((v) => !v)}>
              {showFormatted ? 'Show flagged words' : 'Show as formatted'}
            </button>
          )}
        </article>

        <FlagsPanel flags={comment.flags} probability={comment.spamProbability} likelySpam={comment.likelySpam} score={comment.score} filter={comment.spamFilter} />

        <section className="panel" aria-labelledby="author-history">
          <h2 id="author-history" className="panel-title">
            Author history
          </h2>
          <AuthorHistoryView comment={comment} />
        </section>

        {comment.replies.length > 0 && <Thread title="Replies" items={comment.replies} onSelect={props.onSelect} />}

        <ReplyBox comment={comment} request={props.replyRequest} base={replyBase} onReply={props.onReply} />
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
  const ids = [comment.id];
  const status = comment.localStatus;
  return (
    <div className="action-bar" role="toolbar" aria-label="Moderate this comment">
      {status !== 'approved' && (
        <button type="button" className="button primary" onClick={() => onAction('approve', ids)} aria-keyshortcuts="a">
          <Icon name="approved" /> Approve <kbd>a</kbd>
        </button>
      )}
      {status === 'approved' && (
        <button type="button" className="button" onClick={() => onAction('unapprove', ids)} aria-keyshortcuts="u">
          <Icon name="pending" /> Unapprove <kbd>u</kbd>
        </button>
      )}
      {status === 'spam' ? (
        <button type="button" className="button" onClick={() => onAction('unspam', ids)}>
          Not spam
        </button>
      ) : (
        <button type="button" className="button" onClick={() => onAction('spam', ids)} aria-keyshortcuts="s">
          <Icon name="spam" /> Spam <kbd>s</kbd>
        </button>
      )}
      {status === 'trash' ? (
        <button type="button" className="button" onClick={() => onAction('restore', ids)}>
          Restore
        </button>
      ) : (
        <button type="button" className="button" onClick={() => onAction('trash', ids)} aria-keyshortcuts="d">
          <Icon name="trash" /> Trash <kbd>d</kbd>
        </button>
      )}
      <span className="toolbar-spacer" />
      <button type="button" className="button ghost" onClick={onEdit} aria-keyshortcuts="e">
        <Icon name="edit" /> Edit <kbd>e</kbd>
      </button>
      {comment.link && (
        <button type="button" className="button ghost" onClick={() => void bridge.openExternal(comment.link)} title="Open on the site">
          <Icon name="link" /> Open
        </button>
      )}
    </div>
  );
}

function Thread({ title, items, onSelect }: { title: string; items: CommentSummary[]; onSelect(id: number): void }) {
  return (
    <section className="panel thread" aria-label={title}>
      <h2 className="panel-title">{title}</h2>
      <ol className="thread-list">
        {items.map((c) => (
          <li key={c.id}>
            <button type="button" className="thread-item" onClick={() => onSelect(c.id)}>
              <span className="thread-head">
                <strong>{decodeEntities(c.authorName) || 'Anonymous'}</strong>
                <span className="muted">{shortDate(c.date)}</span>
                {c.localStatus !== 'approved' && (
                  <span className={`badge status-${c.localStatus}`}>{STATUS_LABEL[c.localStatus]}</span>
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
  const sorted = [...flags].sort((a, b) => b.weight - a.weight);
  return (
    <section className="panel" aria-labelledby="flags-title">
      <h2 id="flags-title" className="panel-title">
        Why it was held
        <span className={`verdict ${likelySpam ? 'danger' : 'ok'}`}>
          {likelySpam ? 'Likely spam' : flags.length === 0 ? 'Looks fine' : 'Probably fine'}
          {probability !== null && <> · {Math.round(probability * 100)}% spam</>}
        </span>
      </h2>
      {sorted.length === 0 ? (
        <p className="muted">No flag: nothing in the words, links or author looks like spam.</p>
      ) : (
        <ul className="flag-list">
          {sorted.map((flag, i) => (
            <li key={`${flag.kind}-${i}`} className={flag.weight < 0 ? 'reassuring' : 'worrying'}>
              <span className="flag-weight" aria-label={flag.weight < 0 ? 'reassuring' : 'worrying'}>
                {flag.weight < 0 ? '−' : '+'}
              </span>
              <span>{flagReason(flag)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">Score {score.toFixed(1)}</p>
      {filter.learning && (
        <p className="muted small" data-testid="filter-learning">
          This site&rsquo;s spam filter is still learning ({filter.spamExamples} spam and {filter.hamExamples} approved examples so far; it
          needs 50 of each): the verdict comes from the rules alone. Every approve and spam teaches it.
        </p>
      )}
    </section>
  );
}

function AuthorHistoryView({ comment }: { comment: CommentDetail }) {
  const { local, site } = comment.author;
  const cells: [string, number, string][] = [
    ['Approved', local.approved, 'ok'],
    ['Pending', local.pending, 'neutral'],
    ['Spam', local.spam, 'danger'],
    ['Trash', local.trash, 'neutral'],
  ];
  return (
    <>
      <dl className="history-grid">
        {cells.map(([label, value, tone]) => (
          <div key={label} className={`history-cell ${tone}`}>
            <dt>{label}</dt>
            <dd>{value.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">
        {site
          ? `${site.approved.toLocaleString()} approved on the site (checked ${shortDate(site.fetchedAt)}).`
          : local.approved + local.spam + local.trash === 0
            ? 'First comment from this author here.'
            : 'Counts from this computer.'}
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
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
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
        Reply to {decodeEntities(comment.authorName) || 'this comment'}
      </h2>
      <textarea
        ref={field}
        className="reply-field"
        value={text}
        placeholder="Write a reply… (Ctrl+Enter to send, Esc to leave)"
        aria-label="Reply text"
        rows={3}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void send(pending);
          } else if (e.key === 'Escape') {
            e.currentTarget.blur();
          }
        }}
      />
      <div className="reply-actions">
        {pending && (
          <button type="button" className="button primary" disabled={!text.trim() || sending} onClick={() => void send(true)}>
            Approve and reply
          </button>
        )}
        <button type="button" className={`button${pending ? '' : ' primary'}`} disabled={!text.trim() || sending} onClick={() => void send(false)}>
          Reply
        </button>
      </div>
    </section>
  );
}

function EditBox({ initial, onSave, onCancel }: { initial: string; onSave(text: string): Promise<void>; onCancel(): void }) {
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
        aria-label="Edit comment text"
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
          Cancel
        </button>
        <button type="button" className="button primary" disabled={!text.trim() || text === initial} onClick={() => void onSave(text)}>
          Save edit
        </button>
      </div>
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
