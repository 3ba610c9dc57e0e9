// The queue page, by keyset (never OFFSET). Two plans, chosen by the filter:
//
// - Streams: without a selective filter, each (site, status) pair is read in the
//   order of the index (site_id, local_status, sort key) — only keys and ids — and
//   the streams are merged here; then the 50 winning rows are read in full. This
//   keeps "all sites" and "all statuses" fast without the extra cross-site indexes
//   every ingested comment would have to update.
// - Selective: a search, an author, a post or an unsent/failed action narrows the
//   rows through its own index (FTS5, comments_author, comments_post, the partial
//   indexes); that small set is sorted.
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

function compareKeys(x: KeyRow, y: KeyRow, descending: boolean): number {
  const byKey = x.k < y.k ? -1 : x.k > y.k ? 1 : x.id - y.id;
  return descending ? -byKey : byKey;
}

export class QueueQuery {
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly db: Db,
    private readonly authorKey: (email: string) => string,
  ) {}

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
    const descending = filter.sort !== 'oldest';
    const statuses: readonly CommentStatus[] = filter.status === 'all' ? COMMENT_STATUSES : [filter.status];
    const search = filter.search !== undefined ? toFtsQuery(filter.search) : null;
    const selective =
      search !== null ||
      filter.unsent === true ||
      filter.failed === true ||
      filter.postId !== undefined ||
      filter.authorEmail !== undefined;
    let rows: KeyRow[];
    if (selective) {
      rows = this.selectiveRows(filter, statuses, search, after, limit + 1);
    } else {
      const siteIds =
        filter.siteId !== undefined
          ? [filter.siteId]
          : (this.prepared('SELECT id FROM sites ORDER BY id').pluck().all() as number[]);
      rows = [];
      for (const siteId of siteIds) {
        for (const status of statuses) rows.push(...this.streamRows(siteId, status, filter, after, limit + 1));
      }
      rows.sort((x, y) => compareKeys(x, y, descending));
    }
    const more = rows.length > limit;
    if (more) rows.length = limit;
    const last = rows[rows.length - 1];
    return {
      ids: rows.map((r) => r.id),
      next: more && last ? encodeCursor({ sort: filter.sort, key: last.k, id: last.id }) : null,
    };
  }

  private static order(sort: QueueSort): { column: string; dir: 'ASC' | 'DESC'; op: '<' | '>' } {
    const column = sort === 'spam' ? 'score' : 'date_gmt';
    return sort === 'oldest' ? { column, dir: 'ASC', op: '>' } : { column, dir: 'DESC', op: '<' };
  }

  private streamRows(siteId: number, status: CommentStatus, filter: QueueFilter, after: Cursor | null, limit: number): KeyRow[] {
    const { column, dir, op } = QueueQuery.order(filter.sort);
    const where = ['site_id = ?', 'local_status = ?'];
    const params: (string | number)[] = [siteId, status];
    if (filter.flagged) where.push('flag_count > 0');
    if (after) {
      where.push(`(${column}, id) ${op} (?, ?)`);
      params.push(after.key, after.id);
    }
    const index = filter.sort === 'spam' ? 'comments_site_status_score' : 'comments_site_status_date';
    const sql = `SELECT id, ${column} AS k FROM comments INDEXED BY ${index} WHERE ${where.join(' AND ')}
      ORDER BY ${column} ${dir}, id ${dir} LIMIT ?`;
    return this.prepared(sql).all(...params, limit) as KeyRow[];
  }

  private selectiveRows(
    filter: QueueFilter,
    statuses: readonly CommentStatus[],
    search: string | null,
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
    if (search !== null) {
      where.push('id IN (SELECT rowid FROM comments_fts WHERE comments_fts MATCH ?)');
      params.push(search);
    }
    if (after) {
      where.push(`(${column}, id) ${op} (?, ?)`);
      params.push(after.key, after.id);
    }
    const sql = `SELECT id, ${column} AS k FROM comments ${index ? `INDEXED BY ${index}` : ''}
      WHERE ${where.join(' AND ')} ORDER BY ${column} ${dir}, id ${dir} LIMIT ?`;
    return this.prepared(sql).all(...params, limit) as KeyRow[];
  }
}
