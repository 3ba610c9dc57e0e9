// What the screens and the service read about comments: queue pages, sidebar counts, one
// comment with its thread and author, and lookups by id.
import { AppError } from '../../../shared/errors';
import { coded } from '../../../shared/messages';
import { COMMENT_STATUSES } from '../../../shared/types';
import type {
  AuthorCounts,
  CommentDetail,
  CommentSummary,
  Counts,
  FilterCounts,
  Flag,
  FlagInput,
  QueueFilter,
  QueuePage,
} from '../../../shared/types';
import { sanitizeCommentHtml } from '../content/sanitize';
import type { LocalStatus } from './action-kinds';
import { queuePage } from './queue-page';
import type { QueueQuery } from './queue-query';
import { UNREPLIED_COUNT, LIKELY_FINE_TERMS } from './queue-views';
import { SUMMARY_COLUMNS, SUMMARY_FROM, toSummary, type CommentRow, type SummaryRow } from './rows';
import { StorePart, type StoreShared } from './store-part';

function emptyCounts(): FilterCounts {
  return { pending: 0, approved: 0, spam: 0, trash: 0, all: 0, flagged: 0, unsent: 0, failed: 0, unreplied: 0, likelyFine: 0 };
}

/** Up to this many approved comments in the Unreplied window, its pingbacks are found by reading those rows. */
const FEW_APPROVED = 1000;

export class CommentReads extends StorePart {
  constructor(
    shared: StoreShared,
    private readonly queue: QueueQuery,
    /** Start of the Unreplied window (ISO UTC), from the user's setting. */
    private readonly unrepliedSince: () => string,
  ) {
    super(shared);
  }

  /** One page of the queue, by keyset (see queue-query.ts). Comments deleted locally never show. */
  listQueue(filter: QueueFilter, cursor: string | null, limit: number): QueuePage {
    return queuePage(this.queue, this.shared.statements, filter, cursor, limit);
  }

  /**
   * Sidebar counts per site and in total. Status counts exclude nothing but deleted
   * comments; `flagged` counts flagged comments still pending (the ones to look at);
   * `unsent` and `failed` count visible comments with such an action; `unreplied` and
   * `likelyFine` the comments of those views (queue-views.ts), each read from an index.
   */
  getCounts(): Counts {
    const total = emptyCounts();
    const bySite: Record<number, FilterCounts> = {};
    for (const id of this.cachedStatement('SELECT id FROM sites').pluck().all() as number[]) bySite[id] = emptyCounts();
    const bump = (siteId: number, field: keyof FilterCounts, n: number) => {
      const site = (bySite[siteId] ??= emptyCounts());
      site[field] += n;
      total[field] += n;
    };
    type Row = { site_id: number; n: number };
    // One count per (site, status) range of the index rather than one GROUP BY over all of it:
    // a range count steps through index entries without comparing group keys (2× faster at
    // 100,000 comments). The same for the flagged count, per site.
    const statusCount = this.cachedStatement('SELECT count(*) FROM comments WHERE site_id = ? AND local_status = ?').pluck();
    const flaggedCount = this.cachedStatement(
      "SELECT count(*) FROM comments WHERE flag_count > 0 AND site_id = ? AND local_status = 'pending'",
    ).pluck();
    const likelyFineCount = this.cachedStatement(
      `SELECT count(*) FROM comments AS c INDEXED BY comments_likely_fine WHERE c.site_id = ? AND c.local_status = 'pending' AND ${LIKELY_FINE_TERMS}`,
    ).pluck();
    const since = this.unrepliedSince();
    for (const siteId of Object.keys(bySite).map(Number)) {
      for (const status of COMMENT_STATUSES) {
        const n = statusCount.get(siteId, status) as number;
        bump(siteId, status, n);
        bump(siteId, 'all', n);
      }
      bump(siteId, 'flagged', flaggedCount.get(siteId) as number);
      bump(siteId, 'unreplied', this.unrepliedCount(siteId, since));
      bump(siteId, 'likelyFine', likelyFineCount.get(siteId) as number);
    }
    const partial = (field: 'unsent' | 'failed', sql: string) => {
      for (const r of this.cachedStatement(sql).all() as Row[]) bump(r.site_id, field, r.n);
    };
    partial(
      'unsent',
      "SELECT site_id, count(*) AS n FROM comments WHERE pending_action IS NOT NULL AND local_status <> 'deleted' GROUP BY site_id",
    );
    partial(
      'failed',
      "SELECT site_id, count(*) AS n FROM comments WHERE failed_reason IS NOT NULL AND local_status <> 'deleted' GROUP BY site_id",
    );
    return { total, bySite };
  }

  /**
   * See UNREPLIED_COUNT: index range counts, and rows read only for a small set — the window's
   * approved comments when they are few (a 90-day window of most blogs), else the site's
   * pingbacks (a few percent of its comments), to tell the pingbacks among them.
   */
  private unrepliedCount(siteId: number, since: string): number {
    const count = (sql: string): number => this.cachedStatement(sql).pluck().get({ site: siteId, since }) as number;
    const approved = count(UNREPLIED_COUNT.approved);
    if (approved === 0) return 0;
    const pingbacks = count(approved <= FEW_APPROVED ? UNREPLIED_COUNT.pingbacksOfWindowByDate : UNREPLIED_COUNT.pingbacksOfWindowByType);
    return approved - pingbacks - count(UNREPLIED_COUNT.others);
  }

  /** The comment with its context; the service adds the site's spam-filter status. */
  getComment(id: number): Omit<CommentDetail, 'spamFilter'> {
    const row = this.stmt.commentById.get(id) as CommentRow | undefined;
    if (!row || row.local_status === 'deleted') {
      throw new AppError('not-found', coded('error.commentGoneAny'));
    }
    const summaryOf = this.cachedStatement(`SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE c.id = ?`);
    const summary = toSummary(summaryOf.get(id) as SummaryRow);
    const parentOf = this.cachedStatement(
      `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE c.site_id = ? AND c.remote_id = ? AND c.local_status <> 'deleted'`,
    );
    const parents: CommentSummary[] = [];
    const visited = new Set<number>([row.remote_id]);
    let parentId = row.parent_remote_id;
    // Bounded walk: a thread deeper than 100 levels (or a loop in bad data) stops here.
    while (parentId !== 0 && !visited.has(parentId) && parents.length < 100) {
      visited.add(parentId);
      const p = parentOf.get(row.site_id, parentId) as SummaryRow | undefined;
      if (!p) break;
      parents.unshift(toSummary(p));
      parentId = p.parent_remote_id;
    }
    const replies = (
      this.cachedStatement(
        `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE c.site_id = ? AND c.post_id = ?
         AND c.parent_remote_id = ? AND c.local_status <> 'deleted' ORDER BY c.date_gmt, c.id`,
      ).all(row.site_id, row.post_id, row.remote_id) as SummaryRow[]
    ).map(toSummary);
    const post = this.cachedStatement('SELECT remote_id, title, link FROM posts WHERE site_id = ? AND remote_id = ?').get(
      row.site_id,
      row.post_id,
    ) as { remote_id: number; title: string; link: string } | undefined;
    return {
      ...summary,
      contentRaw: row.content_raw,
      contentHtml: sanitizeCommentHtml(row.content_rendered !== '' ? row.content_rendered : row.content_raw),
      authorIp: row.author_ip,
      authorUserAgent: row.author_user_agent,
      link: row.link,
      flags: JSON.parse(row.flags) as Flag[],
      spamProbability: row.spam_probability,
      post: post ? { id: post.remote_id, title: post.title, link: post.link } : null,
      parents,
      replies,
      author: this.authorHistory(row),
    };
  }

  private authorHistory(row: CommentRow): CommentDetail['author'] {
    const local: AuthorCounts = { approved: 0, pending: 0, spam: 0, trash: 0 };
    const counts = this.cachedStatement(
      'SELECT local_status, count(*) AS n FROM comments WHERE author_key = ? AND site_id = ? GROUP BY local_status',
    ).all(row.author_key, row.site_id) as { local_status: LocalStatus; n: number }[];
    for (const c of counts) if (c.local_status !== 'deleted') local[c.local_status] += c.n;
    const email = row.author_email.trim().toLowerCase();
    const site =
      email === ''
        ? undefined
        : (this.cachedStatement('SELECT approved_on_site, fetched_at FROM author_history WHERE site_id = ? AND email = ?').get(
            row.site_id,
            email,
          ) as { approved_on_site: number; fetched_at: string } | undefined);
    return {
      email: row.author_email,
      name: row.author_name,
      local,
      site: site ? { approved: site.approved_on_site, fetchedAt: site.fetched_at } : null,
    };
  }

  /** Local ids for a site's own comment ids, in the same order; null where not stored. */
  localIdsOf(siteId: number, remoteIds: number[]): (number | null)[] {
    const select = this.cachedStatement('SELECT id FROM comments WHERE site_id = ? AND remote_id = ?').pluck();
    return remoteIds.map((remoteId) => (select.get(siteId, remoteId) as number | undefined) ?? null);
  }

  /** What the spam filter reads of these comments (their text and author), for learning from a decision. */
  flagInputsOf(commentIds: number[]): { id: number; siteId: number; remoteId: number; input: FlagInput }[] {
    const select = this.cachedStatement(`SELECT id, site_id, remote_id, type, author_name, author_email, author_url,
      author_ip, content_raw FROM comments WHERE id = ?`);
    const out: { id: number; siteId: number; remoteId: number; input: FlagInput }[] = [];
    for (const id of commentIds) {
      const r = select.get(id) as
        | Pick<CommentRow, 'id' | 'site_id' | 'remote_id' | 'type' | 'author_name' | 'author_email' | 'author_url' | 'author_ip' | 'content_raw'>
        | undefined;
      if (!r) continue;
      out.push({
        id: r.id,
        siteId: r.site_id,
        remoteId: r.remote_id,
        input: {
          content: r.content_raw,
          author_name: r.author_name,
          author_email: r.author_email,
          author_url: r.author_url,
          author_ip: r.author_ip,
          type: r.type,
        },
      });
    }
    return out;
  }

  /** The sites these comments belong to (for "queue changed" events and pushes). */
  siteIdsOfComments(commentIds: number[]): number[] {
    const select = this.cachedStatement('SELECT site_id FROM comments WHERE id = ?').pluck();
    const sites = new Set<number>();
    for (const id of commentIds) {
      const siteId = select.get(id) as number | undefined;
      if (siteId !== undefined) sites.add(siteId);
    }
    return [...sites];
  }
}
