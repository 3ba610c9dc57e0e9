import { execFile, spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, openSync, writeSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/core/store';
import { latestVersion, migrations } from '../../../electron/core/store/migrations';
import { AppError } from '../../../shared/errors';
import { seedStore } from '../../support/fixtures/seed-store';
import { remoteComment, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

describe('opening the database', () => {
  it('creates the file in a missing folder, at the latest schema, in WAL mode with synchronous FULL', () => {
    const path = join(dir, 'nested', 'moderato.db');
    const store = openStore({ path });
    store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    // synchronous is per connection: check what the store set on its own connection.
    const again = openStore({ path });
    expect((again as unknown as { db: Database.Database }).db.pragma('synchronous', { simple: true })).toBe(2);
    again.close();
  });

  it('keeps data across reopen and does not re-run migrations', () => {
    const path = join(dir, 'moderato.db');
    const store = openStore({ path });
    seedStore(store);
    store.close();
    const reopened = openStore({ path });
    expect(reopened.listSites().map((s) => s.name)).toEqual(["Carnet d'une CM", 'Garden Notes']);
    expect(reopened.getCounts().total.all).toBeGreaterThan(15);
    reopened.close();
  });

  it('several processes opening the same new file at once all succeed and keep their writes', async () => {
    // Two CLI commands started together on a fresh --db both see schema 0; only one may
    // create the tables, and the other must wait for it instead of failing.
    const path = join(dir, 'moderato.db');
    const child = join(import.meta.dirname, 'open-child.ts');
    const names = ['alpha', 'beta', 'gamma', 'delta'];
    const results = await Promise.all(
      names.map((name) => promisify(execFile)(process.execPath, ['--import', 'tsx', child, path, name]).then((r) => r.stdout)),
    );
    expect(results).toEqual(names.map(() => 'ok'));
    const store = openStore({ path });
    expect(store.listSites().map((s) => s.name).sort()).toEqual([...names].sort());
    store.close();
  });

  it('waits for another program writing the new file, instead of failing to switch it to WAL', async () => {
    // SQLite runs no busy handler for the switch to WAL while another connection writes: the open itself must wait.
    const path = join(dir, 'moderato.db');
    const writer = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'writer-child.ts'), path, '600'], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => writer.stdout.once('data', () => resolve()));
    const store = openStore({ path });
    store.addSite({ baseUrl: 'https://blog.example', restRoot: 'x', user: 'u', name: 'Blog' });
    expect(store.listSites().map((s) => s.name)).toEqual(['Blog']);
    store.close();
    await new Promise((resolve) => writer.once('exit', resolve));
  });

  it('upgrades a database written by an older Moderato in place, keeping its runs and unsent decisions', () => {
    const path = join(dir, 'moderato.db');
    const store = openStore({ path });
    const [site] = seedStore(store);
    const [first] = store.listQueue({ siteId: site!.id, status: 'pending', sort: 'newest' }, null, 1).items;
    const [actionId] = store.recordActions([first!.id], 'approve');
    store.claimActions(site!.id, new Date(), 10);
    store.retryActionLater(actionId!, { kind: 'unreachable', message: 'No network' }, new Date());
    store.close();
    // Step the file back to schema 2, as the previous release wrote it.
    const old = new Database(path);
    old.exec('ALTER TABLE sync_runs DROP COLUMN error_kind; ALTER TABLE outbox DROP COLUMN last_error_kind;');
    // …and without what schema 5 added (Unreplied, saved replies).
    old.exec(`DROP TABLE site_staff; DROP TABLE approved_sync; DROP TABLE saved_replies; DROP INDEX comments_registered;
      DROP INDEX comments_likely_fine; ALTER TABLE posts DROP COLUMN author_id;`);
    // …and without what schema 6 added (the re-sync's checks).
    old.exec(`DROP INDEX comments_server_status; ALTER TABLE sites DROP COLUMN author_history_wanted; ALTER TABLE sites DROP COLUMN author_history_done;`);
    // …and without what schema 8 added (the codes of stored messages).
    old.exec('ALTER TABLE sites DROP COLUMN paused_code; ALTER TABLE sync_runs DROP COLUMN error_code; ALTER TABLE outbox DROP COLUMN last_error_code;');
    // …and without 9's (the code of a comment's failed action).
    old.exec('ALTER TABLE comments DROP COLUMN failed_code;');
    // …and without 10's (the language the site's WordPress states).
    old.exec('ALTER TABLE sites DROP COLUMN language;');
    // …and without 11's and 13's (comments found by their author's website: its host, then its domain).
    old.exec('DROP INDEX comments_author_domain; ALTER TABLE comments DROP COLUMN author_domain;');
    // …and without 12's (which rules made the stored flags).
    old.exec('DROP TABLE flag_rules;');
    old.prepare("INSERT INTO sync_runs (site_id, started_at, finished_at, error) VALUES (?, '2026-01-01', '2026-01-01', 'Old failure')").run(site!.id);
    old.pragma('user_version = 2');
    old.close();

    const upgraded = openStore({ path });
    expect((upgraded as unknown as { db: Database.Database }).db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    // Written before kinds existed: shown as a plain error, never guessed to be "offline".
    expect(upgraded.lastRun(site!.id)).toMatchObject({ error: 'Old failure', errorKind: 'internal' });
    expect(upgraded.retryReason(site!.id)).toEqual({ kind: 'internal', message: 'No network' });
    expect(upgraded.listOutbox().map((a) => a.id)).toContain(actionId);
    // Whether its authors all have a history is unknown: the next sync looks once.
    const progress = upgraded.authorHistoryProgress(site!.id);
    expect(progress.wanted).toBeGreaterThan(progress.done);
    // The language its WordPress states was never asked: the next sync asks.
    expect(upgraded.siteLocale(site!.id)).toBeNull();
    upgraded.close();
  });

  /**
   * Stores two comments with these author websites, steps the file back with `stepBack` to schema
   * `version`, opens it again (the migrations run) and re-flags: the other authors each comment's
   * website was counted with, by content.
   */
  function sameSiteAuthorsAfterUpgrade(urls: [string, string], stepBack: string, version: number): (number | undefined)[] {
    const path = join(dir, 'moderato.db');
    const before = openStore({ path });
    const site = before.addSite({ baseUrl: 'https://blog.example', restRoot: 'x', user: 'u', name: 'Blog' });
    before.upsertComments(site.id, [
      remoteComment({ id: 1, author_email: 'a@x.example', author_url: urls[0], content_raw: 'one' }),
      remoteComment({ id: 2, author_email: 'b@x.example', author_url: urls[1], content_raw: 'two' }),
    ]);
    before.close();
    const old = new Database(path);
    old.exec(stepBack);
    old.pragma(`user_version = ${version}`);
    old.close();

    const seen = new Map<string, number | undefined>();
    const upgraded = openStore({
      path,
      scorer: (input, ctx) => {
        seen.set(input.content, ctx.sameSiteAuthors);
        return { flags: [], score: 0, likelySpam: false, spamProbability: null };
      },
    });
    upgraded.reflagAll();
    upgraded.close();
    return [seen.get('one'), seen.get('two')];
  }

  it('finds the stored comments of a database from before schema 13 by their website’s domain', () => {
    const counts = sameSiteAuthorsAfterUpgrade(
      ['https://shop1.kitchen-deals.example/', 'https://shop2.kitchen-deals.example/'],
      `DROP INDEX comments_author_domain; ALTER TABLE comments DROP COLUMN author_domain;
      CREATE INDEX comments_author_site ON comments (author_host, author_key) WHERE type = 'comment' AND author_host <> '';`,
      12,
    );
    expect(counts).toEqual([1, 1]);
  });

  it('tells apart the WordPress.com blogs of a database from before schema 14, counted as one website then', () => {
    const counts = sameSiteAuthorsAfterUpgrade(
      ['https://annacooks.wordpress.com/', 'https://marcwrites.wordpress.com/'],
      `UPDATE comments SET author_domain = 'wordpress.com'`,
      13,
    );
    expect(counts).toEqual([0, 0]);
  });

  it('refuses a database from a newer Moderato and leaves the file byte for byte as it was', () => {
    const path = join(dir, 'moderato.db');
    const db = new Database(path);
    db.exec('CREATE TABLE future (x)');
    db.pragma(`user_version = ${latestVersion + 1}`);
    db.close();
    const before = readFileSync(path);
    const err = caught(() => openStore({ path }));
    expect(err.kind).toBe('conflict');
    expect(err.message).toMatch(/newer version of Moderato/);
    expect(err.message).toMatch(/not changed/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['moderato.db']);
  });

  it('on a file that is not a database: keeps a copy aside, says where, deletes nothing', () => {
    const path = join(dir, 'moderato.db');
    writeFileSync(path, 'this is not sqlite at all, just some text '.repeat(200));
    const err = caught(() => openStore({ path }));
    expect(err.kind).toBe('corrupt');
    const copies = readdirSync(dir).filter((f) => f.startsWith('moderato.db.corrupt-'));
    expect(copies).toHaveLength(1);
    expect(err.message).toContain(join(dir, copies[0]!));
    expect(readFileSync(join(dir, copies[0]!))).toEqual(readFileSync(path));
  });

  it('on damaged pages inside a real database: corrupt error, and a full copy of the file kept aside', () => {
    const path = join(dir, 'moderato.db');
    const store = openStore({ path });
    const [site] = seedStore(store);
    const pending = store.listQueue({ status: 'pending', siteId: site!.id, sort: 'newest' }, null, 5).items;
    store.recordActions(
      pending.map((c) => c.id),
      'approve',
    );
    store.close(); // checkpoints the WAL into the main file
    // Scribble over every other page after the first: table and index pages.
    const size = statSync(path).size;
    const fd = openSync(path, 'r+');
    for (let offset = 4096; offset < size; offset += 4096 * 2) {
      writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, offset);
    }
    closeSync(fd);
    const err = caught(() => openStore({ path }));
    expect(err.kind).toBe('corrupt');
    expect(err.message).toMatch(/damaged/);
    const copy = readdirSync(dir).find((f) => f.startsWith('moderato.db.corrupt-'));
    expect(copy).toBeDefined();
    expect(statSync(join(dir, copy!)).size).toBe(size);
  });
});
