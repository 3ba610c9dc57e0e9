// kill -9 while a separate Moderato process pushes 60 decisions to the real WordPress, then the next
// start: every decision on the site exactly once, one reply, nothing left in the outbox.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { makeHarness } from '../support/sync-harness';
import { SyncScheduler } from '../../electron/core/sync/scheduler';
import { WP, resetSite, siteAdmin } from './wp-env';

const CHILD = fileURLToPath(new URL('../support/push-child.ts', import.meta.url));

it('resumes after kill -9 mid-push without losing or doubling anything', async () => {
  const post = resetSite().posts['notes-on-slow-travel']!;
  const created: number[] = [];
  for (let i = 0; i < 60; i++) {
    // Moderators may create pending comments over REST; these stand for a busy morning's queue.
    const c = await siteAdmin.send('POST', 'wp/v2/comments', { _fields: 'id' }, {
      post, content: `Commentaire en attente numéro ${i}`, status: 'hold', author_name: `Lecteur ${i}`, author_email: `lecteur${i}@example.fr`,
    });
    created.push((c.json as { id: number }).id);
  }
  const dir = mkdtempSync(join(tmpdir(), 'moderato-wp-kill-'));
  try {
    const dbPath = join(dir, 'moderato.db');
    const access = { baseUrl: WP.url, restRoot: `${WP.url}/wp-json/`, user: WP.user, appPassword: WP.appPassword };
    const before = makeHarness(access, { path: dbPath });
    await before.sync('pull');
    const mine = before.comments().filter((c) => created.includes(c.remoteId));
    expect(mine).toHaveLength(60);
    before.store.recordReply(mine[30]!.id, 'Merci pour ce commentaire !');
    before.store.recordActions(mine.map((c) => c.id), 'approve');
    before.close();

    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbPath, WP.user, WP.appPassword], { stdio: 'ignore' });
    const exited = new Promise<string | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const approvedNow = () => siteAdmin.countComments({ status: 'approve', type: 'all', post });
    const baseline = await approvedNow();
    for (let i = 0; i < 400 && (await approvedNow()) - baseline < 5; i++) await new Promise((r) => setTimeout(r, 25));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const approvedAtKill = (await approvedNow()) - baseline;
    expect(approvedAtKill).toBeGreaterThan(0);
    expect(approvedAtKill).toBeLessThan(61);

    const after = makeHarness(access, { path: dbPath });
    const scheduler = new SyncScheduler(after.deps);
    const [run] = await scheduler.start();
    await scheduler.stop();
    expect(run!.error).toBeNull();
    expect(after.store.listOutbox()).toEqual([]);
    const onSite = await siteAdmin.getComments(created);
    expect(onSite.every((c) => c.status === 'approved')).toBe(true);
    const replies = (await siteAdmin.listComments({ parent: mine[30]!.remoteId, status: 'any', type: 'all' })).items;
    expect(replies.map((r) => r.content_raw)).toEqual(['Merci pour ce commentaire !']);
    after.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
