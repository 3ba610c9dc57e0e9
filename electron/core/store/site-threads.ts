// What the approved-comments sync (sync/pull-approved.ts) keeps besides the comments: who the
// site's users that answer readers are, the posts' authors, and how far its listing got.
import type { RemotePost } from '../sync/ports';
import { StorePart } from './store-part';

export interface ApprovedSyncState {
  /** Newest date_gmt an approved listing returned; the next one asks for what is newer. */
  newestDate: string | null;
  /** The window start the last full listing covered, and when it ran (ISO UTC). */
  fullSince: string | null;
  fullAt: string | null;
  /** When the site's users were last read. */
  staffAt: string | null;
}

export class SiteThreads extends StorePart {
  approvedSyncState(siteId: number): ApprovedSyncState {
    const row = this.cachedStatement('SELECT newest_date, full_since, full_at, staff_at FROM approved_sync WHERE site_id = ?').get(siteId) as
      | { newest_date: string | null; full_since: string | null; full_at: string | null; staff_at: string | null }
      | undefined;
    return {
      newestDate: row?.newest_date ?? null,
      fullSince: row?.full_since ?? null,
      fullAt: row?.full_at ?? null,
      staffAt: row?.staff_at ?? null,
    };
  }

  setApprovedSyncState(siteId: number, change: Partial<ApprovedSyncState>): void {
    const next = { ...this.approvedSyncState(siteId), ...change };
    this.cachedStatement(`INSERT INTO approved_sync (site_id, newest_date, full_since, full_at, staff_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (site_id) DO UPDATE SET newest_date = excluded.newest_date, full_since = excluded.full_since,
        full_at = excluded.full_at, staff_at = excluded.staff_at`).run(siteId, next.newestDate, next.fullSince, next.fullAt, next.staffAt);
  }

  /** Replaces the site's users whose replies answer readers (user ids; the account Moderato uses among them). */
  setSiteStaff(siteId: number, userIds: readonly number[], at: string): void {
    this.db.transaction(() => {
      this.cachedStatement('DELETE FROM site_staff WHERE site_id = ?').run(siteId);
      const add = this.cachedStatement('INSERT OR IGNORE INTO site_staff (site_id, user_id) VALUES (?, ?)');
      for (const id of userIds) if (id > 0) add.run(siteId, id);
      this.setApprovedSyncState(siteId, { staffAt: at });
    })();
  }

  siteStaff(siteId: number): number[] {
    return this.cachedStatement('SELECT user_id FROM site_staff WHERE site_id = ? ORDER BY user_id').pluck().all(siteId) as number[];
  }

  /** Posts of approved comments dated from `since` on whose author was never read (0 means "looked, unknown"). */
  postsWithoutAuthor(siteId: number, since: string): number[] {
    // `+c.post_id`: without it SQLite walks the site's every comment by post (for the DISTINCT)
    // instead of the window's approved ones by date — 50 ms a sync at 100,000 pending, profiled.
    return this.cachedStatement(`SELECT DISTINCT c.post_id FROM comments AS c
        WHERE c.site_id = ? AND c.local_status = 'approved' AND c.date_gmt >= ? AND +c.post_id > 0
          AND NOT EXISTS (SELECT 1 FROM posts AS p WHERE p.site_id = c.site_id AND p.remote_id = c.post_id AND p.author_id IS NOT NULL)`)
      .pluck()
      .all(siteId, since) as number[];
  }

  /** Titles, links and authors of posts; ids asked for but not found are marked as looked up (author 0). */
  setPostAuthors(siteId: number, posts: readonly RemotePost[], asked: readonly number[]): void {
    const upsert = this.cachedStatement(`INSERT INTO posts (site_id, remote_id, title, link, author_id) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (site_id, remote_id) DO UPDATE SET title = excluded.title, link = excluded.link, author_id = excluded.author_id`);
    const unknown = this.cachedStatement(`INSERT INTO posts (site_id, remote_id, title, link, author_id) VALUES (?, ?, '', '', 0)
      ON CONFLICT (site_id, remote_id) DO UPDATE SET author_id = 0`);
    this.db.transaction(() => {
      const found = new Set<number>();
      for (const p of posts) {
        upsert.run(siteId, p.id, p.title, p.link, p.author ?? 0);
        found.add(p.id);
      }
      for (const id of asked) if (!found.has(id)) unknown.run(siteId, id);
    })();
  }

  /** Remote ids of the site's comments stored as approved on the site and dated from `since` on. */
  approvedRemoteIdsSince(siteId: number, since: string): number[] {
    return this.cachedStatement(
      "SELECT remote_id FROM comments WHERE site_id = ? AND server_status = 'approved' AND date_gmt >= ? AND local_status <> 'deleted'",
    )
      .pluck()
      .all(siteId, since) as number[];
  }
}
