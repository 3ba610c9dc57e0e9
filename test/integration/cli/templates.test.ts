// Saved replies from a terminal: kept with `templates`, sent with `reply ID --template NAME` filled
// in for the comment; and the Unreplied and Likely fine views as `queue` flags.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommentSummary, SavedReply } from '../../../shared/types';
import { ADMIN, FakeWordPress } from '../../support/fake-wordpress';
import { runCli, tempDir, type CliResult } from './run-cli';

const DAY = 86_400_000;
const ago = (days: number): string => new Date(Date.now() - days * DAY).toISOString().slice(0, 19);

let fake: FakeWordPress;
const tmp = tempDir('moderato-cli-templates-');
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
      { id: 11, status: 'approved', date_gmt: ago(3), author_name: 'Marie', author_email: 'marie@example.fr', content: 'Quelle farine ?' },
      { id: 12, status: 'hold', date_gmt: ago(1), author_name: 'Marie', author_email: 'marie@example.fr', content: 'Le pain est superbe.' },
      { id: 13, status: 'hold', date_gmt: ago(1), author_name: 'Bob', author_email: 'bob@example.org', content: 'How long should it rest?' },
    ],
  });
  expect((await cli('site', 'add', '--url', fake.url, '--user', 'admin')).code).toBe(0);
  expect((await cli('sync')).code).toBe(0);
});

afterAll(async () => {
  await fake.close();
  tmp.cleanup();
});

describe('saved replies and the views from the CLI', { timeout: 180_000 }, () => {
  it('templates add, list, edit, move and remove', async () => {
    expect((await cli('templates', 'list')).stdout).toMatch(/^No saved replies yet/);
    const added = await cli('templates', 'add', 'merci', '--text', 'Merci {author} pour votre mot sur « {post} » ! — {site}');
    expect(added).toMatchObject({ code: 0, stdout: 'Saved reply "merci" added (number 1).\n' });
    expect((await cli('templates', 'add', 'bientot', '--text', 'Réponse bientôt.')).code).toBe(0);
    expect((await cli('templates', 'add', 'vieux', '--text', 'À supprimer')).code).toBe(0);
    const twice = await cli('templates', 'add', 'MERCI', '--text', 'x');
    expect(twice.code).toBe(1);
    expect(twice.stderr).toBe('moderato: There is already a saved reply named "merci".\n');

    expect((await cli('templates', 'edit', 'bientot', '--text', 'Je vous réponds bientôt, {author}.')).code).toBe(0);
    expect((await cli('templates', 'move', 'bientot', '--to', '1')).stdout).toBe(
      ' 1. bientot: Je vous réponds bientôt, {author}.\n 2. merci: Merci {author} pour votre mot sur « {post} » ! — {site}\n 3. vieux: À supprimer\n',
    );
    expect((await cli('templates', 'remove', 'vieux')).stdout).toBe('Saved reply "vieux" deleted.\n');
    const saved = await json<SavedReply[]>('templates', 'list');
    expect(saved.map((r) => [r.name, r.position])).toEqual([['bientot', 0], ['merci', 1]]);

    const missing = await cli('templates', 'remove', 'nope');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('There is no saved reply named "nope". Saved replies: "bientot", "merci".');
  });

  it('queue --unreplied and --likely-fine', async () => {
    const unreplied = await json<CommentSummary[]>('queue', '--unreplied');
    expect(unreplied.map((c) => c.remoteId)).toEqual([11]);
    const fine = await json<CommentSummary[]>('queue', '--likely-fine');
    expect(fine.map((c) => c.remoteId)).toEqual([12]);
    const both = await cli('queue', '--unreplied', '--likely-fine');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--unreplied and --likely-fine cannot be used together.');
  });

  it('reply --template sends the saved reply filled in for that comment, and Unreplied empties', async () => {
    const [marie] = await json<CommentSummary[]>('queue', '--unreplied');
    const sent = await cli('reply', String(marie!.id), '--template', 'Merci', '--push');
    expect(sent.code).toBe(0);
    const replies = [...fake.comments.values()].filter((c) => c.parent === 11);
    expect(replies.map((c) => c.content)).toEqual(['Merci Marie pour votre mot sur « Le pain au levain » ! — Le blog de test']);
    expect((await cli('queue', '--unreplied')).stdout).toBe('Every reader has an answer.\n');
  });

  it('reply --template refuses an unknown name or both --text and --template, and sends nothing', async () => {
    const [bob] = (await json<CommentSummary[]>('queue')).filter((c) => c.remoteId === 13);
    const unknown = await cli('reply', String(bob!.id), '--template', 'adieu');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no saved reply named "adieu". Saved replies: "bientot", "merci".');
    const both = await cli('reply', String(bob!.id), '--template', 'merci', '--text', 'x');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--text and --template cannot be used together.');
    expect((await cli('outbox')).stdout).toBe('The outbox is empty.\n');
  });
});
