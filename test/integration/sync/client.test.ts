// The WordPress client against the fake server: finding the REST API, checking the password and
// role, and turning every kind of failure into one error a blog owner can act on.
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, AUTHOR, FakeWordPress } from '../../support/fake-wordpress';
import { discoverSite } from '../../../electron/core/sources/wordpress-discovery';
import { normaliseBaseUrl } from '../../../electron/core/sources/site-url';
import { WordPressClient } from '../../../electron/core/sources/wordpress-client';
import { WordPressError } from '../../../electron/core/sources/wordpress-error';
import { AppError } from '../../../shared/errors';
import i18next from 'i18next';
import frMessages from '../../../shared/i18n/locales/fr/messages.json';
import { messageTextIn } from '../../../shared/i18n/message-text';
import type { MessageTranslate } from '../../../shared/messages';

const french = i18next.createInstance();
void french.init({ resources: { fr: { messages: frMessages } }, lng: 'fr', ns: ['messages'], initAsync: false, interpolation: { escapeValue: false } });
const fr = french.getFixedT('fr') as unknown as MessageTranslate;

let fake: FakeWordPress | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

function clientFor(f: FakeWordPress, user = ADMIN, timeoutMs = 2_000): WordPressClient {
  return new WordPressClient({ baseUrl: f.url, restRoot: f.restRoot, user: user.login, appPassword: user.appPassword, timeoutMs });
}

async function failure(promise: Promise<unknown>): Promise<WordPressError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WordPressError);
  return err as WordPressError;
}

describe('site address', () => {
  it('keeps a sub-folder and drops what people paste from the browser', () => {
    expect(normaliseBaseUrl('example.org/')).toBe('https://example.org');
    expect(normaliseBaseUrl('  http://example.org/blog///  ')).toBe('http://example.org/blog');
    expect(normaliseBaseUrl('https://example.org/blog/wp-admin/edit-comments.php?comment_status=moderated')).toBe('https://example.org/blog');
    expect(normaliseBaseUrl('https://Example.org:8443/wp-json/wp/v2/')).toBe('https://example.org:8443');
  });

  it('refuses what is not a web address', () => {
    expect(() => normaliseBaseUrl('')).toThrow(AppError);
    expect(() => normaliseBaseUrl('ftp://example.org')).toThrow(/http/);
  });
});

describe('discovery', () => {
  it('finds /wp-json/ on a site in a sub-folder, with its name', async () => {
    fake = await FakeWordPress.start({ basePath: '/blog', siteName: 'Mon blog' });
    const found = await discoverSite(`${fake.url}/wp-admin/`);
    expect(found).toEqual({ baseUrl: fake.url, restRoot: `${fake.url}/wp-json/`, name: 'Mon blog', applicationPasswords: true });
  });

  it('an address typed without http(s):// is tried over https, then http', async () => {
    fake = await FakeWordPress.start();
    const found = await discoverSite(fake.url.replace('http://', ''));
    expect(found.baseUrl).toBe(fake.url);
  });

  it('falls back to ?rest_route= when pretty permalinks are off', async () => {
    fake = await FakeWordPress.start({ rest: 'query' });
    const found = await discoverSite(fake.url);
    expect(found.restRoot).toBe(`${fake.url}/?rest_route=/`);
    // …and the client works through it.
    fake.addComment({ status: 'hold' });
    const page = await clientFor(fake).listCommentIds({ status: 'hold', type: 'all' });
    expect(page.items).toEqual([1]);
  });

  it('says when WordPress has its REST API switched off', async () => {
    fake = await FakeWordPress.start({ rest: 'disabled' });
    const err = await failure(discoverSite(fake.url));
    expect(err.kind).toBe('rest-disabled');
  });

  it('says when the address is not WordPress, and when nothing answers', async () => {
    const { createServer } = await import('node:http');
    const plain = createServer((_req, res) => res.end('<html><body>Just a page</body></html>'));
    await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
    const port = (plain.address() as { port: number }).port;
    expect((await failure(discoverSite(`http://127.0.0.1:${port}`))).kind).toBe('not-wordpress');
    await new Promise<void>((r) => plain.close(() => r()));
    const err = await failure(discoverSite(`http://127.0.0.1:${port}`, { timeoutMs: 1000 }));
    expect(err.kind).toBe('unreachable');
    expect(err.message).toMatch(/could not reach/);
  });
});

describe('credentials', () => {
  it('accepts an administrator, password spaces or not', async () => {
    fake = await FakeWordPress.start();
    const me = await new WordPressClient({ baseUrl: fake.url, restRoot: fake.restRoot, user: 'admin', appPassword: 'abcdEFGHijklMNOPqrstUVWX' }).checkCredentials();
    expect(me.roles).toContain('administrator');
  });

  it('a wrong password is "auth" with a way out', async () => {
    fake = await FakeWordPress.start();
    const err = await failure(clientFor(fake, { ...ADMIN, appPassword: 'wrong' }).checkCredentials());
    expect(err.kind).toBe('auth');
    expect(err.message).toMatch(/Application Password/);
  });

  it('a user who cannot moderate is "forbidden", at the check and at listing', async () => {
    fake = await FakeWordPress.start();
    expect((await failure(clientFor(fake, AUTHOR).checkCredentials())).kind).toBe('forbidden');
    const err = await failure(clientFor(fake, AUTHOR).listCommentIds({ status: 'hold', type: 'all' }));
    expect([err.kind, err.httpStatus]).toEqual(['forbidden', 403]);
  });
});

describe('faults become one plain error', () => {
  const cases: [string, Parameters<FakeWordPress['inject']>[0], string, RegExp][] = [
    ['dropped connection', { kind: 'drop' }, 'unreachable', /could not reach/],
    ['HTML 502', { kind: 'html-error', status: 502 }, 'server', /HTTP 502/],
    ['HTML 500', { kind: 'html-error', status: 500 }, 'server', /internal error/],
    ['HTML 503', { kind: 'html-error', status: 503 }, 'server', /try again/],
    ['malformed JSON', { kind: 'malformed-json' }, 'not-json', /instead of the expected data/],
    ['login page with 200', { kind: 'login-page' }, 'not-json', /login page/],
  ];
  for (const [name, fault, kind, message] of cases) {
    it(name, async () => {
      fake = await FakeWordPress.start();
      fake.inject(fault);
      const err = await failure(clientFor(fake).listCommentIds({ status: 'hold', type: 'all' }));
      expect(err.kind).toBe(kind);
      expect(err.message).toMatch(message);
    });
  }

  it('429 carries Retry-After', async () => {
    fake = await FakeWordPress.start();
    fake.inject({ kind: 'rate-limit', retryAfter: '120' });
    const err = await failure(clientFor(fake).listCommentIds({ status: 'hold', type: 'all' }));
    expect([err.kind, err.retryAfterMs]).toEqual(['rate-limited', 120_000]);
  });

  it('a slow answer times out', async () => {
    fake = await FakeWordPress.start();
    fake.inject({ kind: 'slow', ms: 1_500 });
    const err = await failure(clientFor(fake, ADMIN, 300).listCommentIds({ status: 'hold', type: 'all' }));
    expect(err.kind).toBe('unreachable');
    expect(err.message).toMatch(/timed out: no answer within/);
  });

  it('a wrong shape is refused, not stored half-read', async () => {
    fake = await FakeWordPress.start();
    fake.addComment({ status: 'hold', date_gmt: '' });
    const err = await failure(clientFor(fake).listComments({ status: 'hold', type: 'all' }));
    expect(err.kind).toBe('not-json');
    expect(err.message).toMatch(/date_gmt/);
    // Said in French from its code: where, and why in French words (not zod's English).
    expect(messageTextIn(fr, err)).toBe(`${new URL(fake.url).host} a envoyé la liste des commentaires sous une forme que Moderato ne comprend pas (0.date_gmt\u00a0: 10 caractères au minimum).`);
    expect(err.message).toBe(`${new URL(fake.url).host} sent the list of comments in a shape Moderato does not understand (0.date_gmt: at least 10 characters).`);
  });

  it('400 keeps the server message', async () => {
    fake = await FakeWordPress.start();
    const err = await failure(clientFor(fake).listCommentIds({ status: 'hold', perPage: 101 }));
    expect(err.kind).toBe('rejected');
    expect(err.message).toMatch(/per_page/);
  });
});

describe('normalised comments', () => {
  it('hold → pending, date in UTC with Z, raw content and edit fields', async () => {
    fake = await FakeWordPress.start();
    fake.addComment({ id: 7, status: 'hold', date_gmt: '2011-03-19T09:05:17', content: "c'est ça", author_ip: '188.165.52.210' });
    const [c] = await clientFor(fake).getComments([7]);
    expect(c).toMatchObject({ id: 7, status: 'pending', date_gmt: '2011-03-19T09:05:17Z', content_raw: "c'est ça", author_ip: '188.165.52.210' });
    expect(c!.content_rendered).toContain('&#8217;');
  });

  it('post titles come back decoded', async () => {
    fake = await FakeWordPress.start({ posts: [{ id: 4, slug: 'cm', title: "Community Manager, c'est un métier & plus" }] });
    expect(await clientFor(fake).getPosts([4, 99])).toEqual([
      { id: 4, title: "Community Manager, c’est un métier & plus", link: `${fake.url}/cm/`, author: 1 },
    ]);
  });
});
