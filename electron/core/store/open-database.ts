// Opens the SQLite file: refuses one written by a newer Moderato, checks it is
// not damaged, sets the durability pragmas and brings the schema up to date.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { coded, type PlainParams } from '../../../shared/messages';
import { latestVersion, migrations } from './migrations';

export type Db = Database.Database;

const CORRUPT_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

function isCorruptionError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && [...CORRUPT_CODES].some((c) => code.startsWith(c));
}

/** Copies the damaged file (and its WAL) aside and returns the copy's path. */
function keepCorruptCopy(path: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const copy = `${path}.corrupt-${stamp}`;
  copyFileSync(path, copy);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) copyFileSync(path + suffix, copy + suffix);
  }
  return copy;
}

/** Why the file is damaged, said in the reader's language inside the "damaged" message. */
type Damage = { code: string; params: PlainParams; english: string };

function corrupt(path: string, detail: Damage, cause: unknown): AppError {
  let copy;
  try {
    copy = coded('store.copyKept', { copy: keepCorruptCopy(path) });
  } catch {
    copy = coded('store.copyFailed');
  }
  return new AppError('corrupt', coded('store.damaged', { path, detail, copy }), { cause });
}

/**
 * For a connection opened without the check (openReadOnlyDatabase): when `err` is SQLite meeting
 * damaged pages, the same "damaged" error as at a checked open, with the file copied aside.
 */
export function damagedError(path: string, err: unknown): AppError | null {
  return isCorruptionError(err) ? corrupt(path, coded('store.pagesUnreadable'), err) : null;
}

/**
 * A second connection that only reads (the read worker, electron/core/worker/read-worker.ts),
 * opened beside the writing one once that has checked and migrated the file: read-only at the
 * SQLite level, so it can never write, and without the integrity check the writer already ran.
 * WAL lets it read while the writer writes.
 */
export function openReadOnlyDatabase(path: string, nativeBinding?: string): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latestVersion) throw newerVersion(path, version);
    if (version < latestVersion) throw new AppError('internal', coded('store.notMigrated', { path }));
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

export function openDatabase(path: string, nativeBinding?: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path, nativeBinding ? { nativeBinding } : {});
  } catch (err) {
    if (isCorruptionError(err)) throw corrupt(path, coded('store.notDatabase'), err);
    throw err;
  }
  try {
    // Another process (a second CLI command, the app beside the CLI) may hold the write lock
    // or be creating the schema right now: wait for it rather than fail at once.
    db.pragma('busy_timeout = 5000');
    // Read the version before anything writes to the file: a newer database must stay untouched.
    let version: number;
    try {
      version = db.pragma('user_version', { simple: true }) as number;
    } catch (err) {
      if (isCorruptionError(err)) throw corrupt(path, coded('store.notDatabase'), err);
      throw err;
    }
    if (version > latestVersion) throw newerVersion(path, version);
    if (version > 0) {
      let check: string;
      try {
        check = db.pragma('quick_check', { simple: true }) as string;
      } catch (err) {
        if (isCorruptionError(err)) throw corrupt(path, coded('store.pagesUnreadable'), err);
        throw err;
      }
      if (check !== 'ok') throw corrupt(path, coded('store.integrity', { check }), undefined);
    }
    // A new database only (a page size is fixed once the file exists): 16 KB pages instead of
    // 4 KB. A comment row with its flags is ~1 KB, so a 4 KB page holds three or four; bulk
    // writes (a sync page, a re-flag that rewrites thousands of rows) then pay per-page work —
    // B-tree balancing, WAL frame headers and checksums — four times as often. Measured at
    // 100,000 comments: re-check 2.1 → 1.9 s, ingest +5 %, queue and search unchanged.
    if (version === 0) db.pragma('page_size = 16384');
    useWal(db, path);
    // FULL, not NORMAL: in WAL mode NORMAL only syncs at checkpoints, so a power cut can
    // roll back the last committed transactions — including an outbox row for a decision
    // the user already saw applied. FULL fsyncs the WAL at every commit; every bulk
    // operation is one transaction, so this costs one fsync per user action, not per row.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // 64 MB of page cache (the default is 2 MB): a sync page or a bulk action of
    // 100,000 rows then stays in memory until commit instead of spilling pages early.
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    if (version < latestVersion) migrate(db, path);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** How long an open waits for another process converting the new file to WAL (as busy_timeout). */
const WAL_WAIT_MS = 5000;
const pauseCell = new Int32Array(new SharedArrayBuffer(4));

/**
 * WAL is the file's own setting: once set, every later open finds it and takes no lock. Setting
 * it needs the file to itself, and SQLite runs no busy handler for that: a second process opening
 * the same new file at that moment (two CLI commands, the app beside the CLI) was refused with
 * "database is locked" whatever busy_timeout said. So it waits here, in short pauses, as
 * busy_timeout would, and takes "another process converted it meanwhile" for success.
 */
function useWal(db: Db, path: string): void {
  const deadline = Date.now() + WAL_WAIT_MS;
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    try {
      if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: unknown } | null)?.code !== 'SQLITE_BUSY') throw err;
    }
    if (Date.now() >= deadline) throw new AppError('internal', coded('store.busy', { path }));
    Atomics.wait(pauseCell, 0, 0, pause);
  }
}

function newerVersion(path: string, version: number): AppError {
  return new AppError('conflict', coded('store.newer', { path, version, latest: latestVersion }));
}

/**
 * Applies the migrations the file lacks, all in one transaction. The version is read again
 * inside a write (IMMEDIATE) transaction: two processes that both found an old schema at
 * open would otherwise both apply the same migration, and the second one fail on it.
 */
function migrate(db: Db, path: string): void {
  db.transaction(() => {
    const from = db.pragma('user_version', { simple: true }) as number;
    if (from > latestVersion) throw newerVersion(path, from);
    const pending = migrations.filter((m) => m.version > from);
    if (pending.length === 0) return;
    for (const m of pending) {
      db.exec(m.sql);
      m.backfill?.(db);
    }
    db.pragma(`user_version = ${latestVersion}`);
  }).immediate();
}
