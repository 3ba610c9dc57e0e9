// What the pull writes: the site's comments (flagged as they arrive, never over an unsent
// local action), post titles, comments gone from the site, and authors' site history.
import type { RemoteComment, RemotePost, UpsertResult } from '../sync/ports';
import { flagColumns, remoteFields, sameAsStored, subjectOf } from './comment-fields';
import type { ContextItem } from './flag-context';
import type { Rescore } from './rescore';
import { nowIso, type CommentRow } from './rows';
import type { Sites } from './sites';
import { StorePart, type StoreShared } from './store-part';

export class Ingest extends StorePart {
  constructor(
    shared: StoreShared,
    private readonly sites: Sites,
    private readonly rescore: Rescore,
  ) {
    super(shared);
  }

  pendingRemoteIds(siteId: number): Set<number> {
    const rows = this.cachedStatement("SELECT remote_id FROM comments WHERE site_id = ? AND server_status = 'pending'")
      .pluck()
      .all(siteId) as number[];
    return new Set(rows);
  }

  pendingCount(siteId: number): number {
    return this.cachedStatement("SELECT count(*) FROM comments WHERE site_id = ? AND server_status = 'pending'").pluck().get(siteId) as number;
  }

  pendingAmong(siteId: number, remoteIds: number[]): Set<number> {
    const rows = this.cachedStatement(
        "SELECT remote_id FROM comments WHERE site_id = ? AND server_status = 'pending' AND remote_id IN (SELECT value FROM json_each(?))",
      )
      .pluck()
      .all(siteId, JSON.stringify(remoteIds)) as number[];
    return new Set(rows);
  }

  storedRemoteIds(siteId: number, remoteIds: number[]): Set<number> {
    const rows = this.cachedStatement('SELECT remote_id FROM comments WHERE site_id = ? AND remote_id IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(siteId, JSON.stringify(remoteIds)) as number[];
    return new Set(rows);
  }

  upsertComments(siteId: number, comments: RemoteComment[]): UpsertResult {
    this.sites.requireSite(siteId);
    return this.withoutWaitingForDisk(() => this.db.transaction(() => this.upsertRows(siteId, comments))());
  }

  /**
   * Runs a commit of what the site sent at synchronous = NORMAL instead of FULL: in WAL mode it
   * never corrupts the database and survives Moderato being killed, but a power cut may roll back
   * the last such commits — harmless for comments the next sync fetches again, and it spares a
   * first sync one wait for the disk per page (0.7 s of a 10,000-comment first sync, profiled). The
   * user's decisions (outbox) keep FULL (open-database.ts): the setting is restored at once.
   */
  private withoutWaitingForDisk<T>(work: () => T): T {
    if (this.db.inTransaction) return work();
    this.db.pragma('synchronous = NORMAL');
    try {
      return work();
    } finally {
      this.db.pragma('synchronous = FULL');
    }
  }

  /** Runs in the caller's transaction: upsertComments', or the push's when it stores a reply the site created. */
  upsertRows(siteId: number, comments: RemoteComment[]): UpsertResult {
    const result: UpsertResult = { inserted: [], updated: [], protected: [] };
    const fetchedAt = nowIso();
    const work: { c: RemoteComment; old: CommentRow | undefined; fields: ReturnType<typeof remoteFields> }[] = [];
    const seen = new Set<number>();
    // One query for the stored copies of the whole page instead of one per comment.
    const stored = new Map<number, CommentRow>();
    for (const row of this.stmt.commentsByRemote.all(siteId, JSON.stringify(comments.map((c) => c.id))) as CommentRow[]) {
      stored.set(row.remote_id, row);
    }
    for (const c of comments) {
      if (seen.has(c.id)) continue; // a page listed twice by the site: the first copy wins
      seen.add(c.id);
      const old = stored.get(c.id);
      if (old && old.pending_action !== null) {
        result.protected.push(c.id);
        continue;
      }
      if (old && sameAsStored(old, c)) continue;
      work.push({ c, old, fields: remoteFields(c) });
    }
    if (work.length === 0) return result;

    const items: ContextItem[] = work.map(({ old, fields: f }) => ({
      now: { siteId, key: f.author_key, ip: f.author_ip, hash: f.text_hash, host: f.author_host, domain: f.author_domain, type: f.type, status: f.local_status, ...(old ? { id: old.id } : {}) },
      old: old ? subjectOf(old) : null,
    }));
    // Arriving texts are sketched to find a campaign's copies with a few words changed (queue-texts.ts).
    const sketches = work.map(({ c }) => this.contexts.sketch(c.content_raw));
    const { contexts, alike } = this.contexts.arriving(items, sketches);

    for (let i = 0; i < work.length; i++) {
      const { c, old, fields } = work[i]!;
      const flagResult = this.shared.scorer(
        {
          content: c.content_raw,
          author_name: c.author_name,
          author_email: c.author_email,
          author_url: c.author_url,
          author_ip: c.author_ip,
          type: c.type,
        },
        contexts[i]!,
        siteId,
      );
      const row = Object.assign(fields, flagColumns(flagResult), { fetched_at: fetchedAt });
      let id: number;
      const written = (commentId: number) =>
        this.contexts.written(siteId, commentId, sketches[i]!, fields.local_status === 'pending' && fields.type === 'comment', contexts[i]!.similarTextAuthors ?? 0);
      if (old) {
        id = old.id;
        this.stmt.updateComment.run(Object.assign(row, { id }));
        written(id);
        result.updated.push(c.id);
        if (
          old.content_raw === c.content_raw &&
          old.author_name === c.author_name &&
          old.author_email === c.author_email &&
          old.author_url === c.author_url
        ) {
          continue;
        }
        this.stmt.ftsDelete.run(id);
      } else {
        // Positional parameters: binding ~26 values by name costs more on the ingest path.
        id = Number(
          this.stmt.insertComment.run(
            siteId, c.id, row.post_id, row.parent_remote_id, row.author_user_id, row.type, row.author_name,
            row.author_email, row.author_url, row.author_ip, row.author_user_agent, row.author_key, row.author_host, row.author_domain,
            row.date_gmt, row.content_raw, row.content_rendered, row.link, row.text_hash, row.server_status,
            row.server_status, row.flags, row.flags_sig, row.flag_count, row.score, row.likely_spam, row.spam_probability,
            row.fetched_at,
          ).lastInsertRowid,
        );
        result.inserted.push(c.id);
        written(id);
      }
      this.stmt.ftsInsert.run(id, c.author_name, c.author_email, c.author_url, fields.plain);
    }
    // The earlier copies of a campaign now have one more author alike: they move up with the new ones.
    this.rescore.rescoreComments(alike);
    const queued = work.filter((w) => w.fields.local_status === 'pending' && w.c.author_email !== '').map((w) => w.fields.author_key);
    if (queued.length > 0) this.countAuthorsWithoutHistory(siteId, queued);
    return result;
  }

  /**
   * Pending comments were written for these authors: if one has no site history yet, the next
   * author-history step must look for them (authorHistoryProgress; migration 006). In the
   * writer's transaction, so a sync killed before the history leaves the look due.
   */
  countAuthorsWithoutHistory(siteId: number, authorKeys: readonly string[]): void {
    this.cachedStatement(`UPDATE sites SET author_history_wanted = author_history_wanted + 1
        WHERE id = ? AND EXISTS (SELECT 1 FROM json_each(?) AS j
          WHERE NOT EXISTS (SELECT 1 FROM author_history AS h WHERE h.site_id = ? AND h.email = j.value))`)
      .run(siteId, JSON.stringify(authorKeys), siteId);
  }

  upsertPosts(siteId: number, posts: RemotePost[]): void {
    const stmt = this.cachedStatement(`INSERT INTO posts (site_id, remote_id, title, link) VALUES (?, ?, ?, ?)
      ON CONFLICT (site_id, remote_id) DO UPDATE SET title = excluded.title, link = excluded.link`);
    this.db.transaction(() => {
      for (const p of posts) stmt.run(siteId, p.id, p.title, p.link);
    })();
  }

  missingPostIds(siteId: number, postIds: number[]): number[] {
    const known = new Set(
      this.cachedStatement('SELECT remote_id FROM posts WHERE site_id = ? AND remote_id IN (SELECT value FROM json_each(?))')
        .pluck()
        .all(siteId, JSON.stringify(postIds)) as number[],
    );
    return [...new Set(postIds)].filter((id) => !known.has(id));
  }

  removeGone(siteId: number, remoteIds: number[]): number[] {
    const rows = this.cachedStatement(
        `SELECT id, remote_id FROM comments WHERE site_id = ? AND pending_action IS NULL
         AND remote_id IN (SELECT value FROM json_each(?))`,
      )
      .all(siteId, JSON.stringify(remoteIds)) as { id: number; remote_id: number }[];
    this.db.transaction(() => {
      for (const r of rows) this.deleteCommentRow(r.id);
    })();
    return rows.map((r) => r.remote_id);
  }

  deleteCommentRow(id: number): void {
    this.stmt.ftsDelete.run(id);
    this.stmt.deleteComment.run(id);
  }

  authorsWithoutSiteHistory(siteId: number, emails: string[]): string[] {
    const wanted = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== ''))];
    const known = new Set(
      this.cachedStatement('SELECT email FROM author_history WHERE site_id = ? AND email IN (SELECT value FROM json_each(?))')
        .pluck()
        .all(siteId, JSON.stringify(wanted)) as string[],
    );
    return wanted.filter((e) => !known.has(e));
  }

  /** Authors of pending comments whose site history was never fetched, newest comment first. */
  pendingAuthorsWithoutHistory(siteId: number, limit?: number): string[] {
    return this
      .cachedStatement(`SELECT c.author_key FROM comments AS c
        WHERE c.site_id = ? AND c.local_status = 'pending' AND c.author_email <> ''
          AND NOT EXISTS (SELECT 1 FROM author_history AS h WHERE h.site_id = c.site_id AND h.email = c.author_key)
        GROUP BY c.author_key ORDER BY max(c.date_gmt) DESC LIMIT ?`)
      .pluck()
      .all(siteId, limit ?? -1) as string[]; // a negative LIMIT is none
  }

  /**
   * How many writes put pending comments of authors without history in the queue (counted by
   * countAuthorsWithoutHistory and user-actions.ts), and up to which count a finished
   * author-history step covered them. The resume query above is needed only while wanted > done.
   */
  authorHistoryProgress(siteId: number): { wanted: number; done: number } {
    return this.cachedStatement('SELECT author_history_wanted AS wanted, author_history_done AS done FROM sites WHERE id = ?').get(siteId) as
      | { wanted: number; done: number }
      | undefined ?? { wanted: 0, done: 0 };
  }

  /** Every author counted up to `wanted` has a history now (never moves backwards). */
  setAuthorHistoryDone(siteId: number, wanted: number): void {
    this.cachedStatement('UPDATE sites SET author_history_done = max(author_history_done, ?) WHERE id = ?').run(wanted, siteId);
  }

  setSiteAuthorHistory(siteId: number, email: string, approvedOnSite: number): void {
    this.setSiteAuthorHistories(siteId, new Map([[email, approvedOnSite]]));
  }

  /**
   * Every author's count in one transaction: a first sync meets thousands of new authors at once.
   * Returns the authors whose count changed, an unknown history counting as 0 (as the flags read it).
   */
  setSiteAuthorHistories(siteId: number, approvedByEmail: ReadonlyMap<string, number>): string[] {
    const counts = new Map([...approvedByEmail].map(([email, n]) => [email.trim().toLowerCase(), n]));
    const stmt = this.cachedStatement(`INSERT INTO author_history (site_id, email, approved_on_site, fetched_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (site_id, email) DO UPDATE SET approved_on_site = excluded.approved_on_site,
        fetched_at = excluded.fetched_at`);
    const fetchedAt = nowIso();
    return this.db.transaction(() => {
      const before = new Map(
        (this.cachedStatement('SELECT email, approved_on_site FROM author_history WHERE site_id = ? AND email IN (SELECT value FROM json_each(?))')
          .raw()
          .all(siteId, JSON.stringify([...counts.keys()])) as [string, number][]),
      );
      for (const [email, approved] of counts) stmt.run(siteId, email, approved, fetchedAt);
      return [...counts].filter(([email, n]) => (before.get(email) ?? 0) !== n).map(([email]) => email);
    })();
  }
}
