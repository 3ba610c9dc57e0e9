// Unreplied against a real, unmodified WordPress 6.1 (test/wordpress/run.sh): threads answered by the
// post's author (an author-role user who may not moderate), by another moderator and by the account
// Moderato signs in with leave the view; one answered by a plain reader, or by a registered
// subscriber, stays; a reply posted on the site removes one at the next sync.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, type SyncHarness } from '../support/sync-harness';
import type { SeededIds } from '../support/sync-seed';
import { WP, seedSite, siteAdmin } from './wp-env';

const DAY = 86_400_000;
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0';
const JAM = 'les-confitures-de-grand-mere'; // written by the admin (the account Moderato uses)
const NOTEBOOK = 'le-carnet-de-sophie'; // written by redactrice, who may not moderate

/** WordPress's date_gmt form, `hours` ago (all well inside the 90-day window). */
const ago = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString().slice(0, 19);

let n = 0;
function comment(key: string, post: string, hours: number, extra: Record<string, string> = {}) {
  n++;
  return {
    key, post, date_gmt: ago(hours), status: 'approved', author_name: `Lecteur ${n}`, author_email: `lecteur${n}@example.fr`,
    author_ip: `198.51.100.${n}`, author_user_agent: FIREFOX, content: `Commentaire ${key}, merci pour l’article.`, ...extra,
  };
}
const by = (user: string, name: string) => ({ user, author_name: name, author_email: `${user}@example.org`, author_ip: '127.0.0.1' });

let ids: SeededIds;
let h: SyncHarness;

beforeEach(() => {
  ids = seedSite({
    users: [
      { login: 'correcteur', role: 'editor', name: 'Paul Correcteur' },
      { login: 'abonne', role: 'subscriber', name: 'Un abonné' },
    ],
    posts: [{ slug: JAM }, { slug: NOTEBOOK, title: 'Le carnet de Sophie', author: WP.authorUser }],
    comments: [
      comment('by-post-author', NOTEBOOK, 50),
      comment('by-post-author-reply', NOTEBOOK, 49, { parent: 'by-post-author', ...by(WP.authorUser, 'Sophie Rédactrice') }),
      comment('by-editor', JAM, 48),
      comment('by-editor-reply', JAM, 47, { parent: 'by-editor', ...by('correcteur', 'Paul Correcteur') }),
      comment('by-admin', JAM, 46),
      comment('by-admin-reply', JAM, 45, { parent: 'by-admin', ...by(WP.user, 'Moderato') }),
      comment('by-reader', JAM, 44),
      comment('by-reader-reply', JAM, 43, { parent: 'by-reader' }),
      comment('by-subscriber', NOTEBOOK, 42),
      comment('by-subscriber-reply', NOTEBOOK, 41, { parent: 'by-subscriber', ...by('abonne', 'Un abonné') }),
      // redactrice may not moderate: on a post she did not write, her answer is a reader's.
      comment('author-elsewhere', JAM, 40),
      comment('author-elsewhere-reply', JAM, 39, { parent: 'author-elsewhere', ...by(WP.authorUser, 'Sophie Rédactrice') }),
      comment('waiting', JAM, 38),
      comment('old', JAM, 24 * 200),
      comment('pending', JAM, 2, { status: 'hold' }),
    ],
  });
  h = makeHarness({ baseUrl: WP.url, restRoot: `${WP.url}/wp-json/`, user: WP.user, appPassword: WP.appPassword });
});
afterEach(() => h.close());

const remote = (key: string): number => ids.comments[key]!;
const unreplied = (): number[] =>
  h.store.listQueue({ status: 'approved', sort: 'newest', unreplied: true }, null, 500).items.map((c) => c.remoteId).sort((a, b) => a - b);
const keys = (...names: string[]): number[] => names.map(remote).sort((a, b) => a - b);

describe('real WordPress: Unreplied', () => {
  it('answered by the post’s author, another moderator or Moderato’s account: gone; by a reader or a subscriber: still there', async () => {
    const run = await h.sync('pull');
    expect(run.error).toBeNull();
    const expected = keys(
      'by-reader', 'by-reader-reply', 'by-subscriber', 'by-subscriber-reply', 'author-elsewhere', 'author-elsewhere-reply', 'waiting',
    );
    expect(unreplied()).toEqual(expected);
    expect(h.store.getCounts().bySite[h.site.id]!.unreplied).toBe(expected.length);
    // Older than the window: never brought in. Pending: in the queue, not in Unreplied.
    expect(h.byRemote(remote('old'))).toBeUndefined();
    expect(h.byRemote(remote('pending'))?.serverStatus).toBe('pending');
    // Who answers readers, as the site says: the account Moderato uses and the editor, not the author or the subscriber.
    const staff = h.store.siteStaff(h.site.id);
    expect(staff).toHaveLength(2);
    expect(staff).toContain((await siteAdmin.checkCredentials()).id);
  });

  it('a reply posted on the site removes the comment at the next sync; one from Moderato at once', async () => {
    await h.sync('pull');
    const waiting = h.byRemote(remote('waiting'))!;
    await siteAdmin.createReply({ post: ids.posts[JAM]!, parent: remote('waiting'), content: 'Merci, bonne journée !' });
    expect(unreplied()).toContain(waiting.remoteId);
    const run = await h.sync('pull');
    expect(run.error).toBeNull();
    expect(unreplied()).not.toContain(waiting.remoteId);

    h.store.recordReply(h.localId(remote('by-reader')), 'Bonne question, je vous réponds ce soir.');
    expect(unreplied()).not.toContain(remote('by-reader'));
    expect(unreplied()).toContain(remote('by-reader-reply'));
  });

  it('a moderator’s reply trashed on the site brings its comment back at the daily check', async () => {
    let now = Date.now();
    h.deps.now = () => new Date(now);
    await h.sync('pull');
    const reply = remote('by-editor-reply');
    const onSite = (await siteAdmin.getComments([reply]))[0]!;
    await siteAdmin.trashComment(reply);
    now += DAY + 60_000;
    await h.sync('pull');
    expect(unreplied()).toContain(remote('by-editor'));
    expect(h.byRemote(reply)?.serverStatus).toBe('trash');
    expect(onSite.author).toBeGreaterThan(0);
  });
});
