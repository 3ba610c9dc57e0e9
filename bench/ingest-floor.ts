// Where ingest time goes: the same 100,000 comments written by bare prepared statements, with no
// flagging and no JavaScript work per row, (1) as the "simple upsert" into a small table,
// (2) into Moderato's comments table with the indexes the queue needs, (3) plus the search index.
// (3) is the fastest any ingest into this schema can be; the store's own figure sits next to it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase, type Db } from '../electron/core/store/open-database';
import type { RemoteComment } from '../electron/core/sync/ports';

const COLUMNS = [
  'site_id', 'remote_id', 'post_id', 'parent_remote_id', 'author_user_id', 'type', 'author_name', 'author_email',
  'author_url', 'author_ip', 'author_user_agent', 'author_key', 'author_host', 'date_gmt', 'content_raw',
  'content_rendered', 'link', 'text_hash', 'server_status', 'local_status', 'flags', 'flags_sig', 'flag_count',
  'score', 'likely_spam', 'spam_probability', 'fetched_at',
];

function timeOnePerSite(db: Db, pages: RemoteComment[][], write: (site: number, c: RemoteComment) => void): number {
  const start = performance.now();
  pages.forEach((page, i) => db.transaction(() => page.forEach((c) => write(i + 1, c)))());
  return performance.now() - start;
}

export interface IngestFloor {
  simpleUpsertsPerSecond: number;
  schemaWithoutSearchPerSecond: number;
  schemaPerSecond: number;
}

export function measureIngestFloor(pages: RemoteComment[][]): IngestFloor {
  const count = pages.reduce((n, p) => n + p.length, 0);
  const dir = mkdtempSync(join(tmpdir(), 'moderato-bench-floor-'));
  try {
    const simple = new Database(join(dir, 'simple.db'));
    simple.pragma('journal_mode = WAL');
    simple.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, site INTEGER, remote INTEGER, content TEXT, UNIQUE (site, remote))');
    const upsert = simple.prepare('INSERT INTO t (site, remote, content) VALUES (?, ?, ?) ON CONFLICT (site, remote) DO UPDATE SET content = excluded.content');
    const simpleMs = timeOnePerSite(simple, pages, (site, c) => upsert.run(site, c.id, c.content_raw));
    simple.close();

    const bare = (withSearch: boolean): number => {
      const db = openDatabase(join(dir, `schema-${withSearch}.db`));
      db.exec("INSERT INTO sites (id, base_url, rest_root, user, name, host, created_at) VALUES (1, 'a', 'a', 'u', 'n', 'h', ''), (2, 'b', 'b', 'u', 'n', 'h', ''), (3, 'c', 'c', 'u', 'n', 'h', ''), (4, 'd', 'd', 'u', 'n', 'h', ''), (5, 'e', 'e', 'u', 'n', 'h', '')");
      const insert = db.prepare(`INSERT INTO comments (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`);
      const search = db.prepare('INSERT INTO comments_fts (rowid, author_name, author_email, author_url, content) VALUES (?, ?, ?, ?, ?)');
      const ms = timeOnePerSite(db, pages, (site, c) => {
        const id = insert.run(
          site, c.id, c.post, c.parent, c.author, c.type, c.author_name, c.author_email, c.author_url, c.author_ip,
          c.author_user_agent, c.author_email.toLowerCase(), '', c.date_gmt, c.content_raw, c.content_rendered, c.link,
          c.id, c.status, c.status, '[]', 0, 0, 0, 0, null, '',
        ).lastInsertRowid;
        if (withSearch) search.run(id, c.author_name, c.author_email, c.author_url, c.content_raw);
      });
      db.close();
      return ms;
    };
    const perSecond = (ms: number) => Math.round(count / (ms / 1000));
    return {
      simpleUpsertsPerSecond: perSecond(simpleMs),
      schemaWithoutSearchPerSecond: perSecond(bare(false)),
      schemaPerSecond: perSecond(bare(true)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
