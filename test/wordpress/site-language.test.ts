// The site's language on a real WordPress 6.1 (test/wordpress/run.sh): the first sync reads the
// locale the site states (/wp/v2/settings, administrators only) into the store, and a fresh
// install's queue is judged against it. An account that may not read the settings leaves it unknown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, type SyncHarness } from '../support/sync-harness';
import type { SeedComment } from '../support/sync-seed';
import { SpamFilter } from '../../electron/core/spam-filter';
import { WordPressClient } from '../../electron/core/sources/wordpress-client';
import { WP, seedSite } from './wp-env';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const POST = 'merging-data-frames';
const pending = (key: string, author: string, content: string): SeedComment => ({
  key, post: POST, author_name: author, author_email: `${key}@mail.example`, author_ip: '198.51.100.70', author_user_agent: FIREFOX,
  date_gmt: '2024-06-01T09:00:00', status: 'hold', content,
});

let h: SyncHarness;
let ids: Record<string, number>;

beforeAll(async () => {
  ids = seedSite({
    posts: [{ slug: POST, title: 'Merging data frames', author: WP.user }],
    comments: [
      pending('french', 'Jean', 'Bonjour, je voudrais connaître le prix de votre abonnement annuel et les délais de livraison pour la Belgique.'),
      pending('english', 'Sam', 'Thanks for the tutorial, the part about merging data frames finally made sense to me.'),
    ],
  }).comments;
  h = makeHarness({ baseUrl: WP.url, restRoot: `${WP.url}/wp-json/`, user: WP.user, appPassword: WP.appPassword });
  // The app's scorer: the flag engine with the site's model, still learning (no history here).
  h.store.setScorer(new SpamFilter(h.store).score);
  const run = await h.sync('pull');
  expect(run.error).toBeNull();
});

afterAll(() => h?.close());

describe('real WordPress: the site’s language', () => {
  it('reaches the store at the first sync', () => {
    expect(h.store.siteLocale(h.site.id)).toBe('en_US');
  });

  it('judges the fresh install’s queue against it: the French enquiry is flagged with its reason, the English reader is not', () => {
    const french = h.store.getComment(h.localId(ids['french']!));
    expect(french.flags.find((f) => f.code === 'foreign-language-site')?.reason).toBe('Not in English, this site’s language (it reads like French)');
    const english = h.store.getComment(h.localId(ids['english']!));
    expect(english.flags.map((f) => f.code)).not.toContain('foreign-language-site');
  });

  it('is not readable with an author’s password: unknown, not an error', async () => {
    const author = new WordPressClient({ baseUrl: WP.url, restRoot: `${WP.url}/wp-json/`, user: WP.authorUser, appPassword: WP.authorAppPassword });
    expect(await author.siteLocale()).toBe('');
  });
});
