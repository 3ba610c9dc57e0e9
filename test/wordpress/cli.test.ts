// The CLI scenario against a real, unmodified WordPress on 127.0.0.1 (test/wordpress/run.sh):
// add the site, sync, list, decide, sync again — and wp-admin shows the decisions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommentSummary, SyncRun } from '../../shared/types';
import { runCli, tempDir, type CliResult } from '../integration/cli/run-cli';
import { PENDING_KEYS, type SeededIds } from '../support/sync-seed';
import { WP, onSite, resetSite, siteAdmin } from './wp-env';

let ids: SeededIds;
const tmp = tempDir('moderato-cli-wp-');
const env = { MODERATO_APP_PASSWORD: WP.appPassword };
const remote = (key: string): number => ids.comments[key]!;

function cli(...args: string[]): Promise<CliResult> {
  return runCli([...args, '--db', tmp.db], { env });
}

async function json<T>(...args: string[]): Promise<T> {
  const r = await cli(...args, '--json');
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

beforeAll(() => {
  ids = resetSite();
});
afterAll(() => tmp.cleanup());

describe('real WordPress: the moderato CLI', () => {
  it('refuses a wrong password and an account that cannot moderate, in one line each', async () => {
    const [wrong, author] = await Promise.all([
      runCli(['site', 'add', '--url', WP.url, '--user', WP.user, '--db', tmp.db], { env: { MODERATO_APP_PASSWORD: 'abcd abcd abcd abcd abcd abcd' } }),
      runCli(['site', 'add', '--url', WP.url, '--user', WP.authorUser, '--db', tmp.db], { env: { MODERATO_APP_PASSWORD: WP.authorAppPassword } }),
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/did not accept the user name and Application Password/)]);
    expect(author.code).toBe(1);
    expect(author.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/not allowed to moderate comments/)]);
  });

  it('adds the site, syncs the comments in moderation and lists them', async () => {
    const added = await cli('site', 'add', '--url', WP.url, '--user', WP.user);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^Added site 1: /);

    const runs = await json<SyncRun[]>('sync');
    expect(runs[0]).toMatchObject({ siteId: 1, newCount: PENDING_KEYS.length, error: null });
    const queue = await json<CommentSummary[]>('queue', '--limit', '500');
    expect(queue.map((c) => c.remoteId).sort((a, b) => a - b)).toEqual(PENDING_KEYS.map(remote).sort((a, b) => a - b));

    const table = await cli('queue', '--sort', 'spam');
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^\s*ID\s+SITE\s+DATE\s+AUTHOR\s+STATUS\s+SCORE\s+FLAGS\s+EXCERPT/);
    expect(table.stdout).toContain('Marc Lefèvre');
  });

  it('approves, marks spam and replies; the next sync puts it on the site', async () => {
    expect((await cli('approve', '--remote', '--site', '1', String(remote('marc-reply')))).code).toBe(0);
    expect((await cli('spam', '--remote', '--site', '1', String(remote('stage')))).code).toBe(0);
    const reply = await cli('reply', '--remote', '--site', '1', String(remote('velo-question')), '--text', 'Un démonte-pneu suffit.', '--approve');
    expect(reply.code, reply.stderr).toBe(0);
    expect((await onSite(remote('marc-reply')))!.status).toBe('pending');

    const runs = await json<SyncRun[]>('sync');
    expect(runs[0]).toMatchObject({ error: null, failedCount: 0 });
    expect((await onSite(remote('marc-reply')))!.status).toBe('approved');
    expect((await onSite(remote('stage')))!.status).toBe('spam');
    expect((await onSite(remote('velo-question')))!.status).toBe('approved');
    const replies = (await siteAdmin.listComments({ parent: remote('velo-question'), status: 'any', type: 'all' })).items;
    expect(replies.map((r) => r.content_raw)).toEqual(['Un démonte-pneu suffit.']);
  });

  it('trash --push reaches the site at once, and undo brings the comment back', async () => {
    const trash = await cli('trash', '--remote', '--site', '1', String(remote('claire-again')), '--push');
    expect(trash.code, trash.stderr).toBe(0);
    expect((await onSite(remote('claire-again')))!.status).toBe('trash');
    expect((await cli('undo')).code).toBe(0);
    await json<SyncRun[]>('sync', '--push-only');
    expect((await onSite(remote('claire-again')))!.status).toBe('pending');
  });
});
