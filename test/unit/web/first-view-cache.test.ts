// The first view kept for the page: asked of the core once, again after any change, whether the
// core made it (an event) or another process wrote the database (its files changed).
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventBus } from '../../../electron/core/events';
import { firstViewCache } from '../../../electron/core/web/first-view-cache';
import type { Result } from '../../../shared/errors';

let dir: string;
let db: string;
let wal: string;
let made: number;
let answer: Result<unknown>;
const make = async (): Promise<Result<unknown>> => (made++, answer);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'moderato-first-view-'));
  db = join(dir, 'moderato.db');
  wal = `${db}-wal`;
  writeFileSync(db, 'database');
  made = 0;
  answer = { ok: true, value: { pending: 3 } };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the first view kept for the page', () => {
  it('is asked of the core once while nothing changes', async () => {
    const cache = firstViewCache(make, new EventBus(), [db, wal]);
    expect(await cache.get()).toEqual(answer);
    expect(await cache.get()).toEqual(answer);
    expect(made).toBe(1);
  });

  it('is asked again after the core reports a change, even one made while it was being read', async () => {
    const events = new EventBus();
    const cache = firstViewCache(make, events, [db, wal]);
    const reading = cache.get();
    events.emit({ type: 'queue-changed', siteIds: [1] });
    await reading;
    answer = { ok: true, value: { pending: 2 } };
    expect(await cache.get()).toEqual(answer);
    expect(made).toBe(2);
  });

  it('is asked again when another process writes the database (its log appears or grows)', async () => {
    const cache = firstViewCache(make, new EventBus(), [db, wal]);
    await cache.get();
    writeFileSync(wal, 'first commit');
    answer = { ok: true, value: { pending: 4 } };
    expect(await cache.get()).toEqual(answer);
    appendFileSync(wal, ', second commit');
    await cache.get();
    expect(made).toBe(3);
  });

  it('keeps no refusal: the next load asks again', async () => {
    answer = { ok: false, error: { kind: 'internal', message: 'The database is busy.' } };
    const cache = firstViewCache(make, new EventBus(), [db, wal]);
    await cache.get();
    answer = { ok: true, value: { pending: 3 } };
    expect(await cache.get()).toEqual(answer);
    expect(made).toBe(2);
  });
});
