import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../electron/core/store';
import type { CommentSummary, QueueFilter, QueueSort, Site } from '../../../shared/types';
import { seedStore } from '../../support/fixtures/seed-store';
import { englishSite, frenchSite } from '../../support/fixtures/thread';
import { memoryStore, remoteComment } from './helpers';

let store: Store;
let fr: Site;
let en: Site;

beforeEach(() => {
  store = memoryStore();
  [fr, en] = seedStore(store) as [Site, Site];
});
afterEach(() => store.close());

function all(filter: QueueFilter, pageSize = 500): CommentSummary[] {
  const out: CommentSummary[] = [];
  let cursor: string | null = null;
  do {
    const page = store.listQueue(filter, cursor, pageSize);
    out.push(...page.items);
    cursor = page.next;
  } while (cursor !== null);
  return out;
}

const idOf = (siteId: number, remoteId: number) =>
  all({ status: 'all', sort: 'newest', siteId }).find((c) => c.remoteId === remoteId)!.id;

describe('queue filters on the fixture', () => {
  it('pending across sites, newest first, with site and post names', () => {
    const items = all({ status: 'pending', sort: 'newest' });
    const expected = [...frenchSite.comments, ...englishSite.comments].filter((c) => c.status === 'pending');
    expect(items).toHaveLength(expected.length);
    expect(items[0]!.siteName).toBe('Garden Notes'); // 2021 comes before 2013
    expect(items.map((c) => c.date)).toEqual([...items.map((c) => c.date)].sort().reverse());
    const julien = items.find((c) => c.remoteId === 101)!;
    expect(julien.postTitle).toBe('Community manager : un métier, pas un petit boulot de stagiaire');
    expect(julien.excerpt).toMatch(/^Cinq ans que je fais ce métier/);
    expect(julien.localStatus).toBe('pending');
  });

  it('oldest first is the reverse of newest first', () => {
    const newest = all({ status: 'pending', sort: 'newest', siteId: fr.id }).map((c) => c.id);
    const oldest = all({ status: 'pending', sort: 'oldest', siteId: fr.id }).map((c) => c.id);
    expect(oldest).toEqual([...newest].reverse());
  });

  it('each status, per site, and all statuses together', () => {
    expect(all({ status: 'approved', sort: 'newest', siteId: fr.id }).map((c) => c.remoteId).sort()).toEqual([102, 106, 90]);
    expect(all({ status: 'spam', sort: 'newest' }).map((c) => c.remoteId)).toEqual([115]);
    expect(all({ status: 'trash', sort: 'newest' })).toEqual([]);
    expect(all({ status: 'all', sort: 'newest', siteId: en.id }).map((c) => c.remoteId)).toEqual([204, 203, 202, 201]);
    expect(all({ status: 'all', sort: 'oldest' })).toHaveLength(frenchSite.comments.length + englishSite.comments.length);
  });

  it('by post and by author email (case-insensitive)', () => {
    expect(all({ status: 'all', sort: 'oldest', siteId: fr.id, postId: 40 }).map((c) => c.remoteId)).toEqual([90]);
    expect(
      all({ status: 'all', sort: 'oldest', authorEmail: 'Julien.Garnier@Example.net' }).map((c) => c.remoteId),
    ).toEqual([90, 101, 113]);
  });

  it('search folds accents both ways and searches author, email and url', () => {
    const metier = all({ status: 'all', sort: 'oldest', search: 'metier' }).map((c) => c.remoteId);
    expect(metier).toContain(101); // "ce métier"
    expect(metier).toContain(204); // the English site too
    expect(metier).not.toContain(102);
    expect(all({ status: 'all', sort: 'newest', search: 'MÉTIER' }).map((c) => c.remoteId)).toEqual(
      all({ status: 'all', sort: 'newest', search: 'metier' }).map((c) => c.remoteId),
    );
    expect(all({ status: 'all', sort: 'newest', search: 'elodie' }).map((c) => c.remoteId).sort()).toEqual([105, 106, 107]); // name "Élodie" and a reply addressing her
    expect(all({ status: 'all', sort: 'newest', search: 'stages-pro-express' }).map((c) => c.remoteId)).toEqual([108]);
    expect(all({ status: 'all', sort: 'newest', search: 'lefilnumerique' }).map((c) => c.remoteId)).toEqual([103]);
    // Every word must match, as a prefix.
    expect(all({ status: 'all', sort: 'newest', search: 'rentab direction' }).map((c) => c.remoteId)).toEqual([112]);
    // FTS5 syntax typed by the user is taken as words, not as operators.
    expect(() => all({ status: 'all', sort: 'newest', search: 'NEAR( "metier * -' })).not.toThrow();
  });

  it('the search index follows pulls that change a comment and removals', () => {
    store.upsertComments(en.id, [{ ...englishSite.comments[0]!, content_raw: 'Now about tulips only.' }]);
    expect(all({ status: 'all', sort: 'newest', search: 'leggy' })).toEqual([]);
    expect(all({ status: 'all', sort: 'newest', search: 'tulips' }).map((c) => c.remoteId)).toEqual([201]);
    store.removeGone(en.id, [201]);
    expect(all({ status: 'all', sort: 'newest', search: 'tulips' })).toEqual([]);
  });

  it('flagged, unsent and failed filters', () => {
    store.close();
    store = memoryStore((input) => {
      const hit = /stage en seo|cheap/i.test(input.content);
      return {
        flags: hit ? [{ kind: 'promotion', reason: 'Sells something', weight: 5 }] : [],
        score: hit ? 5 : 0,
        likelySpam: hit,
        spamProbability: null,
      };
    });
    [fr, en] = seedStore(store) as [Site, Site];
    expect(all({ status: 'pending', sort: 'spam', flagged: true }).map((c) => c.remoteId).sort()).toEqual([108, 114, 203]);
    const thomas = idOf(fr.id, 109);
    const [actionId] = store.recordActions([thomas], 'approve');
    expect(all({ status: 'all', sort: 'newest', unsent: true }).map((c) => c.remoteId)).toEqual([109]);
    expect(all({ status: 'approved', sort: 'newest', unsent: true }).map((c) => c.remoteId)).toEqual([109]);
    expect(all({ status: 'pending', sort: 'newest', unsent: true })).toEqual([]);
    store.claimActions(fr.id, new Date(), 10);
    store.failAction(actionId!, 'The site refused: comment is closed.');
    const failed = all({ status: 'all', sort: 'newest', failed: true });
    expect(failed.map((c) => c.remoteId)).toEqual([109]);
    expect(failed[0]!.failedReason).toBe('The site refused: comment is closed.');
  });

  it('likely-spam-first sorts by score, highest first', () => {
    store.close();
    store = memoryStore((input) => {
      const score = (input.content.match(/stage|seo|cheap|buy/gi) ?? []).length;
      return { flags: [], score, likelySpam: score > 2, spamProbability: null };
    });
    seedStore(store);
    const scores = all({ status: 'all', sort: 'spam' }).map((c) => c.score);
    expect(scores[0]).toBeGreaterThan(0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('deleted comments vanish from every view and count at once', () => {
    const id = idOf(fr.id, 105);
    const before = store.getCounts();
    store.recordActions([id], 'delete');
    expect(all({ status: 'all', sort: 'newest' }).some((c) => c.id === id)).toBe(false);
    expect(all({ status: 'pending', sort: 'newest', unsent: true })).toEqual([]);
    expect(all({ status: 'all', sort: 'newest', search: 'alternance' })).toEqual([]);
    expect(store.getCounts().total.pending).toBe(before.total.pending - 1);
    expect(() => store.getComment(id)).toThrow(/no longer in Moderato/);
  });

  it('rejects a cursor from another sort or a forged one', () => {
    const page = store.listQueue({ status: 'all', sort: 'newest' }, null, 2);
    expect(() => store.listQueue({ status: 'all', sort: 'spam' }, page.next, 2)).toThrow(/Reload the queue/);
    expect(() => store.listQueue({ status: 'all', sort: 'newest' }, 'not-a-cursor', 2)).toThrow(/Reload the queue/);
  });
});

describe('keyset paging', () => {
  const sorts: QueueSort[] = ['newest', 'oldest', 'spam'];

  beforeEach(() => {
    // Many comments sharing dates and scores, across statuses and both sites,
    // so ties must be broken by id for pages to line up.
    store.close();
    store = memoryStore((input) => {
      const score = input.content.length % 4;
      return { flags: [], score, likelySpam: false, spamProbability: null };
    });
    [fr, en] = seedStore(store) as [Site, Site];
    const statuses = ['pending', 'approved', 'spam', 'trash'] as const;
    for (const site of [fr, en]) {
      store.upsertComments(
        site.id,
        Array.from({ length: 240 }, (_, i) =>
          remoteComment({
            id: 10_000 + i,
            date_gmt: `2024-02-${String(1 + (i % 7)).padStart(2, '0')}T10:00:00Z`,
            status: statuses[i % 4]!,
            content_raw: `Paging sample ${'x'.repeat(i % 9)}`,
          }),
        ),
      );
    }
  });

  for (const sort of sorts) {
    for (const status of ['pending', 'all'] as const) {
      it(`${sort} / ${status}: pages of 7 equal one big page, no duplicate, no gap`, () => {
        for (const siteId of [undefined, fr.id]) {
          const filter: QueueFilter = siteId === undefined ? { status, sort } : { status, sort, siteId };
          const big = store.listQueue(filter, null, 500);
          expect(big.next).toBeNull();
          const paged = all(filter, 7);
          expect(paged.map((c) => c.id)).toEqual(big.items.map((c) => c.id));
          expect(new Set(paged.map((c) => c.id)).size).toBe(paged.length);
        }
      });
    }
  }

  it('a search matching thousands (read through the sorted streams) pages like one big page', () => {
    const statuses = ['pending', 'approved', 'spam', 'trash'] as const;
    store.upsertComments(
      en.id,
      Array.from({ length: 2600 }, (_, i) =>
        remoteComment({
          id: 50_000 + i,
          date_gmt: `2024-03-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`,
          status: statuses[i % 4]!,
          content_raw: `Common word métier ${'y'.repeat(i % 5)}`,
        }),
      ),
    );
    for (const sort of sorts) {
      const filter: QueueFilter = { status: 'all', sort, search: 'metier common' };
      const big = store.listQueue(filter, null, 500);
      const paged = all(filter, 97);
      expect(paged).toHaveLength(2600);
      expect(paged.slice(0, 500).map((c) => c.id)).toEqual(big.items.map((c) => c.id));
      expect(new Set(paged.map((c) => c.id)).size).toBe(2600);
      const keys = paged.map((c) => (sort === 'spam' ? c.score : c.date));
      const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(keys).toEqual(sort === 'oldest' ? sorted : sorted.reverse());
      const pendingOnly = all({ ...filter, status: 'pending', siteId: en.id }, 50);
      expect(pendingOnly).toHaveLength(650);
      expect(pendingOnly.every((c) => c.localStatus === 'pending')).toBe(true);
    }
  });

  it('search results page consistently too', () => {
    const filter: QueueFilter = { status: 'all', sort: 'spam', search: 'paging' };
    const big = store.listQueue(filter, null, 500);
    expect(big.items.length).toBe(480);
    expect(all(filter, 11).map((c) => c.id)).toEqual(big.items.map((c) => c.id));
  });
});

describe('counts', () => {
  it('per site and in total for every filter', () => {
    const counts = store.getCounts();
    const frPending = frenchSite.comments.filter((c) => c.status === 'pending').length;
    const enPending = englishSite.comments.filter((c) => c.status === 'pending').length;
    expect(counts.bySite[fr.id]).toMatchObject({ pending: frPending, approved: 3, spam: 1, trash: 0, all: frenchSite.comments.length });
    expect(counts.bySite[en.id]).toMatchObject({ pending: enPending, approved: 1, all: 4, unsent: 0, failed: 0 });
    expect(counts.total.pending).toBe(frPending + enPending);
    expect(counts.total.all).toBe(frenchSite.comments.length + englishSite.comments.length);

    const ids = all({ status: 'pending', sort: 'newest', siteId: fr.id }).slice(0, 3).map((c) => c.id);
    store.recordActions(ids, 'spam');
    const after = store.getCounts();
    expect(after.bySite[fr.id]).toMatchObject({ pending: frPending - 3, spam: 4, unsent: 3 });
    expect(after.total.unsent).toBe(3);
  });

  it('a site with no comments still has a zero row', () => {
    const empty = store.addSite({ baseUrl: 'https://empty.example', restRoot: 'https://empty.example/wp-json/', user: 'u', name: 'Empty' });
    expect(store.getCounts().bySite[empty.id]).toEqual({
      pending: 0, approved: 0, spam: 0, trash: 0, all: 0, flagged: 0, unsent: 0, failed: 0, unreplied: 0, likelyFine: 0,
    });
  });
});

describe('a comment with its context', () => {
  it('post, parent chain root first, direct replies, author history', () => {
    const detail = store.getComment(idOf(fr.id, 107));
    expect(detail.post).toEqual({ id: 42, title: frenchSite.posts[0]!.title, link: frenchSite.posts[0]!.link });
    expect(detail.parents.map((p) => p.remoteId)).toEqual([105, 106]);
    expect(detail.replies).toEqual([]);
    const root = store.getComment(idOf(fr.id, 105));
    expect(root.parents).toEqual([]);
    expect(root.replies.map((r) => r.remoteId)).toEqual([106]);
    expect(root.author.local).toEqual({ approved: 0, pending: 2, spam: 0, trash: 0 });
    expect(root.author.site).toBeNull();

    const julien = store.getComment(idOf(fr.id, 101));
    expect(julien.author.local).toEqual({ approved: 1, pending: 2, spam: 0, trash: 0 });
    store.setSiteAuthorHistory(fr.id, 'Julien.Garnier@example.net', 12);
    expect(store.getComment(julien.id).author.site).toMatchObject({ approved: 12 });
  });

  it('sanitised HTML: scripts, event handlers, images and javascript: links are gone', () => {
    const thomas = store.getComment(idOf(fr.id, 109));
    expect(thomas.contentHtml).toContain('href="https://fr.wikipedia.org/wiki/Community_manager"');
    expect(thomas.contentHtml).not.toMatch(/script|cookie/i);
    expect(thomas.contentRaw).toContain('<script>'); // the original stays available as text
    const kevin = store.getComment(idOf(fr.id, 110));
    expect(kevin.contentHtml).not.toMatch(/javascript:|onerror|<img|tracker/);
    expect(kevin.contentHtml).toContain('<strong>réfléchissez</strong>');
  });

  it('pingbacks keep their source title and decoded excerpt', () => {
    const ping = store.getComment(idOf(fr.id, 103));
    expect(ping.type).toBe('pingback');
    expect(ping.authorEmail).toBe('');
    expect(ping.excerpt).toMatch(/^\[…\] un billet/);
  });

  it('unknown id: not-found', () => {
    expect(() => store.getComment(999_999)).toThrow(/no longer in Moderato/);
  });
});

describe('before any site is added', () => {
  it('every filter and sort answers an empty page, and the counts are zero', () => {
    const empty = memoryStore();
    try {
      for (const sort of ['newest', 'oldest', 'spam'] as const) {
        for (const status of ['pending', 'approved', 'spam', 'trash', 'all'] as const) {
          expect(empty.listQueue({ status, sort }, null, 50)).toEqual({ items: [], next: null });
          expect(empty.listQueue({ status, sort, flagged: true }, null, 50).items).toEqual([]);
        }
      }
      expect(empty.getCounts().total.all).toBe(0);
    } finally {
      empty.close();
    }
  });
});
