// The queue page, by keyset (never OFFSET). Two plans, chosen by the filter:
//
// - Streams: without a selective filter, each (site, status) pair is read in the
//   order of the index (site_id, local_status, sort key) — only keys and ids, one
//   page's worth each — and merged in one statement (site_id IN … AND local_status
//   IN …, see streams()); then the 50 winning rows are read in full. This
//   keeps "all sites" and "all statuses" fast without the extra cross-site indexes
//   every ingested comment would have to update.
// - Selective: an author, a post or an unsent/failed action narrows the rows
//   through its own index (comments_author, comments_post, the partial indexes);
//   that small set is sorted.
// - A view (Unreplied, Likely fine; see queue-views.ts) reads its own index: approved comments
//   of the window in date order with the view's test row by row, or the likely-fine partial index.
// - A search first collects the matching ids once into a temporary table. Few
//   matches: they are sorted (selective plan). Many matches (a common word): the
//   streams are read in order and each row checked against the matches, which stops
//   after a page instead of sorting tens of thousands of rows.
import { COMMENT_STATUSES } from '../../../shared/types';
import type { CommentStatus, QueueFilter, QueueSort } from '../../../shared/types';
import type { Statement } from 'better-sqlite3';
import { decodeCursor, encodeCursor, type Cursor } from './cursor';
import type { Db } from './open-database';
import { LIKELY_FINE_TERMS, UNREPLIED_REST } from './queue-views';
import { toFtsQuery } from './search-query';
import type { StatementCache } from './statement-cache';

export interface KeyRow {
  id: number;
  k: string | number;
}

export interface QueueIds {
  ids: number[];
  next: string | null;
}

/** Above this many matches a search reads the sorted streams instead of sorting the matches. */
const MANY_HITS = 2000;

export class QueueQuery {
  constructor(
    private readonly db: Db,
    private readonly statements: StatementCache,
    private readonly authorKey: (email: string) => string,
    /** Start of the Unreplied window (ISO UTC), from the user's setting. */
    private readonly unrepliedSince: () => string,
  ) {
    // Per connection, in memory (temp_store = MEMORY): never written to the database file.
    db.exec('CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY)');
  }

  private prepared(sql: string): Statement {
    return this.statements.get(sql);
  }

  /** Ids of one page, in order, and the cursor of the next page. */
  page(filter: QueueFilter, cursor: string | null, limit: number): QueueIds {
    const after = cursor === null ? null : decodeCursor(cursor, filter.sort);
    const statuses: readonly CommentStatus[] = filter.status === 'all' ? COMMENT_STATUSES : [filter.status];
    const search = filter.search !== undefined ? toFtsQuery(filter.search) : null;
    const hits = search !== null ? this.collectSearchHits(search) : 0;
    if (filter.unreplied || filter.likelyFine) {
      return this.keep(filter, this.viewRows(filter, statuses, search !== null, after, limit + 1), limit);
    }
    const selective =
      (search !== null && hits <= MANY_HITS) ||
      filter.unsent === true ||
      filter.failed === true ||
      filter.postId !== undefined ||
      filter.authorEmail !== undefined;
    let rows: KeyRow[];
    if (selective) {
      rows = this.selectiveRows(filter, statuses, search !== null, after, limit + 1);
    } else {
      const siteIds =
        filter.siteId !== undefined
          ? [filter.siteId]
          : (this.prepared('SELECT id FROM sites ORDER BY id').pluck().all() as number[]);
      rows = this.streams(siteIds, statuses, { ...filter, search: search !== null ? 'hits' : undefined }, after, limit + 1);
    }
    return this.keep(filter, rows, limit);
  }

  /** The page out of `limit + 1` rows: the extra one only says there is a next page. */
  private keep(filter: QueueFilter, rows: KeyRow[], limit: number): QueueIds {
    const more = rows.length > limit;
    if (more) rows.length = limit;
    const last = rows[rows.length - 1];
    return {
      ids: rows.map((r) => r.id),
      next: more && last ? encodeCursor({ sort: filter.sort, key: last.k, id: last.id }) : null,
    };
  }

  /**
   * Unreplied or Likely fine, with whatever else the filter narrows. Unreplied walks the approved
   * comments of the window (site, status, date index) testing each; Likely fine reads its partial
   * index, which holds exactly its comments. A view and a status that exclude each other give nothing.
   */
  private viewRows(
    filter: QueueFilter,
    statuses: readonly CommentStatus[],
    search: boolean,
    after: Cursor | null,
    limit: number,
  ): KeyRow[] {
    const status = filter.unreplied ? 'approved' : 'pending';
    if (!statuses.includes(status) || (filter.unreplied && filter.likelyFine)) return [];
    const siteIds =
      filter.siteId !== undefined ? [filter.siteId] : (this.prepared('SELECT id FROM sites ORDER BY id').pluck().all() as number[]);
    if (siteIds.length === 0) return [];
    const { column, dir, op } = QueueQuery.order(filter.sort);
    // The status as a literal: SQLite uses the likely-fine partial index only when the query's terms imply its own.
    const where = [`c.site_id IN (${siteIds.map(() => '?').join(', ')})`, `c.local_status = '${status}'`];
    const params: (string | number)[] = [...siteIds];
    if (filter.unreplied) {
      where.push('c.date_gmt >= ?', UNREPLIED_REST);
      params.push(this.unrepliedSince());
    } else {
      where.push(LIKELY_FINE_TERMS);
    }
    this.narrowingTerms(filter, search, after, column, op, 'c.', where, params);
    const index =
      filter.sort === 'spam' ? '' : filter.unreplied ? 'INDEXED BY comments_site_status_date' : 'INDEXED BY comments_likely_fine';
    const sql = `SELECT c.id, c.${column} AS k FROM comments AS c ${index}
      WHERE ${where.join(' AND ')} ORDER BY c.${column} ${dir}, c.id ${dir} LIMIT ?`;
    return this.prepared(sql).all(...params, limit) as KeyRow[];
  }

  /**
   * Reads the (site, status) streams in one statement: `site_id IN (…) AND local_status IN (…)`
   * on the (site_id, local_status, sort key) index. SQLite walks each pair's range in index
   * order into a sorter bounded by the limit and leaves a range as soon as it can no longer
   * beat the rows kept, so a page costs about one page of index entries per stream.
   * (A UNION ALL of one arm per stream did the same merge 5× slower at 20 streams.)
   */
  private streams(
    siteIds: readonly number[],
    statuses: readonly CommentStatus[],
    filter: QueueFilter,
    after: Cursor | null,
    wanted: number,
  ): KeyRow[] {
    if (siteIds.length === 0) return []; // no site yet
    const { sql, params } = this.streamSql(filter, after, siteIds.length, statuses.length);
    return this.prepared(sql).all(...siteIds, ...statuses, ...params, wanted) as KeyRow[];
  }

  /** Fills temp.search_hits with the ids matching the FTS5 query; returns how many. */
  private collectSearchHits(query: string): number {
    this.prepared('DELETE FROM temp.search_hits').run();
    return this.prepared(
      'INSERT INTO temp.search_hits (id) SELECT rowid FROM comments_fts WHERE comments_fts MATCH ?',
    ).run(query).changes;
  }

  private static order(sort: QueueSort): { column: string; dir: 'ASC' | 'DESC'; op: '<' | '>' } {
    const column = sort === 'spam' ? 'score' : 'date_gmt';
    return sort === 'oldest' ? { column, dir: 'ASC', op: '>' } : { column, dir: 'DESC', op: '<' };
  }

  /** Streams in index order; the site ids and statuses are its first parameters, the limit its last. */
  private streamSql(
    filter: QueueFilter,
    after: Cursor | null,
    sites: number,
    statuses: number,
  ): { sql: string; params: (string | number)[] } {
    const { column, dir, op } = QueueQuery.order(filter.sort);
    const list = (n: number) => (n === 1 ? '= ?' : `IN (${Array.from({ length: n }, () => '?').join(', ')})`);
    const where = [`site_id ${list(sites)}`, `local_status ${list(statuses)}`];
    const params: (string | number)[] = [];
    if (filter.flagged) where.push('flag_count > 0');
    if (filter.search !== undefined) where.push('id IN temp.search_hits');
    if (after) {
      where.push(`(${column}, id) ${op} (?, ?)`);
      params.push(after.key, after.id);
    }
    const index =
      filter.sort !== 'spam'
        ? 'comments_site_status_date'
        : filter.flagged
          ? 'comments_flagged'
          : 'comments_site_status_score';
    return {
      sql: `SELECT id, ${column} AS k FROM comments INDEXED BY ${index} WHERE ${where.join(' AND ')}
        ORDER BY ${column} ${dir}, id ${dir} LIMIT ?`,
      params,
    };
  }

  /** The terms every queue query shares (flags, outbox, post, author, search hits, the keyset cursor), on table alias `c.` or none. */
  private narrowingTerms(
    filter: QueueFilter,
    search: boolean,
    after: Cursor | null,
    column: string,
    op: string,
    alias: '' | 'c.',
    where: string[],
    params: (string | number)[],
  ): void {
    if (filter.flagged) where.push(`${alias}flag_count > 0`);
    if (filter.unsent) where.push(`${alias}pending_action IS NOT NULL`);
    if (filter.failed) where.push(`${alias}failed_reason IS NOT NULL`);
    if (filter.postId !== undefined) {
      where.push(`${alias}post_id = ?`);
      params.push(filter.postId);
    }
    if (filter.authorEmail !== undefined) {
      where.push(`${alias}author_key = ?`);
      params.push(this.authorKey(filter.authorEmail));
    }
    if (search) where.push(`${alias}id IN temp.search_hits`);
    if (after) {
      where.push(`(${alias}${column}, ${alias}id) ${op} (?, ?)`);
      params.push(after.key, after.id);
    }
  }

  private selectiveRows(
    filter: QueueFilter,
    statuses: readonly CommentStatus[],
    search: boolean,
    after: Cursor | null,
    limit: number,
  ): KeyRow[] {
    const { column, dir, op } = QueueQuery.order(filter.sort);
    const where: string[] = [];
    const params: (string | number)[] = [];
    // Pick the narrowest index the filter offers; the rest are checked row by row.
    let index: string | null = null;
    if (filter.failed) index = 'comments_failed';
    else if (filter.unsent) index = 'comments_unsent';
    else if (filter.authorEmail !== undefined) index = 'comments_author';
    else if (filter.postId !== undefined && filter.siteId !== undefined) index = 'comments_post';
    if (filter.status === 'all') where.push("local_status <> 'deleted'");
    else {
      where.push('local_status = ?');
      params.push(statuses[0]!);
    }
    if (filter.siteId !== undefined) {
      where.push('site_id = ?');
      params.push(filter.siteId);
    }
    this.narrowingTerms(filter, search, after, column, op, '', where, params);
    const sql = `SELECT id, ${column} AS k FROM comments ${index ? `INDEXED BY ${index}` : ''}
      WHERE ${where.join(' AND ')} ORDER BY ${column} ${dir}, id ${dir} LIMIT ?`;
    return this.prepared(sql).all(...params, limit) as KeyRow[];
  }
}
