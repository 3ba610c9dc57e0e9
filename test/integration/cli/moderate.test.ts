// The scenario a blog owner runs from a terminal or a cron job: add a site,
// sync, read the queue, decide, sync again — and the site shows the decisions.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommentSummary, OutboxItem, SyncRun } from '../../../shared/types';
import { ADMIN, FakeWordPress } from '../../support/fake-wordpress';
import { runCli, tempDir, type CliResult } from './run-cli';

let fake: FakeWordPress;
const tmp = tempDir('moderato-cli-moderate-');
const env = { MODERATO_APP_PASSWORD: ADMIN.appPassword };

function cli(...args: string[]): Promise<CliResult> {
  return runCli([...args, '--db', tmp.db], { env });
}

async function json<T>(...args: string[]): Promise<T> {
  const r = await cli(...args, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
}

beforeAll(async () => {
  fake = await FakeWordPress.start({
    posts: [{ id: 1, title: 'Le pain au levain', slug: 'pain-au-levain' }],
    comments: [
      { id: 11, author_name: 'Marie', content: 'Merci pour la recette, le pain est superbe.' },
      { id: 12, author_name: 'Cheap Pills', author_url: 'http://pills.example', content: 'Great post! Visit my casino http://a.example http://b.example http://c.example' },
      { id: 13, author_name: 'Bob', content: 'How long should the dough rest overnight?' },
    ],
  });
});

afterAll(async () => {
  await fake.close();
  tmp.cleanup();
});

// Every step starts fresh Node processes (as a user's shell would); give a loaded machine room.
describe('moderato against a WordPress site', { timeout: 60_000 }, () => {
  let byRemote: Map<number, CommentSummary>;

  it('adds the site without writing the password from the environment to disk', async () => {
    const r = await cli('site', 'add', '--url', fake.url, '--user', 'admin');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Added site 1: Le blog de test (${fake.url}), signed in as admin.\n`);
    for (const name of readdirSync(tmp.dir)) {
      const file = join(tmp.dir, name);
      if (statSync(file).isFile()) expect(readFileSync(file).includes(ADMIN.appPassword)).toBe(false);
    }
  });

  it('syncs the comments waiting for moderation and lists them', async () => {
    const runs = await json<SyncRun[]>('sync');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ siteId: 1, newCount: 3, error: null });

    const queue = await json<CommentSummary[]>('queue', '--sort', 'spam');
    expect(queue.map((c) => c.remoteId)).toHaveLength(3);
    expect(queue[0]?.remoteId).toBe(12); // the casino comment is the likeliest spam
    byRemote = new Map(queue.map((c) => [c.remoteId, c]));

    const table = await cli('queue');
    expect(table.code).toBe(0);
    const [header, ...rows] = table.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^\s*ID\s+SITE\s+DATE\s+AUTHOR\s+STATUS\s+SCORE\s+FLAGS\s+EXCERPT$/);
    expect(rows).toHaveLength(3);
    expect(rows.find((row) => row.includes('Cheap Pills'))).toMatch(/pending .* spam\?\s+Great post! Visit my casino/);
  });

  it('shows one comment with its flags, post and author history', async () => {
    const spam = byRemote.get(12)!;
    const r = await cli('show', String(spam.id));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Comment ${spam.id} (#12 on Le blog de test), pending`);
    expect(r.stdout).toContain('Post: Le pain au levain');
    expect(r.stdout).toMatch(/3 links/);
    expect(r.stdout).toContain('[[casino]]');
    expect(r.stdout).toMatch(/Author history \(.*\): here 0 approved, 1 pending/);
  });

  it('records decisions locally and in the outbox; the next sync pushes them', async () => {
    const marie = byRemote.get(11)!;
    const bob = byRemote.get(13)!;
    const approve = await cli('approve', String(marie.id));
    expect(approve.code).toBe(0);
    expect(approve.stdout).toMatch(/^Approved: 1 comment\. Action \d+/);
    const spam = await cli('spam', '--remote', '--site', '1', '12');
    expect(spam.code).toBe(0);
    const reply = await cli('reply', String(bob.id), '--text', 'Une nuit au frais, douze heures.', '--approve');
    expect(reply.code).toBe(0);

    // Nothing reached the site yet: the CLI works offline exactly like the app.
    expect(fake.comments.get(11)?.status).toBe('hold');
    const queued = await json<OutboxItem[]>('outbox');
    expect(queued.filter((a) => a.state === 'queued').map((a) => a.kind).sort()).toEqual(
      expect.arrayContaining(['approve', 'reply', 'spam']),
    );
    const pending = await cli('queue');
    expect(pending.stdout).toBe('Nothing waiting for moderation.\n');

    const runs = await json<SyncRun[]>('sync');
    expect(runs[0]?.error).toBeNull();
    expect(runs[0]?.failedCount).toBe(0);
    expect(runs[0]?.pushedCount).toBeGreaterThanOrEqual(3);
    expect(fake.comments.get(11)?.status).toBe('approved');
    expect(fake.comments.get(12)?.status).toBe('spam');
    expect(fake.comments.get(13)?.status).toBe('approved');
    const replies = [...fake.comments.values()].filter((c) => c.parent === 13);
    expect(replies.map((c) => c.content)).toEqual(['Une nuit au frais, douze heures.']);
  });

  it('pushes at once with --push, and undo takes a decision already on the site back', async () => {
    const marie = byRemote.get(11)!;
    const trash = await cli('trash', String(marie.id), '--push');
    expect(trash.code).toBe(0);
    expect(fake.comments.get(11)?.status).toBe('trash');

    const undo = await cli('undo');
    expect(undo.code).toBe(0);
    expect(undo.stdout).toMatch(/^Undone: /);
    await json<SyncRun[]>('sync', '--push-only');
    expect(fake.comments.get(11)?.status).not.toBe('trash');
    const all = await json<CommentSummary[]>('queue', '--status', 'all');
    expect(all.find((c) => c.remoteId === 11)?.localStatus).not.toBe('trash');
  });

  it('exits 1 when the site refuses a decision, and the outbox says why', async () => {
    const bob = byRemote.get(13)!;
    fake.inject(
      { kind: 'wp-error', status: 400, code: 'rest_comment_content_invalid', message: 'Invalid comment content.' },
      { method: 'POST', route: /^\/wp\/v2\/comments\/13$/ },
    );
    expect((await cli('edit', String(bob.id), '--text', 'How long should the dough rest?')).code).toBe(0);
    const sync = await cli('sync');
    expect(sync.code).toBe(1);
    expect(sync.stderr).toContain('1 decision could not be pushed. "moderato outbox --failed" shows why.');
    const failed = await json<OutboxItem[]>('outbox', '--failed');
    expect(failed.map((a) => [a.kind, a.state])).toEqual([['edit', 'failed']]);
    expect(failed[0]?.lastError).toBeTruthy();
    expect(fake.comments.get(13)?.content).toBe('How long should the dough rest overnight?');
  });

  it('sees what changed on the site since the last sync', async () => {
    fake.addComment({ id: 20, author_name: 'Zoé', content: 'Et avec de la farine de seigle ?' });
    fake.addComment({ id: 21, author_name: 'Paul', content: 'Approved on the phone before the sync.', status: 'approved' });
    const runs = await json<SyncRun[]>('sync', '--pull-only');
    expect(runs[0]).toMatchObject({ newCount: 1, pushedCount: 0, error: null });
    const queue = await json<CommentSummary[]>('queue');
    expect(queue.find((c) => c.remoteId === 20)?.authorName).toBe('Zoé');
    // Approved on the site before Moderato ever saw it: not something to moderate.
    expect(queue.some((c) => c.remoteId === 21)).toBe(false);
  });

  it('replaces a password only once the site accepts it', async () => {
    const wrong = await runCli(['site', 'password', '1', '--db', tmp.db], { env: { MODERATO_APP_PASSWORD: 'wrong pass 0000' } });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/password/i);
    const right = await cli('site', 'password', '1');
    expect(right.code).toBe(0);
    expect(right.stdout).toMatch(/Password for site 1 replaced/);
  });

  it('will not drop decisions that never reached the site unless told to', async () => {
    const refused = await cli('site', 'remove', '1');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^moderato: 1 decision for Le blog de test .* has not reached the site yet\. Run "moderato sync --site 1" first, or add --force to drop it\.\n$/);
    const removed = await cli('site', 'remove', '1', '--force');
    expect(removed.code).toBe(0);
    expect(await json<unknown[]>('site', 'list')).toEqual([]);
    expect(fake.comments.get(13)?.status).toBe('approved'); // nothing changed on the site itself
  });
});
