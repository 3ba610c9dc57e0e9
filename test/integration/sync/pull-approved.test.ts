// The approved comments of the Unreplied window, pulled beside the queue from the fake WordPress:
// what a reader's thread looks like after a sync, what the next sync asks for, and what it notices.
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, AUTHOR, FakeWordPress, type FakeUser } from '../../support/fake-wordpress';
import { makeHarness, type SyncHarness } from '../../support/sync-harness';

const EDITOR: FakeUser = { id: 3, login: 'editrice', appPassword: 'eeee ffff gggg hhhh iiii jjjj', name: 'Éditrice', roles: ['editor'] };
const SUBSCRIBER: FakeUser = { id: 4, login: 'abonne', appPassword: 'kkkk llll mmmm nnnn oooo pppp', name: 'Abonné', roles: ['subscriber'] };
const DAY = 86_400_000;

let fake: FakeWordPress;
let h: SyncHarness;

/** WordPress's date_gmt form, `days` ago. */
const ago = (days: number, seconds = 0): string => new Date(Date.now() - days * DAY + seconds * 1000).toISOString().slice(0, 19);

async function setup(user: FakeUser = ADMIN): Promise<void> {
  fake = await FakeWordPress.start({
    users: [ADMIN, AUTHOR, EDITOR, SUBSCRIBER],
    posts: [
      { id: 1, title: 'Les confitures', slug: 'confitures', author: ADMIN.id },
      { id: 2, title: 'Le vélo', slug: 'velo', author: AUTHOR.id },
    ],
    comments: [
      { id: 10, post: 1, status: 'approved', date_gmt: ago(3), author_name: 'Claire', content: 'Merci pour la recette' },
      { id: 11, post: 1, parent: 10, status: 'approved', date_gmt: ago(2), author: ADMIN.id, author_name: 'Admin', content: 'Avec plaisir' },
      { id: 20, post: 1, status: 'approved', date_gmt: ago(3, 1), author_name: 'Marc', content: 'Et avec des prunes ?' },
      { id: 21, post: 1, parent: 20, status: 'approved', date_gmt: ago(2, 1), author: EDITOR.id, author_name: 'Éditrice', content: 'Oui !' },
      { id: 30, post: 2, status: 'approved', date_gmt: ago(3, 2), author_name: 'Jérôme', content: 'Quel démonte-pneu ?' },
      { id: 31, post: 2, parent: 30, status: 'approved', date_gmt: ago(2, 2), author: AUTHOR.id, author_name: 'Autrice', content: 'Un en plastique' },
      { id: 40, post: 2, status: 'approved', date_gmt: ago(3, 3), author_name: 'Priya', content: 'Super article' },
      { id: 41, post: 2, parent: 40, status: 'approved', date_gmt: ago(2, 3), author_name: 'Zoé', content: 'Je suis d’accord' },
      { id: 50, post: 1, status: 'approved', date_gmt: ago(3, 4), author_name: 'Sam', content: 'Bravo' },
      { id: 51, post: 1, parent: 50, status: 'approved', date_gmt: ago(2, 4), author: SUBSCRIBER.id, author_name: 'Abonné', content: 'Pareil' },
      { id: 80, post: 2, status: 'approved', date_gmt: ago(3, 5), author_name: 'Paul', content: 'Et les freins ?' },
      { id: 81, post: 2, parent: 80, status: 'approved', date_gmt: ago(2, 5), author: ADMIN.id, author_name: 'Admin', content: 'Bientôt' },
      { id: 60, post: 1, status: 'approved', date_gmt: ago(200), author_name: 'Ancien', content: 'Il y a longtemps' },
      { id: 70, post: 1, status: 'hold', date_gmt: ago(1), author_name: 'Luc', content: 'En attente' },
    ],
  });
  h = makeHarness({ baseUrl: fake.url, restRoot: fake.restRoot, user: user.login, appPassword: user.appPassword });
}

afterEach(async () => {
  h?.close();
  await fake?.close();
});

const unreplied = (): number[] =>
  h.store.listQueue({ status: 'approved', sort: 'newest', unreplied: true }, null, 500).items.map((c) => c.remoteId).sort((a, b) => a - b);

describe('the approved comments of the window', () => {
  it('first sync: readers’ comments answered by the admin, another moderator or the post’s author leave Unreplied; a reader’s answer does not', async () => {
    await setup();
    const run = await h.sync('pull');
    expect(run.error).toBeNull();
    expect(unreplied()).toEqual([40, 41, 50, 51]);
    expect(h.store.getCounts().bySite[h.site.id]!.unreplied).toBe(4);
    // The comment older than the window was not brought in; the pending one came with the queue.
    expect(h.byRemote(60)).toBeUndefined();
    expect(h.byRemote(70)?.serverStatus).toBe('pending');
    expect(h.store.siteStaff(h.site.id)).toEqual([ADMIN.id, EDITOR.id]);
    // Compact: the window's approved comments came without their link (no get_comment_link per comment).
    const listings = fake.requestsTo('GET', /^\/wp\/v2\/comments$/).filter((r) => r.query.get('status') === 'approve' && r.query.get('after'));
    expect(listings.length).toBeGreaterThan(0);
    for (const r of listings) expect(r.query.get('_fields')?.split(',')).not.toContain('link');
  });

  it('a reply written on the site removes a comment at the next sync, which asks only for what is newer', async () => {
    await setup();
    await h.sync('pull');
    const before = fake.requests.length;
    fake.addComment({ id: 42, post: 2, parent: 40, status: 'approved', date_gmt: ago(0), author: AUTHOR.id, author_name: 'Autrice', content: 'Merci Priya' });
    await h.sync('pull');
    expect(unreplied()).toEqual([41, 50, 51]);
    const approvedAsked = fake.requests.slice(before).filter((r) => r.route === '/wp/v2/comments' && r.query.get('status') === 'approve');
    // Incremental: one listing of what is newer than the last seen, not the whole window again.
    expect(approvedAsked.map((r) => r.query.get('after')!).every((after) => after > ago(2.5))).toBe(true);
  });

  it('the daily check notices a user’s reply trashed on the site: its comment is unreplied again', async () => {
    let now = Date.now();
    await setup();
    h.deps.now = () => new Date(now);
    await h.sync('pull');
    fake.comments.get(21)!.status = 'trash';
    await h.sync('pull');
    expect(unreplied()).toEqual([40, 41, 50, 51]); // the same day: not listed in full again
    now += DAY + 60_000;
    await h.sync('pull');
    expect(unreplied()).toEqual([20, 40, 41, 50, 51]);
    expect(h.byRemote(21)?.serverStatus).toBe('trash');
  });

  it('an account that may not list users still knows itself and the posts’ authors', async () => {
    await setup(EDITOR);
    const run = await h.sync('pull');
    expect(run.error).toBeNull();
    expect(h.store.siteStaff(h.site.id)).toEqual([EDITOR.id]);
    // The admin's reply on the post she wrote (10) counts; on another's post (80) she is not known to moderate,
    // so her reply there (81) reads as a reader's.
    expect(unreplied()).toEqual([40, 41, 50, 51, 80, 81]);
  });

  it('a pending comment whose author’s approved comment arrives with the window becomes likely fine', async () => {
    await setup();
    fake.comments.get(10)!.author_email = 'claire@example.fr';
    fake.addComment({ id: 90, post: 1, status: 'hold', date_gmt: ago(0), author_name: 'Claire', author_email: 'claire@example.fr', content: 'Encore merci' });
    // As the flag engine does: "approved before" when the author has an approved comment.
    h.store.setScorer((_input, ctx) =>
      ctx.approvedByAuthor > 0
        ? { flags: [{ kind: 'approved-author', reason: 'Approved before', weight: -4 }], score: -4, likelySpam: false, spamProbability: null }
        : { flags: [], score: 0, likelySpam: false, spamProbability: null },
    );
    // No site history asked for: only the window's approved comments can tell.
    await h.sync('pull', { authorHistoryLimit: 0 });
    const fine = h.store.listQueue({ status: 'pending', sort: 'newest', likelyFine: true }, null, 50).items.map((c) => c.remoteId);
    expect(fine).toEqual([90]);
  });

  it('a failure there is a warning: the queue is in and the sync succeeds', async () => {
    await setup();
    fake.inject({ kind: 'html-error', status: 500 }, { method: 'GET', route: /^\/wp\/v2\/users$/ });
    const run = await h.sync('pull');
    expect(run.error).toBeNull();
    expect(h.byRemote(70)?.serverStatus).toBe('pending');
    expect(h.events.some((e) => e.type === 'notice' && e.level === 'warning' && /approved comments for Unreplied/.test(e.message))).toBe(true);
  });
});
