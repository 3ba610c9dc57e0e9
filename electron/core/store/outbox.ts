// The outbox: one row per action to send to a site, in order per comment. Its reads, and the
// bookkeeping the push and the user's actions share (what a comment shows given its unsent actions).
import { AppError, type ErrorKind } from '../../../shared/errors';
import { coded } from '../../../shared/messages';
import type { OutboxItem, Problem } from '../../../shared/types';
import { statusAfter, type LocalStatus } from './action-kinds';
import { codeColumn, codedFields, toOutboxItem, UNSENT, type CommentRow, type OutboxRow } from './rows';
import { StorePart } from './store-part';

/** Why an action failed when it kept no error of its own. */
const REFUSED = coded('error.actionRefused');

export class Outbox extends StorePart {
  /** Unsent actions (queued, sending, failed), newest first; only failed ones with `failed`. */
  listOutbox(options: { failed?: boolean } = {}): OutboxItem[] {
    // The comment's type and author name the action in the reader's language ("Approuver le commentaire de Cyn").
    const sql = `SELECT o.*, c.type AS comment_type, c.author_name AS comment_author
      FROM outbox o LEFT JOIN comments c ON c.id = o.comment_id
      WHERE ${options.failed ? "o.state = 'failed'" : `o.state IN ${UNSENT}`} ORDER BY o.id DESC`;
    return (this.cachedStatement(sql).all() as OutboxRow[]).map(toOutboxItem);
  }

  /** Why this site's queued actions are waiting to be retried (the latest transient error), or null. */
  retryReason(siteId: number): Problem | null {
    const row = this
      .cachedStatement(`SELECT last_error, last_error_kind, last_error_code FROM outbox WHERE site_id = ? AND state = 'queued' AND last_error IS NOT NULL
        ORDER BY id DESC LIMIT 1`)
      .get(siteId) as { last_error: string; last_error_kind: string | null; last_error_code: string | null } | undefined;
    // Rows from before schema 3 have no kind: a plain error, never guessed from the words.
    return row ? { kind: (row.last_error_kind ?? 'internal') as ErrorKind, message: row.last_error, ...codedFields(row.last_error_code, 'code', 'params') } : null;
  }

  unsentCount(siteId: number): number {
    return this.cachedStatement("SELECT count(*) FROM outbox WHERE site_id = ? AND state IN ('queued', 'sending')")
      .pluck()
      .get(siteId) as number;
  }

  failedCount(siteId: number): number {
    return this.cachedStatement("SELECT count(*) FROM outbox WHERE site_id = ? AND state = 'failed'").pluck().get(siteId) as number;
  }

  requireAction(actionId: number): OutboxRow {
    const row = this.stmt.outboxById.get(actionId) as OutboxRow | undefined;
    if (!row) throw new AppError('not-found', coded('error.actionGone'));
    return row;
  }

  /**
   * Recomputes what the user sees from the last known server status and the
   * comment's unsent actions, applied in order.
   */
  refreshComment(commentId: number): void {
    const row = this.stmt.commentById.get(commentId) as CommentRow | undefined;
    if (!row) return;
    const unsent = this.stmt.unsentForComment.all(commentId) as OutboxRow[];
    let status: LocalStatus = row.server_status;
    let failed: { reason: string; code: string | null } | null = null;
    for (const a of unsent) {
      status = statusAfter(status, a.kind);
      if (a.state === 'failed' && failed === null) {
        // Its code too (schema 9), so the badge and the pane say it in the UI's language.
        failed = a.last_error === null ? { reason: REFUSED.english, code: codeColumn(REFUSED) } : { reason: a.last_error, code: a.last_error_code };
      }
    }
    this.stmt.setDerived.run(status, unsent[0]?.kind ?? null, failed?.reason ?? null, failed?.code ?? null, commentId);
  }

  obsoleteRest(commentId: number, reason: string): void {
    this.cachedStatement(`UPDATE outbox SET state = 'obsolete', last_error = ? WHERE comment_id = ? AND state IN ${UNSENT}`)
      .run(reason, commentId);
  }
}
