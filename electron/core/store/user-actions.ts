// The user's decisions: each is written first, as the local change and its outbox row in
// one transaction, and sent by the push later. Undo and retry of what is still in the outbox.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { coded, type CodedMessage, type MessageParams } from '../../../shared/messages';
import type { ActionKind, StatusAction } from '../../../shared/types';
import { actionVerb, describeAction, describeBatch, statusAfter, undoActionFor, type LocalStatus } from './action-kinds';
import { renderTypedText } from './comment-fields';
import type { Outbox } from './outbox';
import { textHash, toPlainText } from './plain-text';
import type { Rescore } from './rescore';
import { nowIso, type CommentRow, type OutboxRow } from './rows';
import { StorePart, type StoreShared } from './store-part';

export class UserActions extends StorePart {
  constructor(
    shared: StoreShared,
    private readonly outbox: Outbox,
    private readonly rescore: Rescore,
  ) {
    super(shared);
  }

  /**
   * The local change and one outbox row per comment, in one transaction. Returns the
   * new outbox ids, in the order of `commentIds`.
   */
  recordActions(commentIds: number[], kind: StatusAction): number[] {
    if (commentIds.length === 0) return [];
    // Set-based: one INSERT … SELECT and one UPDATE for the whole selection, so a bulk
    // action on 10,000 comments is two statements, not 20,000. The description is
    // built in SQL exactly as describeAction() builds it.
    return this.db.transaction(() => {
      const info = this.stmt.insertOutboxBatch.run({
        items: JSON.stringify(commentIds.map((id) => [id, randomUUID()])),
        kind,
        at: nowIso(),
        verb: actionVerb(kind),
      });
      if (info.changes !== commentIds.length) {
        const found = new Set(
          this.cachedStatement(`SELECT id FROM comments WHERE local_status <> 'deleted' AND id IN (SELECT value FROM json_each(?))`)
            .pluck()
            .all(JSON.stringify(commentIds)) as number[],
        );
        const missing = commentIds.find((id) => !found.has(id));
        throw new AppError('not-found', coded('error.commentGone', { id: missing ?? 0 }));
      }
      const last = Number(info.lastInsertRowid);
      const first = last - info.changes + 1; // rowids of one INSERT are consecutive (max(rowid) + 1 each)
      this.stmt.setBatchRange.run(first, first, last);
      this.stmt.markLocalBatch.run(statusAfter('pending', kind), kind, JSON.stringify(commentIds));
      if (statusAfter('pending', kind) === 'pending') this.backInQueue(commentIds);
      return Array.from({ length: info.changes }, (_, i) => first + i);
    })();
  }

  /** Queues a reply to the comment; the pusher posts it under `parentRemoteId`. */
  recordReply(commentId: number, text: string): number {
    if (text.trim() === '') throw new AppError('bad-input', coded('error.replyEmpty'));
    return this.db.transaction(() => {
      const c = this.requireVisibleComment(commentId);
      const payload = { text, parentRemoteId: c.remote_id, postId: c.post_id };
      return this.insertSingleAction(c, 'reply', payload, null);
    })();
  }

  /** Changes the comment's text locally at once and queues the edit. */
  recordEdit(commentId: number, text: string): number {
    if (text.trim() === '') throw new AppError('bad-input', coded('error.textEmpty'));
    return this.db.transaction(() => {
      const c = this.requireVisibleComment(commentId);
      const previous = JSON.stringify({ raw: c.content_raw, rendered: c.content_rendered });
      const id = this.insertSingleAction(c, 'edit', { text }, previous);
      this.setLocalContent(c, text, renderTypedText(text));
      return id;
    })();
  }

  private insertSingleAction(c: CommentRow, kind: ActionKind, payload: Record<string, unknown>, undoData: string | null): number {
    const info = this.stmt.insertOutbox.run(
      randomUUID(),
      c.site_id,
      c.id,
      kind,
      JSON.stringify(payload),
      nowIso(),
      describeAction(kind, c.type, c.author_name),
      0,
      undoData,
    );
    const id = Number(info.lastInsertRowid);
    this.stmt.setBatch.run(id, id);
    this.stmt.markLocal.run(statusAfter(c.local_status, kind), kind, c.id);
    if (statusAfter(c.local_status, kind) === 'pending') this.backInQueue([c.id]);
    return id;
  }

  /**
   * Comments put back in the queue (unapproved, not spam, restored, or a decision undone) may
   * have come in approved, spam or trashed, when their author's site history is not read: the
   * next sync's author-history step looks (migration 006).
   */
  private backInQueue(commentIds: readonly number[]): void {
    this.cachedStatement(`UPDATE sites SET author_history_wanted = author_history_wanted + 1
        WHERE id IN (SELECT site_id FROM comments WHERE id IN (SELECT value FROM json_each(?)))`)
      .run(JSON.stringify(commentIds));
  }

  private setLocalContent(c: CommentRow, raw: string, rendered: string): void {
    this.cachedStatement('UPDATE comments SET content_raw = ?, content_rendered = ?, text_hash = ? WHERE id = ?')
      .run(raw, rendered, textHash(raw), c.id);
    this.stmt.ftsDelete.run(c.id);
    this.stmt.ftsInsert.run(c.id, c.author_name, c.author_email, c.author_url, toPlainText(raw));
    // New words, new links: the flags and the verdict follow the text the user sees.
    this.rescore.rescoreComment(c.id);
  }

  private requireVisibleComment(commentId: number): CommentRow {
    const c = this.stmt.commentById.get(commentId) as CommentRow | undefined;
    if (!c || c.local_status === 'deleted') {
      throw new AppError('not-found', coded('error.commentGone', { id: commentId }));
    }
    return c;
  }

  /**
   * Takes back an action — by default the user's last one (a whole bulk action); given ids
   * (what a bulk act returned), all of them in this one transaction.
   * Not yet sent: dropped, and the comment shows its status without it. Already
   * sent: the opposite action is queued. A sent delete, reply or edit cannot be
   * taken back. Returns what was undone, or null when there was nothing to undo, and in
   * `reverted` the decisions taken back, so the spam filter can forget what it learned from them.
   */
  undo(target?: number | readonly number[]): {
    undone: string | null;
    undoneMessage: CodedMessage | null;
    reverted: { commentId: number; kind: ActionKind }[];
  } {
    const actionId = typeof target === 'number' ? target : undefined;
    return this.db.transaction(() => {
      const reverted: { commentId: number; kind: ActionKind }[] = [];
      let batch: OutboxRow[];
      if (Array.isArray(target)) {
        // Those already undone (or made pointless by the site) are left out; if that is all of them, say so.
        batch = (
          this.cachedStatement(`SELECT * FROM outbox WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`).all(
            JSON.stringify(target),
          ) as OutboxRow[]
        ).filter((row) => row.state !== 'cancelled' && row.state !== 'obsolete');
        if (batch.length === 0) throw new AppError('conflict', coded('undo.alreadyUndoneAll'));
      } else if (actionId === undefined) {
        const last = this.cachedStatement(`SELECT batch_id FROM outbox WHERE state IN ('queued', 'sending', 'failed', 'done') ORDER BY id DESC LIMIT 1`)
          .get() as { batch_id: number } | undefined;
        if (!last) return { undone: null, undoneMessage: null, reverted };
        batch = this.cachedStatement(`SELECT * FROM outbox WHERE batch_id = ? AND state IN ('queued', 'sending', 'failed', 'done') ORDER BY id`)
          .all(last.batch_id) as OutboxRow[];
      } else {
        const row = this.outbox.requireAction(actionId);
        if (row.state === 'cancelled' || row.state === 'obsolete') {
          throw new AppError('conflict', coded('undo.alreadyUndone', this.decision(row)));
        }
        batch = [row];
      }
      const refusals: CodedMessage[] = [];
      let undone = 0;
      const cancel = this.cachedStatement("UPDATE outbox SET state = 'cancelled' WHERE id = ?");
      let inverseBatch = 0;
      for (const a of batch) {
        if (a.state === 'queued' || a.state === 'failed') {
          cancel.run(a.id);
          if (a.kind === 'edit' && a.undo_data) {
            const prev = JSON.parse(a.undo_data) as { raw: string; rendered: string };
            const c = this.stmt.commentById.get(a.comment_id) as CommentRow | undefined;
            if (c) this.setLocalContent(c, prev.raw, prev.rendered);
          }
          this.outbox.refreshComment(a.comment_id);
          reverted.push({ commentId: a.comment_id, kind: a.kind });
          undone++;
          continue;
        }
        // Sent, or being sent right now: only its opposite can take it back.
        const before = a.undo_data && a.kind !== 'edit' ? (JSON.parse(a.undo_data) as { status?: LocalStatus }).status : undefined;
        const inverse = undoActionFor(a.kind, before);
        const c = this.stmt.commentById.get(a.comment_id) as CommentRow | undefined;
        if (!inverse || !c || c.local_status === 'deleted') {
          refusals.push(this.whyNotUndoable(a));
          continue;
        }
        const info = this.stmt.insertOutbox.run(
          randomUUID(),
          c.site_id,
          c.id,
          inverse,
          '{}',
          nowIso(),
          describeAction(inverse, c.type, c.author_name),
          inverseBatch,
          null,
        );
        const id = Number(info.lastInsertRowid);
        if (inverseBatch === 0) {
          inverseBatch = id;
          this.stmt.setBatch.run(id, id);
        }
        this.stmt.markLocal.run(statusAfter(c.local_status, inverse), inverse, c.id);
        if (statusAfter(c.local_status, inverse) === 'pending') this.backInQueue([c.id]);
        reverted.push({ commentId: a.comment_id, kind: a.kind });
        undone++;
      }
      if (undone === 0) throw new AppError('conflict', refusals[0] ?? coded('undo.nothing'));
      const first = batch[0]!;
      const undoneMessage = batch.length === 1 ? coded('undo.decision', this.decision(first)) : coded(`batch.${first.kind}`, { count: batch.length });
      return { undone: batch.length === 1 ? first.description : describeBatch(first.kind, batch.length), undoneMessage, reverted };
    })();
  }

  private whyNotUndoable(a: OutboxRow): CodedMessage {
    const code = a.kind === 'delete' ? 'undo.deletedOnSite' : a.kind === 'reply' ? 'undo.replyOnSite' : a.kind === 'edit' ? 'undo.editOnSite' : 'undo.commentGone';
    return coded(code, this.decision(a));
  }

  /** What a surface needs to name a decision in its language ("Approve comment by Cyn"): see shared/messages.ts. */
  private decision(a: OutboxRow): MessageParams {
    const c = this.stmt.commentById.get(a.comment_id) as CommentRow | undefined;
    return { action: a.kind, type: c?.type ?? 'comment', author: c?.author_name ?? '' };
  }

  /** A failed action goes back to the queue, to be sent at the next push. */
  retryAction(actionId: number): void {
    this.db.transaction(() => {
      const a = this.outbox.requireAction(actionId);
      if (a.state !== 'failed') throw new AppError('bad-input', coded('undo.notFailed', this.decision(a)));
      this.cachedStatement("UPDATE outbox SET state = 'queued', next_attempt_at = NULL WHERE id = ?").run(actionId);
      this.outbox.refreshComment(a.comment_id);
    })();
  }
}
