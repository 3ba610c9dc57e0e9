// The site's language, as its WordPress states it, recorded by the sync and judged against on a
// fresh install (issue 12): the fake WordPress answers /wp/v2/settings as WordPress 6.1 does
// (administrators only; "" for the default locale; no route on an old WordPress).
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, FakeWordPress, type FakeUser } from '../../support/fake-wordpress';
import { makeHarness, type SyncHarness } from '../../support/sync-harness';
import { SpamFilter } from '../../../electron/core/spam-filter';

const EDITOR: FakeUser = { id: 3, login: 'editrice', appPassword: 'eeee ffff gggg hhhh iiii jjjj', name: 'Éditrice', roles: ['editor'] };
const FRENCH = 'Bonjour, je voudrais connaître le prix de votre abonnement annuel et les délais de livraison pour la Belgique.';
const ENGLISH = 'Thanks for the tutorial, the part about merging data frames finally made sense to me.';

let fake: FakeWordPress | undefined;
let h: SyncHarness | undefined;

async function setup(language: string | undefined, user: FakeUser = ADMIN): Promise<SyncHarness> {
  fake = await FakeWordPress.start({ language, users: [ADMIN, EDITOR] });
  fake.addComment({ id: 10, content: FRENCH, author_name: 'Jean', author_email: 'jean@mail.example' });
  fake.addComment({ id: 11, content: ENGLISH, author_name: 'Sam', author_email: 'sam@mail.example' });
  h = makeHarness({ baseUrl: fake.url, restRoot: fake.restRoot, user: user.login, appPassword: user.appPassword });
  // The app's scorer: the flag engine with the site's (still learning) model.
  h.store.setScorer(new SpamFilter(h.store).score);
  return h;
}

afterEach(async () => {
  h?.close();
  await fake?.close();
  h = fake = undefined;
});

const codes = (harness: SyncHarness, remoteId: number) => harness.store.getComment(harness.localId(remoteId)).flags.map((f) => f.code);

describe('the site’s language from its WordPress', () => {
  it('is recorded at the first sync, before the queue is judged: a French comment on an English site is flagged', async () => {
    const s = await setup('en_US');
    const run = await s.sync('pull');
    expect(run.error).toBeNull();
    expect(s.store.siteLocale(s.site.id)).toBe('en_US');
    expect(codes(s, 10)).toContain('foreign-language-site');
    expect(s.store.getComment(s.localId(10)).flags.find((f) => f.code === 'foreign-language-site')?.reason).toBe(
      'Not in English, this site’s language (it reads like French)',
    );
    expect(codes(s, 11)).not.toContain('foreign-language-site');
  });

  it('a French site: the French comment is not flagged, the English one is', async () => {
    const s = await setup('fr_FR');
    await s.sync('pull');
    expect(s.store.siteLocale(s.site.id)).toBe('fr_FR');
    expect(codes(s, 10)).not.toContain('foreign-language-site');
    expect(codes(s, 11)).toContain('foreign-language-site');
  });

  it('reads WordPress’s empty default locale as English (US)', async () => {
    const s = await setup('');
    await s.sync('pull');
    expect(s.store.siteLocale(s.site.id)).toBe('en_US');
  });

  it('an editor may not read the settings: the sync goes on, the language stays unknown and nothing is judged by it', async () => {
    const s = await setup('en_US', EDITOR);
    const run = await s.sync('pull');
    expect(run.error).toBeNull();
    expect(s.store.siteLocale(s.site.id)).toBe('');
    expect(codes(s, 10)).not.toContain('foreign-language-site');
    // Asked once: an account that could not read them will not at the next sync either.
    await s.sync('pull');
    expect(fake!.requestsTo('GET', /^\/wp\/v2\/settings$/)).toHaveLength(1);
  });

  it('an old WordPress without the settings route: the sync goes on, the language stays unknown', async () => {
    const s = await setup(undefined);
    const run = await s.sync('pull');
    expect(run.error).toBeNull();
    expect(s.store.siteLocale(s.site.id)).toBe('');
  });

  it('a failed read is asked again at the next sync, and the comments already stored are judged again', async () => {
    const s = await setup('en_US');
    fake!.inject({ kind: 'html-error', status: 503 }, { route: /^\/wp\/v2\/settings$/ });
    const first = await s.sync('pull');
    expect(first.error).toBeNull();
    expect(s.store.siteLocale(s.site.id)).toBeNull();
    expect(codes(s, 10)).not.toContain('foreign-language-site');
    await s.sync('pull');
    expect(s.store.siteLocale(s.site.id)).toBe('en_US');
    expect(codes(s, 10)).toContain('foreign-language-site');
  });
});
