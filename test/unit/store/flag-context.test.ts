import { afterEach, describe, expect, it } from 'vitest';
import type { Scorer, Store } from '../../../electron/core/store';
import type { FlagContext, FlagInput, Site } from '../../../shared/types';
import { seedStore } from '../../support/fixtures/seed-store';
import { frenchSite } from '../../support/fixtures/thread';
import { memoryStore, remoteComment } from './helpers';

let store: Store;
afterEach(() => store.close());

/** Records what the store passed to the flag engine, per comment text. */
function recordingScorer(): { scorer: Scorer; seen: Map<string, FlagContext> } {
  const seen = new Map<string, FlagContext>();
  const scorer: Scorer = (input: FlagInput, ctx: FlagContext) => {
    seen.set(input.content, ctx);
    return { flags: [], score: 0, likelySpam: false, spamProbability: null };
  };
  return { scorer, seen };
}

describe('flag context given to the scorer', () => {
  it('on the fixture: approved history, duplicates, pingback sources', () => {
    const { scorer, seen } = recordingScorer();
    store = memoryStore(scorer);
    seedStore(store);
    const ctx = (remoteId: number) => seen.get(frenchSite.comments.find((c) => c.id === remoteId)!.content_raw)!;
    expect(ctx(101).approvedByAuthor).toBe(1); // Julien's earlier approved comment
    expect(ctx(105).approvedByAuthor).toBe(0); // Élodie is new
    expect(ctx(108).sameText).toBe(1); // the same text came from "Stage Facile"
    expect(ctx(112).sameText).toBe(0);
    expect(ctx(103).knownPingbackSource).toBe(false);
  });

  it('counts the other authors giving the same website in the queue or the Spam folder, never the comment’s own', () => {
    const { scorer, seen } = recordingScorer();
    store = memoryStore(scorer);
    const site = store.addSite({ baseUrl: 'https://blog.example', restRoot: 'x', user: 'u', name: 'Blog' });
    const from = (id: number, email: string, content: string, status: 'pending' | 'spam' | 'approved' = 'pending', url = 'https://www.kitchens.example/offer') =>
      remoteComment({ id, author_email: email, author_url: url, content_raw: content, status });
    store.upsertComments(site.id, [from(1, 'a@x.example', 'first', 'spam'), from(2, 'b@x.example', 'second')]);
    expect(seen.get('second')?.sameSiteAuthors).toBe(1);
    store.upsertComments(site.id, [
      from(3, 'c@x.example', 'third'),
      from(4, 'c@x.example', 'fourth'), // the same author again: still one author
      from(5, 'd@x.example', 'approved reader', 'approved'), // approved: a reader, not the campaign
      remoteComment({ id: 6, author_email: 'e@x.example', author_url: 'https://other.example', content_raw: 'elsewhere' }),
    ]);
    expect(seen.get('third')?.sameSiteAuthors).toBe(2);
    expect(seen.get('fourth')?.sameSiteAuthors).toBe(2);
    expect(seen.get('elsewhere')?.sameSiteAuthors).toBe(0);
    seen.clear();
    store.reflagAll();
    expect(seen.get('first')?.sameSiteAuthors).toBe(2);
    expect(seen.get('third')?.sameSiteAuthors).toBe(2);
    expect(seen.get('approved reader')?.sameSiteAuthors).toBe(3);
  });

  it('counts one website’s authors whatever subdomain each gives, but never a hosting platform’s different blogs, listed or not', () => {
    const { scorer, seen } = recordingScorer();
    store = memoryStore(scorer);
    const site = store.addSite({ baseUrl: 'https://blog.example', restRoot: 'x', user: 'u', name: 'Blog' });
    const from = (id: number, email: string, url: string) =>
      remoteComment({ id, author_email: email, author_url: url, content_raw: `comment ${id}` });
    store.upsertComments(site.id, [
      from(1, 'a@x.example', 'https://shop1.kitchen-deals.co.uk/offer'),
      from(2, 'b@x.example', 'http://www.shop2.kitchen-deals.co.uk'),
      from(3, 'c@x.example', 'https://kitchen-deals.co.uk/'),
      // Two readers' own blogs on one platform: two websites (a private suffix of the Public Suffix List).
      from(4, 'd@x.example', 'https://anna.blogspot.com/'),
      from(5, 'e@x.example', 'https://marc.blogspot.com/'),
      // Nor on the platforms the list leaves out: WordPress.com's readers sign with their blogs.
      from(6, 'f@x.example', 'https://annacooks.wordpress.com/'),
      from(7, 'g@x.example', 'https://marcwrites.wordpress.com/about/'),
      from(8, 'h@x.example', 'https://lea.canalblog.com/'),
    ]);
    expect(seen.get('comment 3')?.sameSiteAuthors).toBe(2);
    expect(seen.get('comment 5')?.sameSiteAuthors).toBe(0);
    expect(seen.get('comment 7')?.sameSiteAuthors).toBe(0);
    seen.clear();
    store.reflagAll();
    expect(seen.get('comment 1')?.sameSiteAuthors).toBe(2);
    expect(seen.get('comment 4')?.sameSiteAuthors).toBe(0);
    expect(seen.get('comment 6')?.sameSiteAuthors).toBe(0);
  });

  it('gives each comment its own site’s host, on ingest and on re-flag', () => {
    const { scorer, seen } = recordingScorer();
    store = memoryStore(scorer);
    const a = store.addSite({ baseUrl: 'https://www.blog-a.example/', restRoot: 'x', user: 'u', name: 'A' });
    const b = store.addSite({ baseUrl: 'https://blog-b.example', restRoot: 'x', user: 'u', name: 'B' });
    store.upsertComments(a.id, [remoteComment({ id: 1, content_raw: 'on a' })]);
    store.upsertComments(b.id, [remoteComment({ id: 1, content_raw: 'on b' })]);
    expect(seen.get('on a')?.siteHost).toBe('blog-a.example');
    expect(seen.get('on b')?.siteHost).toBe('blog-b.example');
    seen.clear();
    store.reflagAll();
    expect(seen.get('on a')?.siteHost).toBe('blog-a.example');
  });

  it('spam by email and IP counts across sites; a comment never counts itself', () => {
    const { scorer, seen } = recordingScorer();
    store = memoryStore(scorer);
    const a = store.addSite({ baseUrl: 'https://a.example', restRoot: 'x', user: 'u', name: 'A' });
    const b = store.addSite({ baseUrl: 'https://b.example', restRoot: 'x', user: 'u', name: 'B' });
    store.upsertComments(a.id, [
      remoteComment({ id: 1, author_email: 'Spammer@x.example', author_ip: '203.0.113.9', status: 'spam', content_raw: 'one' }),
      remoteComment({ id: 2, author_email: 'spammer@x.example', author_ip: '203.0.113.9', status: 'spam', content_raw: 'two' }),
    ]);
    expect(seen.get('one')).toMatchObject({ spamByEmail: 1, spamByIp: 1 });
    store.upsertComments(b.id, [remoteComment({ id: 1, author_email: 'spammer@x.example', author_ip: '203.0.113.9', content_raw: 'three' })]);
    expect(seen.get('three')).toMatchObject({ spamByEmail: 2, spamByIp: 2, approvedByAuthor: 0 });
    // Marked spam by the user: counts at the next flagging.
    const id = store.listQueue({ status: 'pending', sort: 'newest', siteId: b.id }, null, 1).items[0]!.id;
    store.recordActions([id], 'spam');
    store.reflagAll();
    expect(seen.get('three')).toMatchObject({ spamByEmail: 2, spamByIp: 2 });
    expect(seen.get('one')).toMatchObject({ spamByEmail: 2, spamByIp: 2 });
  });

  it('site-side history counts toward approvedByAuthor; a pingback from an approved source or the site itself is known', () => {
    const { scorer, seen } = recordingScorer();
    store = memoryStore(scorer);
    const site = store.addSite({ baseUrl: 'https://blog.example', restRoot: 'x', user: 'u', name: 'Blog' });
    store.setSiteAuthorHistory(site.id, 'fan@example.com', 7);
    const ping = { type: 'pingback' as const, author_email: '', author_name: 'A post' };
    store.upsertComments(site.id, [
      remoteComment({ id: 1, author_email: 'fan@example.com', content_raw: 'fan' }),
      remoteComment({ id: 2, ...ping, author_url: 'https://friend.example/a', status: 'approved', content_raw: 'old ping' }),
    ]);
    store.upsertComments(site.id, [
      remoteComment({ id: 3, ...ping, author_url: 'https://friend.example/b', content_raw: 'friend ping' }),
      remoteComment({ id: 4, ...ping, author_url: 'https://www.blog.example/other-post', content_raw: 'self ping' }),
      remoteComment({ id: 5, ...ping, author_url: 'https://stranger.example/x', content_raw: 'stranger ping' }),
    ]);
    expect(seen.get('fan')!.approvedByAuthor).toBe(7);
    expect(seen.get('friend ping')!.knownPingbackSource).toBe(true);
    expect(seen.get('self ping')!.knownPingbackSource).toBe(true);
    expect(seen.get('stranger ping')!.knownPingbackSource).toBe(false);
  });

  it('same text is folded for case, accents and spacing', () => {
    const { scorer, seen } = recordingScorer();
    store = memoryStore(scorer);
    const site = store.addSite({ baseUrl: 'https://blog.example', restRoot: 'x', user: 'u', name: 'Blog' });
    store.upsertComments(site.id, [
      remoteComment({ id: 1, content_raw: 'Super article sur le métier !' }),
      remoteComment({ id: 2, content_raw: '<p>super   ARTICLE sur le metier</p>' }),
      remoteComment({ id: 3, content_raw: 'Un autre texte' }),
    ]);
    expect(seen.get('Super article sur le métier !')!.sameText).toBe(1);
    expect(seen.get('Un autre texte')!.sameText).toBe(0);
  });
});

describe('reflag, word lists, model state', () => {
  it('reflagAll applies a new scorer to every stored comment and feeds the flagged filter', () => {
    store = memoryStore();
    const [fr] = seedStore(store) as [Site, Site];
    expect(store.getCounts().total.flagged).toBe(0);
    store.setScorer((input) => {
      const hit = input.content.toLowerCase().includes('seo');
      return {
        flags: hit ? [{ kind: 'word', reason: 'Contains “SEO”', weight: 2 }] : [{ kind: 'approved-author', reason: 'Known', weight: -1 }],
        score: hit ? 2 : -1,
        likelySpam: hit,
        spamProbability: hit ? 0.9 : null,
      };
    });
    expect(store.reflagAll()).toBeGreaterThan(0);
    expect(store.getCounts().bySite[fr.id]!.flagged).toBe(2);
    const top = store.listQueue({ status: 'pending', sort: 'spam' }, null, 2).items;
    expect(top.map((c) => c.remoteId).sort()).toEqual([108, 114]);
    const detail = store.getComment(top[0]!.id);
    expect(detail.flags).toEqual([{ kind: 'word', reason: 'Contains “SEO”', weight: 2 }]);
    expect(detail).toMatchObject({ likelySpam: true, spamProbability: 0.9, flagCount: 1 });
    expect(store.reflagAll()).toBe(0); // nothing changed the second time
  });

  it('word lists are stored lower-cased without duplicates', () => {
    store = memoryStore();
    expect(store.addWords('block', ['Casino', 'casino ', 'viagra'])).toEqual({ block: ['casino', 'viagra'], allow: [] });
    expect(store.addWords('allow', ['Scunthorpe']).allow).toEqual(['scunthorpe']);
    expect(store.removeWords('block', ['CASINO'])).toEqual({ block: ['viagra'], allow: ['scunthorpe'] });
  });

  it('model state and training bookkeeping per site', () => {
    store = memoryStore();
    const site = store.addSite({ baseUrl: 'https://blog.example', restRoot: 'x', user: 'u', name: 'Blog' });
    expect(store.getModelState(site.id)).toBeNull();
    store.saveModelState(site.id, '{"v":1}');
    store.saveModelState(site.id, '{"v":2}');
    expect(store.getModelState(site.id)).toBe('{"v":2}');
    store.markTrainingSeen(site.id, [1, 2, 3], 'spam');
    store.markTrainingSeen(site.id, [3, 4], 'ham');
    expect(store.isTrainingSeen(site.id, 3)).toBe('ham');
    expect(store.isTrainingSeen(site.id, 9)).toBeNull();
    expect(store.seenCount(site.id)).toEqual({ spam: 2, ham: 2 });
    store.clearModel(site.id);
    expect(store.getModelState(site.id)).toBeNull();
    expect(store.seenCount(site.id)).toEqual({ spam: 0, ham: 0 });
  });
});
