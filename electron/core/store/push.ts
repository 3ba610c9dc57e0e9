// The push's side of the outbox: claim the next actions of a site, then record what the
// site answered — done, retry later, failed, or no longer needed.
import type { Problem } from '../../../shared/types';
import type { PendingAction, RemoteComment } from '../sync/ports';
import { statusAfter } from './action-kinds';
import { remoteFields } from './comment-fields';
import type { Ingest } from './ingest';
import type { Outbox } from './outbox';
import { toPlainText } from './plain-text';
import { codeColumn, nowIso, UNSENT, type CommentRow, type OutboxRow, type SiteRow } from './rows';
import { StorePart, type StoreShared } from './store-part';

export class Push extends StorePart {
  constructor(
    shared: StoreShared,
    private readonly outbox: Outbox,
    private readonly ingest: Ingest,
  ) {
    super(shared);
  }

  requeueInterrupted(): number {
    return this.cachedStatement("UPDATE outbox SET state = 'queued' WHERE state = 'sending'").run().changes;
  }

  claimActions(siteId: number, now: Date, limit: number): PendingAction[] {
    const site = this.stmt.siteById.get(siteId) as SiteRow | undefined;
    if (!site || site.paused_reason !== null) return [];
    return this.db.transaction(() => {
      const rows = this.cachedStatement(
          `SELECT o.*, c.remote_id, c.post_id, c.author_ip, c.author_user_agent FROM outbox o
           JOIN comments c ON c.id = o.comment_id
           WHERE o.site_id = ? AND o.state = 'queued' AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?)
             AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.comment_id = o.comment_id
                             AND e.state IN ${UNSENT} AND e.id < o.id)
           ORDER BY o.id LIMIT ?`,
        )
        .all(siteId, now.toISOString(), limit) as (OutboxRow & {
        remote_id: number;
        post_id: number;
        author_ip: string;
        author_user_agent: string;
      })[];
      const mark = this.cachedStatement("UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ?");
      return rows.map((r): PendingAction => {
        mark.run(r.id);
        return {
          id: r.id,
          clientId: r.client_id,
          siteId: r.site_id,
          commentId: r.comment_id,
          remoteId: r.remote_id,
          postId: r.post_id,
          kind: r.kind,
          payload: JSON.parse(r.payload) as Record<string, unknown>,
          attempts: r.attempts + 1,
          authorIp: r.author_ip,
          authorUserAgent: r.author_user_agent,
        };
      });
    })();
  }

  completeAction(actionId: number, comment: RemoteComment | null, extra?: Record<string, unknown>): void {
    this.db.transaction(() => {
      const action = this.outbox.requireAction(actionId);
      const payload = { ...(JSON.parse(action.payload) as Record<string, unknown>), ...extra };
      this.cachedStatement("UPDATE outbox SET state = 'done', payload = ?, last_error = NULL, last_error_kind = NULL, next_attempt_at = NULL WHERE id = ?")
        .run(JSON.stringify(payload), actionId);
      const stored = this.stmt.commentById.get(action.comment_id) as CommentRow | undefined;
      if (!stored) return;
      if (action.kind === 'delete') {
        this.outbox.obsoleteRest(action.comment_id, 'The comment was deleted.');
        this.ingest.deleteCommentRow(action.comment_id);
        return;
      }
      if (action.kind === 'reply') {
        // The answer is the new reply: store it as a comment of its own.
        if (comment) this.ingest.upsertRows(action.site_id, [comment]);
      } else if (comment) {
        this.applyServerState(stored, comment);
      } else {
        const after = statusAfter(stored.server_status, action.kind);
        if (after !== 'deleted') {
          this.cachedStatement('UPDATE comments SET server_status = ? WHERE id = ?').run(after, stored.id);
        }
      }
      this.outbox.refreshComment(action.comment_id);
    })();
  }

  /** Writes what the site answered as the comment's server state, without touching flags. */
  private applyServerState(stored: CommentRow, c: RemoteComment): void {
    const f = remoteFields(c);
    this.cachedStatement(`UPDATE comments SET server_status = ?, content_raw = ?, content_rendered = ?, text_hash = ?,
        fetched_at = ? WHERE id = ?`)
      .run(f.server_status, f.content_raw, f.content_rendered, f.text_hash, nowIso(), stored.id);
    if (stored.content_raw !== c.content_raw) {
      this.stmt.ftsDelete.run(stored.id);
      this.stmt.ftsInsert.run(stored.id, stored.author_name, stored.author_email, stored.author_url, toPlainText(c.content_raw));
    }
  }

  updateActionPayload(actionId: number, payload: Record<string, unknown>): void {
    this.outbox.requireAction(actionId);
    this.cachedStatement('UPDATE outbox SET payload = ? WHERE id = ?').run(JSON.stringify(payload), actionId);
  }

  retryActionLater(actionId: number, error: Problem, retryAt: Date): void {
    this.outbox.requireAction(actionId);
    this.cachedStatement("UPDATE outbox SET state = 'queued', last_error = ?, last_error_kind = ?, last_error_code = ?, next_attempt_at = ? WHERE id = ?")
      .run(error.message, error.kind, codeColumn(error), retryAt.toISOString(), actionId);
  }

  failAction(actionId: number, error: string | Pick<Problem, 'message' | 'code' | 'params'>): void {
    this.db.transaction(() => {
      const action = this.outbox.requireAction(actionId);
      const [text, code] = typeof error === 'string' ? [error, null] : [error.message, codeColumn(error)];
      this.cachedStatement("UPDATE outbox SET state = 'failed', last_error = ?, last_error_code = ? WHERE id = ?").run(text, code, actionId);
      this.outbox.refreshComment(action.comment_id);
    })();
  }

  obsoleteAction(actionId: number, reason: string): void {
    this.db.transaction(() => {
      const action = this.outbox.requireAction(actionId);
      this.cachedStatement("UPDATE outbox SET state = 'obsolete', last_error = ? WHERE id = ?").run(reason, actionId);
      this.outbox.obsoleteRest(action.comment_id, reason);
      if (this.stmt.commentById.get(action.comment_id)) this.ingest.deleteCommentRow(action.comment_id);
    })();
  }
}
