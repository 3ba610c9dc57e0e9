// The queue page, by keyset (never OFFSET). Two plans, chosen by the filter:
//
// - Streams: without a selective filter, each (site, status) pair is read in the
//   order of the index (site_id, local_status, sort key) — only keys and ids, one
//   page's worth each — and merged in one compound statement; then the 50 winning
//   rows are read in full. This
//   keeps "all sites" and "all statuses" fast without the extra cross-site indexes
//   every ingested comment would have to update.
// - Selective: an author, a post or an unsent/failed action narrows the rows
//   through its own index (comments_author, comments_post, the partial indexes);
//   that small set is sorted.
// - A search first collects the matching ids once into a temporary table. Few
//   matches: they are sorted (selective plan). Many matches (a common word): the
//   streams are read in order and each row checked against the matches, which stops
//   after a page instead of sorting tens of thousands of rows.
import { COMMENT_STATUSES } from '../../../shared/types';
import type { CommentStatus, QueueFilter, QueueSort } from '../../../shared/types';
import type { Statement } from 'better-sqlite3';
import { decodeCursor, encodeCursor, type Cursor } from './cursor';
import type { Db } from './open-database';
import { toFtsQuery } from './search-query';

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
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly db: Db,
    private readonly authorKey: (email: string) => string,
  ) {
    // Per connection, in memory (temp_store = MEMORY): never written to the database file.
    db.exec('CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY)');
  }

  private prepared(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Ids of one page, in order, and the cursor of the next page. */
  page(filter: QueueFilter, cursor: string | null, limit: number): QueueIds {
    const after = cursor === null ? null : decodeCursor(cursor, filter.sort);
    const statuses: readonly CommentStatus[] = filter.status === 'all' ? COMMENT_STATUSES : [filter.status];
    const search = filter.search !== undefined ? toFtsQuery(filter.search) : null;
    const hits = search !== null ? this.collectSearchHits(search) : 0;
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
      rows = this.mergeStreams(
        siteIds.flatMap((siteId) => statuses.map((status) => ({ siteId, status }))),
        { ...filter, search: search !== null ? 'hits' : undefined },
        after,
        limit + 1,
      );
    }
    const more = rows.length > limit;
    if (more) rows.length = limit;
    const last = rows[rows.length - 1];
    return {
      ids: rows.map((r) => r.id),
      next: more && last ? encodeCursor({ sort: filter.sort, key: last.k, id: last.id }) : null,
    };
  }

  /**
   * Merges index-ordered streams in one compound statement: each arm reads at most
   * `wanted` keys from its (site, status) index range, SQLite merges them in C. One
   * statement instead of one per stream keeps per-call overhead out of the page time.
   */
  private mergeStreams(
    keys: { siteId: number; status: CommentStatus }[],
    filter: QueueFilter,
    after: Cursor | null,
    wanted: number,
  ): KeyRow[] {
    if (keys.length === 0) return []; // no site yet
    if (keys.length === 1) return this.streamRows(keys[0]!.siteId, keys[0]!.status, filter, after, wanted);
    const { dir } = QueueQuery.order(filter.sort);
    const arms: string[] = [];
    const params: (string | number)[] = [];
    for (const k of keys) {
      const arm = this.streamSql(filter, after);
      arms.push(`SELECT * FROM (${arm.sql})`);
      params.push(k.siteId, k.status, ...arm.params, wanted);
    }
    const sql = `${arms.join(' UNION ALL ')} ORDER BY k ${dir}, id ${dir} LIMIT ?`;
    return this.prepared(sql).all(...params, wanted) as KeyRow[];
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

  /** One (site, status) stream in index order; site and status are its first two parameters, the limit its last. */
  private streamSql(filter: QueueFilter, after: Cursor | null): { sql: string; params: (string | number)[] } {
    const { column, dir, op } = QueueQuery.order(filter.sort);
    const where = ['site_id = ?', 'local_status = ?'];
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

  private streamRows(siteId: number, status: CommentStatus, filter: QueueFilter, after: Cursor | null, limit: number): KeyRow[] {
    const { sql, params } = this.streamSql(filter, after);
    return this.prepared(sql).all(siteId, status, ...params, limit) as KeyRow[];
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
    if (filter.flagged) where.push('flag_count > 0');
    if (filter.unsent) where.push('pending_action IS NOT NULL');
    if (filter.failed) where.push('failed_reason IS NOT NULL');
    if (filter.postId !== undefined) {
      where.push('post_id = ?');
      params.push(filter.postId);
    }
    if (filter.authorEmail !== undefined) {
      where.push('author_key = ?');
      params.push(this.authorKey(filter.authorEmail));
    }
    if (search) where.push('id IN temp.search_hits');
    if (after) {
      where.push(`(${column}, id) ${op} (?, ?)`);
      params.push(after.key, after.id);
    }
    const sql = `SELECT id, ${column} AS k FROM comments ${index ? `INDEXED BY ${index}` : ''}
      WHERE ${where.join(' AND ')} ORDER BY ${column} ${dir}, id ${dir} LIMIT ?`;
    return this.prepared(sql).all(...params, limit) as KeyRow[];
  }
}
