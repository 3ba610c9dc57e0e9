// kill -9 in the middle of a push, then the next start: every decision reaches the site once,
// the reply that was being posted is not posted twice.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { ADMIN, FakeWordPress } from '../../support/fake-wordpress';
import { makeHarness } from '../../support/sync-harness';
import { SyncScheduler } from '../../../electron/core/sync/scheduler';

const CHILD = fileURLToPath(new URL('../../support/push-child.ts', import.meta.url));
let fake: FakeWordPress | null = null;
let dir: string | null = null;
afterEach(async () => {
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function until(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

it('resumes after kill -9 without losing or doubling anything', async () => {
  fake = await FakeWordPress.start({ posts: [{ id: 10, slug: 'p', title: 'Post' }] });
  for (let i = 0; i < 30; i++) fake.addComment({ post: 10, status: 'hold' });
  dir = mkdtempSync(join(tmpdir(), 'moderato-kill-'));
  const dbPath = join(dir, 'moderato.db');
  const access = { baseUrl: fake.url, restRoot: fake.restRoot, user: ADMIN.login, appPassword: ADMIN.appPassword };

  const before = makeHarness(access, { path: dbPath });
  await before.sync('pull');
  const ids = before.comments().map((c) => c.id);
  const replyTo = before.comments()[0]!;
  before.store.recordReply(replyTo.id, 'Merci, réponse envoyée une seule fois.');
  before.store.recordActions(ids, 'approve');
  before.close();

  // Every answer is slow; the reply is created at once but its answer comes late.
  fake.inject({ kind: 'slow', ms: 40 }, { method: 'POST', route: /^\/wp\/v2\/comments\/\d+$/, times: 1000 });
  fake.inject({ kind: 'slow-after', ms: 5_000 }, { method: 'POST', route: /^\/wp\/v2\/comments$/ });
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbPath, ADMIN.login, ADMIN.appPassword], { stdio: 'pipe' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal === null ? _code : -1)));
  await until(() => fake!.requestsTo('POST', /^\/wp\/v2\/comments$/).length === 1, 15_000);
  await until(() => fake!.requestsTo('POST', /^\/wp\/v2\/comments\/\d+$/).length >= 4, 15_000);
  child.kill('SIGKILL');
  expect(await exited).toBe(-1);
  const approvedBeforeKill = [...fake.comments.values()].filter((c) => c.status === 'approved' && c.author === 0).length;
  expect(approvedBeforeKill).toBeGreaterThan(0);
  expect(approvedBeforeKill).toBeLessThan(30);
  fake.clearFaults();

  // Next start: the scheduler requeues what was "sending" and pushes the rest.
  const after = makeHarness(access, { path: dbPath });
  const scheduler = new SyncScheduler(after.deps);
  const [run] = await scheduler.start();
  await scheduler.stop();
  expect(run!.error).toBeNull();
  expect(after.store.listOutbox()).toEqual([]);
  const visitors = [...fake.comments.values()].filter((c) => c.author === 0);
  expect(visitors.every((c) => c.status === 'approved')).toBe(true);
  const replies = [...fake.comments.values()].filter((c) => c.author === ADMIN.id);
  expect(replies.map((r) => [r.parent, r.content])).toEqual([[replyTo.remoteId, 'Merci, réponse envoyée une seule fois.']]);
  expect(fake.requestsTo('POST', /^\/wp\/v2\/comments$/)).toHaveLength(1);
  after.close();
});
