// When syncs run: a second request joins the running one, sites sync side by side, the network
// coming back pushes what waited, and the interval keeps going.
import { afterEach, expect, it } from 'vitest';
import { ADMIN, FakeWordPress } from '../../support/fake-wordpress';
import { makeHarness, type SyncHarness } from '../../support/sync-harness';
import { SyncScheduler } from '../../../electron/core/sync/scheduler';
import { WordPressClient } from '../../../electron/core/sources/wordpress-client';

const fakes: FakeWordPress[] = [];
let h: SyncHarness | null = null;
afterEach(async () => {
  h?.close();
  h = null;
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

async function site(count: number): Promise<FakeWordPress> {
  const f = await FakeWordPress.start();
  for (let i = 0; i < count; i++) f.addComment({ status: 'hold' });
  fakes.push(f);
  return f;
}

it('one sync per site at a time; a second request joins it', async () => {
  const f = await site(3);
  h = makeHarness({ baseUrl: f.url, restRoot: f.restRoot, user: ADMIN.login, appPassword: ADMIN.appPassword });
  const scheduler = new SyncScheduler(h.deps);
  f.inject({ kind: 'slow', ms: 200 });
  const a = scheduler.syncNow(h.site.id);
  const b = scheduler.syncNow(h.site.id);
  expect(scheduler.isSyncing(h.site.id)).toBe(true);
  const [[runA], [runB]] = await Promise.all([a, b]);
  expect(runA).toBe(runB);
  expect(f.requestsTo('GET', /^\/wp\/v2\/comments$/).filter((r) => r.query.get('status') === 'hold')).toHaveLength(1);
  expect(scheduler.isSyncing(h.site.id)).toBe(false);
});

it('several sites sync in parallel, each with its own client', async () => {
  const one = await site(2);
  const two = await site(5);
  h = makeHarness({ baseUrl: one.url, restRoot: one.restRoot, user: ADMIN.login, appPassword: ADMIN.appPassword });
  const second = h.store.addSite({ baseUrl: two.url, restRoot: two.restRoot, user: ADMIN.login, name: 'Second' });
  // Every request is slow: had the sites synced one after the other, the one synced second would
  // not be asked anything before the other's last request.
  one.inject({ kind: 'slow', ms: 150 }, { times: 100 });
  two.inject({ kind: 'slow', ms: 150 }, { times: 100 });
  const runs = await new SyncScheduler({
    ...h.deps,
    client: (s) => new WordPressClient({ baseUrl: s.baseUrl, restRoot: s.restRoot, user: ADMIN.login, appPassword: ADMIN.appPassword }),
  }).syncNow();
  const span = (f: FakeWordPress) => [Math.min(...f.requests.map((r) => r.arrival)), Math.max(...f.requests.map((r) => r.arrival))];
  const [firstToOne, lastToOne] = span(one);
  const [firstToTwo, lastToTwo] = span(two);
  expect(firstToTwo).toBeLessThan(lastToOne!);
  expect(firstToOne).toBeLessThan(lastToTwo!);
  expect(runs.map((r) => [r.siteId, r.newCount]).sort((a, b) => a[0]! - b[0]!)).toEqual([
    [h.site.id, 2],
    [second.id, 5],
  ]);
});

it('network regained: the decisions taken offline go out, and the interval syncs again', async () => {
  const f = await site(4);
  h = makeHarness({ baseUrl: f.url, restRoot: f.restRoot, user: ADMIN.login, appPassword: ADMIN.appPassword });
  let intervalMinutes = 60;
  const scheduler = new SyncScheduler(h.deps, { intervalMinutes: () => intervalMinutes });
  await scheduler.start();
  f.inject({ kind: 'drop' }, { times: 100 });
  h.store.recordActions(h.comments().map((c) => c.id), 'approve');
  await scheduler.syncNow(h.site.id, 'push');
  expect(h.store.unsentCount(h.site.id)).toBe(4);
  const triedOffline = f.requestsTo('POST', /comments\/\d+$/).length;
  // A scheduled sync honours the backoff: nothing is sent while the actions wait.
  await scheduler.syncOne(h.site.id, 'push');
  expect(f.requestsTo('POST', /comments\/\d+$/).length).toBe(triedOffline);
  f.clearFaults();
  // The backoff would wait; the OS saying "online" is a reason to try now.
  await scheduler.networkRegained();
  expect([...f.comments.values()].map((c) => c.status)).toEqual(['approved', 'approved', 'approved', 'approved']);

  // The interval is read from the settings at each tick: 1.2 s now, and the next tick syncs.
  intervalMinutes = 0.02;
  await scheduler.stop();
  await scheduler.start();
  f.addComment({ status: 'hold', content: 'Arrived later' });
  const finishedBefore = h.events.filter((e) => e.type === 'sync-finished').length;
  await new Promise((r) => setTimeout(r, 1_600));
  await scheduler.stop();
  expect(h.events.filter((e) => e.type === 'sync-finished').length).toBe(finishedBefore + 1);
  expect(h.comments().some((c) => c.excerpt.includes('Arrived later'))).toBe(true);
  expect(h.events.filter((e) => e.type === 'sync-finished').length).toBeGreaterThanOrEqual(4);
});
