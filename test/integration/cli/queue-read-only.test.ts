// `moderato queue` reads the database read-only, without starting the service (store/queue-reader.ts):
// it must list exactly what the app sees, beside an app that is writing, and handle the files the
// service handles (none yet, an older schema, a damaged one) as it always did.
import { closeSync, openSync, readdirSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../electron/core/store';
import { latestVersion } from '../../../electron/core/store/migrations';
import { SpamFilter } from '../../../electron/core/spam-filter';
import type { CommentSummary, QueueFilter } from '../../../shared/types';
import { seedStore } from '../../support/fixtures/seed-store';
import { remoteComment } from '../../unit/store/helpers';
import { tempDir } from './run-cli';
import { runInProcess } from './run-in-process';

let folder: ReturnType<typeof tempDir>;
beforeEach(() => (folder = tempDir('moderato-cli-queue-')));
afterEach(() => folder.cleanup());

const queue = (...args: string[]) => runInProcess('--db', folder.db, 'queue', ...args);

/** Every page of the queue as the store itself answers it. */
function storeQueue(store: Store, filter: QueueFilter): CommentSummary[] {
  const items: CommentSummary[] = [];
  let cursor: string | null = null;
  do {
    const page = store.listQueue(filter, cursor, 500);
    items.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return items;
}

describe('moderato queue, read-only', () => {
  it('lists what the app sees while the app holds the database open, decisions not yet sent included, over several pages', async () => {
    const store = openStore({ path: folder.db });
    store.setScorer(new SpamFilter(store).score);
    try {
      const [site] = seedStore(store);
      const words = ['Merci', 'casino bonus http://cheap.example', 'Great post', 'Intéressant'];
      store.upsertComments(
        site!.id,
        Array.from({ length: 1200 }, (_, i) =>
          remoteComment({ id: 90_000 + i, content_raw: `${words[i % words.length]} ${i}`, date_gmt: `2024-02-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z` }),
        ),
      );
      const pending = store.listQueue({ status: 'pending', sort: 'newest' }, null, 30).items;
      store.recordActions(pending.slice(0, 10).map((c) => c.id), 'approve');
      store.recordActions(pending.slice(10, 20).map((c) => c.id), 'spam');
      // The store stays open (the app running beside the CLI): its writes are in the WAL, not yet in the file.

      const cases: { args: string[]; filter: QueueFilter }[] = [
        { args: [], filter: { status: 'pending', sort: 'newest' } },
        { args: ['--status', 'all', '--sort', 'oldest'], filter: { status: 'all', sort: 'oldest' } },
        { args: ['--flagged', '--sort', 'spam'], filter: { status: 'pending', sort: 'spam', flagged: true } },
        { args: ['--search', 'casino', '--status', 'all'], filter: { status: 'all', sort: 'newest', search: 'casino' } },
        { args: ['--site', String(site!.id), '--status', 'approved'], filter: { status: 'approved', sort: 'newest', siteId: site!.id } },
        { args: ['--likely-fine'], filter: { status: 'pending', sort: 'newest', likelyFine: true } },
      ];
      for (const { args, filter } of cases) {
        const r = await queue(...args, '--limit', '5000', '--json');
        expect(r.code, args.join(' ')).toBe(0);
        expect(JSON.parse(r.stdout) as CommentSummary[], args.join(' ')).toEqual(storeQueue(store, filter));
      }
      const approved = JSON.parse((await queue('--status', 'approved', '--json')).stdout) as CommentSummary[];
      expect(approved.filter((c) => c.pendingAction === 'approve')).toHaveLength(10);
      expect((await queue('--limit', '5000', '--json')).stdout).not.toContain(`"id": ${pending[0]!.id},`);
    } finally {
      store.close();
    }
  });

  it('a database from an older Moderato: brought up to date, its queue judged by this version’s rules, then listed', async () => {
    const store = openStore({ path: folder.db });
    seedStore(store);
    const expected = storeQueue(store, { status: 'pending', sort: 'newest' });
    store.close();
    const old = new Database(folder.db);
    // Schema 5, as the previous release wrote it: without what 6, 8, 9, 10, 11 and 12 added (open.test.ts steps further back).
    old.exec(`DROP INDEX comments_server_status; ALTER TABLE sites DROP COLUMN author_history_wanted; ALTER TABLE sites DROP COLUMN author_history_done;
      ALTER TABLE sites DROP COLUMN paused_code; ALTER TABLE sync_runs DROP COLUMN error_code; ALTER TABLE outbox DROP COLUMN last_error_code; ALTER TABLE comments DROP COLUMN failed_code;
      ALTER TABLE sites DROP COLUMN language; DROP INDEX comments_author_domain; ALTER TABLE comments DROP COLUMN author_domain; DROP TABLE flag_rules;`);
    old.pragma('user_version = 5');
    old.close();

    const r = await queue('--json');
    expect(r.code).toBe(0);
    const listed = JSON.parse(r.stdout) as CommentSummary[];
    expect(listed.map((c) => c.id)).toEqual(expected.map((c) => c.id));
    // Stored unjudged by the older version; this one's rules judged them at its first start.
    expect(expected.find((c) => c.remoteId === 203)).toMatchObject({ likelySpam: false, flagCount: 0 });
    expect(listed.find((c) => c.remoteId === 203)).toMatchObject({ authorName: 'Best Garden Deals', likelySpam: true });
    const now = openStore({ path: folder.db });
    try {
      expect(listed).toEqual(storeQueue(now, { status: 'pending', sort: 'newest' }));
    } finally {
      now.close();
    }
    const upgraded = new Database(folder.db, { readonly: true });
    expect(upgraded.pragma('user_version', { simple: true })).toBe(latestVersion);
    upgraded.close();
  });

  it('no database yet: an empty queue, and the file is made', async () => {
    const r = await queue('--json');
    expect([r.code, JSON.parse(r.stdout)]).toEqual([0, []]);
    expect(statSync(folder.db).size).toBeGreaterThan(0);
  });

  it('a damaged database: says so, keeps a full copy aside, deletes nothing', async () => {
    const store = openStore({ path: folder.db });
    seedStore(store);
    store.close();
    const size = statSync(folder.db).size;
    const fd = openSync(folder.db, 'r+');
    for (let offset = 4096; offset < size; offset += 4096 * 2) writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, offset);
    closeSync(fd);

    const r = await queue();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/damaged/);
    const copy = readdirSync(folder.dir).find((f) => f.startsWith('moderato.db.corrupt-'));
    expect(copy).toBeDefined();
    expect(statSync(join(folder.dir, copy!)).size).toBe(size);
    expect(statSync(folder.db).size).toBe(size);
  });

  it('a search longer than the contract allows is refused as before', async () => {
    openStore({ path: folder.db }).close();
    const r = await queue('--search', 'x'.repeat(501));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('search');
  });
});
