// Pulling the moderation queue from the fake WordPress into a real store.
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, FakeWordPress } from '../../support/fake-wordpress';
import { seedFake, PENDING_KEYS, type SeededIds } from '../../support/sync-seed';
import { makeHarness, type SyncHarness } from '../../support/sync-harness';
import type { TrainingExample } from '../../../electron/core/sync/training';

let fake: FakeWordPress;
let h: SyncHarness;
let ids: SeededIds;

async function setup(extra?: (f: FakeWordPress) => void): Promise<void> {
  fake = await FakeWordPress.start();
  ids = seedFake(fake);
  extra?.(fake);
  h = makeHarness({ baseUrl: fake.url, restRoot: fake.restRoot, user: ADMIN.login, appPassword: ADMIN.appPassword });
}

afterEach(async () => {
  h?.close();
  await fake?.close();
});

const pendingRemoteIds = (): number[] => h.comments().filter((c) => c.serverStatus === 'pending').map((c) => c.remoteId).sort((a, b) => a - b);

describe('first sync', () => {
  it('brings every pending comment, pingbacks and trackbacks included, with the thread above them', async () => {
    await setup();
    const run = await h.sync('pull');
    expect(run.error).toBeNull();
    expect(pendingRemoteIds()).toEqual(PENDING_KEYS.map((k) => ids.comments[k]!).sort((a, b) => a - b));
    expect(run.newCount).toBe(PENDING_KEYS.length);

    const pingback = h.byRemote(ids.comments['velo-pingback']!)!;
    expect(pingback.type).toBe('pingback');
    expect(h.byRemote(ids.comments['travel-trackback']!)!.type).toBe('trackback');

    // The approved root of the French thread was fetched for context, and the thread reads in order.
    const detail = h.store.getComment(h.localId(ids.comments['claire-again']!));
    expect(detail.parents.map((p) => p.authorName)).toEqual(['Claire Dubois', 'Marc Lefèvre']);
    expect(detail.parents[0]!.serverStatus).toBe('approved');
    expect(detail.post?.title).toBe('Les confitures de grand-mère');
    expect(detail.authorIp).toBe('198.51.100.23');
    expect(detail.date).toBe('2024-05-04T07:05:33Z');
    expect(detail.link).toBe(`${fake.url}/?p=${ids.posts['les-confitures-de-grand-mere']}#comment-${ids.comments['claire-again']}`);

    // Post titles are decoded (the fake texturizes the apostrophe like WordPress).
    expect(h.store.getComment(h.localId(ids.comments['velo-question']!)).post?.title).toBe("Réparer un vélo soi-même : c’est facile");

    // Spam and trash already on the site are not part of the queue.
    expect(h.byRemote(ids.comments['travel-spam']!)).toBeUndefined();

    // The author history: Priya has one approved comment on the site.
    const priya = h.store.getComment(h.localId(ids.comments['travel-pending']!));
    expect(priya.author.site?.approved).toBe(1);

    // Progress reached the status bar and the run was recorded.
    expect(h.events.some((e) => e.type === 'sync-progress' && e.phase === 'pull')).toBe(true);
    expect(h.events.at(-1)).toMatchObject({ type: 'sync-finished', run: { newCount: PENDING_KEYS.length, error: null } });
  });

  it('lists only what it needs: no full objects in the cheap listings, _fields on full fetches', async () => {
    await setup();
    await h.sync('pull');
    const commentGets = fake.requestsTo('GET', /^\/wp\/v2\/comments$/);
    for (const r of commentGets) {
      expect(r.query.get('_fields')).toBeTruthy();
      expect(r.query.get('per_page') === '100' || r.query.get('per_page') === '1').toBe(true);
    }
  });
});

describe('author history on the site', () => {
  it('a small blog: one listing of approved emails covers every new author', async () => {
    await setup();
    await h.sync('pull');
    expect(fake.requestsTo('GET', /^\/wp\/v2\/comments$/).filter((r) => r.query.get('author_email') !== null)).toHaveLength(0);
    expect(h.store.getComment(h.localId(ids.comments['marc-reply']!)).author.site?.approved).toBe(0);
    expect(h.store.getComment(h.localId(ids.comments['claire-again']!)).author.site?.approved).toBe(1);
  });

  it('a big blog: one count per new author instead of listing thousands of approved comments', async () => {
    await setup((f) => {
      for (let i = 0; i < 1000; i++) f.addComment({ status: 'approved', author_email: i % 2 ? 'fidele@example.fr' : `autre${i}@example.org` });
      f.addComment({ status: 'hold', author_email: 'Fidele@example.fr', content: 'Encore moi' });
    });
    await h.sync('pull');
    const counts = fake.requestsTo('GET', /^\/wp\/v2\/comments$/).filter((r) => r.query.get('author_email') !== null);
    expect(counts.map((r) => r.query.get('author_email')).sort()).toContain('fidele@example.fr');
    const fidele = h.comments().find((c) => c.authorEmail.toLowerCase() === 'fidele@example.fr')!;
    expect(h.store.getComment(fidele.id).author.site?.approved).toBe(500);
  });
});

describe('author history past the per-sync cap', () => {
  it('the next syncs resume the authors a capped sync did not reach', async () => {
    await setup((f) => {
      for (let i = 0; i < 1000; i++) f.addComment({ status: 'approved', author_email: `ancien${i % 7}@example.org` });
      for (let i = 0; i < 5; i++) f.addComment({ status: 'hold', author_email: `ancien${i}@example.org`, content: `Retour ${i}` });
    });
    const known = () =>
      h.comments().filter((c) => c.authorEmail.startsWith('ancien') && h.store.getComment(c.id).author.site !== null).length;
    const counted = () => fake.requestsTo('GET', /^\/wp\/v2\/comments$/).filter((r) => r.query.get('author_email') !== null).length;
    // Two authors per sync at most; nothing new arrives after the first sync, yet each one goes on.
    let syncs = 0;
    while (known() < 5 && syncs < 12) {
      const before = counted();
      await h.sync('pull', { authorHistoryLimit: 2 });
      expect(counted() - before).toBeLessThanOrEqual(2);
      syncs++;
    }
    expect(known()).toBe(5);
    expect(syncs).toBeGreaterThan(1);
    const third = h.comments().find((c) => c.authorEmail === 'ancien3@example.org')!;
    expect(h.store.getComment(third.id).author.site?.approved).toBe(143);
  });

  it('a sync that stored new comments but failed before their history: the next one, with nothing new, fetches it', async () => {
    await setup();
    await h.sync('pull');
    const newcomer = fake.addComment({ status: 'hold', author_email: 'nouvelle@example.fr', content: 'Première visite' });
    for (let i = 0; i < 2; i++) fake.addComment({ status: 'approved', author_email: 'nouvelle@example.fr', content: `Déjà lue ${i}` });
    const historyListing = (q: URLSearchParams): boolean => q.get('_fields') === 'id,author_email';
    fake.inject({ kind: 'html-error', status: 500 }, { route: /^\/wp\/v2\/comments$/, query: historyListing, times: 10 });
    const failed = await h.sync('pull');
    expect(failed.error).not.toBeNull();
    // The comment is in (stored before the history step), its author's history is not.
    expect(h.store.getComment(h.localId(newcomer.id)).author.site).toBeNull();

    fake.clearFaults();
    const next = await h.sync('pull');
    expect([next.error, next.newCount]).toEqual([null, 0]);
    expect(h.store.getComment(h.localId(newcomer.id)).author.site?.approved).toBe(2);
  });

  it('an approved comment put back in the queue (undo of its approval) gets its author history at the next sync', async () => {
    await setup((f) => {
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 19);
      for (let i = 0; i < 3; i++) f.addComment({ status: 'approved', author_email: 'habitue@example.fr', content: `Bravo ${i}`, date_gmt: yesterday });
    });
    await h.sync('pull');
    // Brought in by the Unreplied window only: approved, so its author's history was not needed.
    const approved = h.comments().find((c) => c.authorEmail === 'habitue@example.fr' && c.localStatus === 'approved')!;
    expect(h.store.getComment(approved.id).author.site).toBeNull();

    h.store.recordActions([approved.id], 'unapprove');
    expect(h.store.getComment(approved.id).localStatus).toBe('pending');
    await h.sync('pull');
    expect(h.store.getComment(approved.id).author.site?.approved).toBe(3);
  });
});

describe('re-sync', () => {
  it('nothing changed: one request for the queue, one for the approved comments newer than the last seen', async () => {
    await setup();
    await h.sync('pull');
    const before = fake.requests.length;
    const run = await h.sync('pull');
    const asked = fake.requests.slice(before);
    expect(asked).toHaveLength(2);
    expect(asked.map((r) => r.query.get('status'))).toEqual(['hold', 'approve']);
    expect(asked[1]!.query.get('after')).toBeTruthy();
    expect([run.newCount, run.changedCount, run.goneCount]).toEqual([0, 0, 0]);
  });

  it('a comment approved on the site meanwhile, one deleted in wp-admin, one new', async () => {
    await setup();
    await h.sync('pull');
    fake.comments.get(ids.comments['velo-question']!)!.status = 'approved';
    fake.comments.delete(ids.comments['stage']!);
    const fresh = fake.addComment({ post: ids.posts['notes-on-slow-travel']!, content: 'Nouveau commentaire', status: 'hold' });
    const run = await h.sync('pull');
    expect(run).toMatchObject({ newCount: 1, changedCount: 1, goneCount: 1 });
    expect(h.byRemote(ids.comments['velo-question']!)!.serverStatus).toBe('approved');
    expect(h.byRemote(ids.comments['stage']!)).toBeUndefined();
    expect(h.byRemote(fresh.id)!.serverStatus).toBe('pending');
  });

  it('never overwrites a comment that has an unsent local action', async () => {
    await setup();
    await h.sync('pull');
    const remote = ids.comments['marc-reply']!;
    h.store.recordActions([h.localId(remote)], 'spam');
    fake.comments.get(remote)!.status = 'approved';
    fake.comments.get(remote)!.content = 'Changed on the site';
    await h.sync('pull');
    const mine = h.byRemote(remote)!;
    expect(mine.localStatus).toBe('spam');
    expect(mine.pendingAction).toBe('spam');
    expect(h.store.getComment(mine.id).contentRaw).not.toBe('Changed on the site');
  });
});

describe('paging while someone moderates on the site', () => {
  async function bigQueue(): Promise<void> {
    await setup((f) => {
      for (let i = 0; i < 450; i++) f.addComment({ post: 10, status: 'hold', content: `Commentaire ${i}` });
    });
  }

  function expectExactQueue(): void {
    const onSite = [...fake.comments.values()].filter((c) => c.status === 'hold').map((c) => c.id).sort((a, b) => a - b);
    expect(pendingRemoteIds()).toEqual(onSite);
  }

  it('first sync ends with the right set when comments are approved and added between page requests', async () => {
    await bigQueue();
    let listPages = 0;
    fake.beforeRequest = (r) => {
      if (r.method !== 'GET' || r.route !== '/wp/v2/comments' || r.query.get('status') !== 'hold') return;
      listPages++;
      if (listPages === 2 || listPages === 4 || listPages === 9) {
        // Someone approves two of the newest on their phone and a new comment arrives.
        const newest = [...fake.comments.values()].filter((c) => c.status === 'hold').sort((a, b) => b.id - a.id);
        newest[0]!.status = 'approved';
        newest[1]!.status = 'approved';
        fake.addComment({ post: 10, status: 'hold', content: `Arrivé pendant la liste ${listPages}` });
      }
    };
    await h.sync('pull');
    fake.beforeRequest = null;
    expectExactQueue();
  });

  it('re-sync ends with the right set when the queue shifts under the listing', async () => {
    await bigQueue();
    await h.sync('pull');
    // Approvals on the site make the cheap check fail, so the whole queue is listed while it shifts.
    for (const c of [...fake.comments.values()].slice(5, 8)) c.status = 'approved';
    let listPages = 0;
    fake.beforeRequest = (r) => {
      if (r.query.get('_fields') !== 'id' || r.query.get('status') !== 'hold') return;
      listPages++;
      if (listPages === 3) {
        const hold = [...fake.comments.values()].filter((c) => c.status === 'hold').sort((a, b) => b.id - a.id);
        hold[0]!.status = 'approved'; // page 1 loses one: page 2's first id slides back to page 1
        fake.comments.delete(hold[1]!.id);
      }
    };
    await h.sync('pull');
    fake.beforeRequest = null;
    expectExactQueue();
  });
});

describe('training examples for the spam filter', () => {
  it('hands over the site spam and approved comments once, newest first', async () => {
    await setup();
    const received: TrainingExample[] = [];
    const onTrainingExamples = (_siteId: number, examples: TrainingExample[]): void => void received.push(...examples);
    await h.sync('pull', { onTrainingExamples });
    expect(received.filter((e) => e.label === 'spam').map((e) => e.comment.author_name)).toEqual(['Cheap Flights']);
    expect(received.filter((e) => e.label === 'ham').map((e) => e.comment.id)).toEqual(
      [ids.comments['travel-approved']!, ids.comments['claire-root']!].sort((a, b) => b - a),
    );
    received.length = 0;
    fake.addComment({ status: 'spam', author_name: 'Casino' });
    await h.sync('pull', { onTrainingExamples });
    expect(received.map((e) => [e.label, e.comment.author_name])).toEqual([['spam', 'Casino']]);
  });
});

describe('training examples failing', () => {
  it('does not fail the sync: the queue is in, the user is told', async () => {
    await setup();
    fake.inject({ kind: 'malformed-json' }, { query: (q) => q.get('status') === 'spam' });
    const run = await h.sync('pull', { onTrainingExamples: () => undefined });
    expect(run.error).toBeNull();
    expect(pendingRemoteIds()).toHaveLength(PENDING_KEYS.length);
    expect(h.events.some((e) => e.type === 'notice' && e.level === 'warning' && /learn from/.test(e.message))).toBe(true);
  });
});
