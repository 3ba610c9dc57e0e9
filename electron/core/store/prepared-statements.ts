// The statements of the store's per-row paths (ingest, re-flag, the outbox), prepared once
// when the store opens and shared by its parts. Other SQL comes from the StatementCache.
import { REFLAG_COLUMNS } from './comment-fields';
import type { Db } from './open-database';
import { UNSENT } from './rows';

export type PreparedStatements = ReturnType<typeof prepareStatements>;

export function prepareStatements(db: Db) {
  return {
    siteById: db.prepare('SELECT * FROM sites WHERE id = ?'),
    commentById: db.prepare('SELECT * FROM comments WHERE id = ?'),
    commentsByRemote: db.prepare(
      'SELECT * FROM comments WHERE site_id = ? AND remote_id IN (SELECT value FROM json_each(?))',
    ),
    insertComment: db.prepare(`INSERT INTO comments (site_id, remote_id, post_id, parent_remote_id,
      author_user_id, type, author_name, author_email, author_url, author_ip, author_user_agent, author_key,
      author_host, author_domain, date_gmt, content_raw, content_rendered, link, text_hash, server_status, local_status,
      flags, flags_sig, flag_count, score, likely_spam, spam_probability, fetched_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    updateComment: db.prepare(`UPDATE comments SET post_id = @post_id, parent_remote_id = @parent_remote_id,
      author_user_id = @author_user_id, type = @type, author_name = @author_name, author_email = @author_email,
      author_url = @author_url, author_ip = @author_ip, author_user_agent = @author_user_agent,
      author_key = @author_key, author_host = @author_host, author_domain = @author_domain, date_gmt = @date_gmt, content_raw = @content_raw,
      content_rendered = @content_rendered, link = @link, text_hash = @text_hash,
      server_status = @server_status, local_status = @server_status, flags = @flags, flags_sig = @flags_sig,
      flag_count = @flag_count,
      score = @score, likely_spam = @likely_spam, spam_probability = @spam_probability, fetched_at = @fetched_at
      WHERE id = @id`),
    // Arrays rather than row objects: every stored comment's content is read through here.
    reflagPage: db
      .prepare(`SELECT ${REFLAG_COLUMNS} FROM comments WHERE id > ? ORDER BY id LIMIT ?`)
      .raw(),
    reflagSitePage: db
      .prepare(`SELECT ${REFLAG_COLUMNS} FROM comments WHERE site_id = ? AND id > ? ORDER BY id LIMIT ?`)
      .raw(),
    reflagById: db.prepare(`SELECT ${REFLAG_COLUMNS} FROM comments WHERE id = ?`).raw(),
    reflagAuthors: db
      .prepare(`SELECT ${REFLAG_COLUMNS} FROM comments
        WHERE author_key IN (SELECT value FROM json_each(?)) AND site_id = ?`)
      .raw(),
    updateFlags: db.prepare(`UPDATE comments SET flags = ?, flags_sig = ?, flag_count = ?, score = ?, likely_spam = ?,
      spam_probability = ? WHERE id = ?`),
    ftsInsert: db.prepare(
      'INSERT INTO comments_fts (rowid, author_name, author_email, author_url, content) VALUES (?, ?, ?, ?, ?)',
    ),
    ftsDelete: db.prepare('DELETE FROM comments_fts WHERE rowid = ?'),
    deleteComment: db.prepare('DELETE FROM comments WHERE id = ?'),
    outboxById: db.prepare('SELECT * FROM outbox WHERE id = ?'),
    unsentForComment: db.prepare(`SELECT * FROM outbox WHERE comment_id = ? AND state IN ${UNSENT} ORDER BY id`),
    insertOutbox: db.prepare(`INSERT INTO outbox (client_id, site_id, comment_id, kind, payload, state,
      created_at, description, batch_id, undo_data)
      VALUES (?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?)`),
    setBatch: db.prepare('UPDATE outbox SET batch_id = ? WHERE id = ?'),
    setBatchRange: db.prepare('UPDATE outbox SET batch_id = ? WHERE id BETWEEN ? AND ?'),
    // undo_data keeps the status the comment showed before, so undoing a sent action can return to it.
    insertOutboxBatch: db.prepare(`INSERT INTO outbox (client_id, site_id, comment_id, kind, payload, state,
      created_at, description, batch_id, undo_data)
      SELECT j.value ->> 1, c.site_id, c.id, @kind, '{}', 'queued', @at,
        @verb || ' ' || CASE WHEN c.type = 'comment' THEN 'comment by ' ELSE c.type || ' from ' END
          || coalesce(nullif(trim(c.author_name, ' ' || char(9, 10, 13)), ''), 'anonymous'),
        0, json_object('status', c.local_status)
      FROM json_each(@items) AS j JOIN comments AS c ON c.id = j.value ->> 0
      WHERE c.local_status <> 'deleted'
      ORDER BY j.key`),
    markLocalBatch: db.prepare(`UPDATE comments SET local_status = ?, pending_action = coalesce(pending_action, ?)
      WHERE id IN (SELECT value FROM json_each(?))`),
    markLocal: db.prepare(
      'UPDATE comments SET local_status = ?, pending_action = coalesce(pending_action, ?) WHERE id = ?',
    ),
    setDerived: db.prepare(
      'UPDATE comments SET local_status = ?, pending_action = ?, failed_reason = ?, failed_code = ? WHERE id = ?',
    ),
  };
}
