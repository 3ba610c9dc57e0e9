// The Unreplied and Likely fine views: what they hold, that their sidebar counts agree with the
// lists, and that they read their indexes (so they stay fast at 100,000 comments).
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Scorer, Store } from '../../../electron/core/store';
import type { RemoteComment } from '../../../electron/core/sync/ports';
import { LIKELY_FINE_TERMS, UNREPLIED_COUNT, unrepliedSince } from '../../../electron/core/store/queue-views';
import type { QueueFilter, Site } from '../../../shared/types';
import { memoryStore, remoteComment } from './helpers';

const ADMIN = 1; // the account Moderato signs in with
const EDITOR = 2; // another user who may moderate
const AUTHOR = 3; // wrote post 10, may not moderate
const SUBSCRIBER = 9; // a registered reader

/** Like the flag engine: a link is a warning, "approved before" a reassurance; likely spam from 3. */
const scorer: Scorer = (input, ctx) => {
  const flags = [];
  const links = (input.content.match(/https?:\/\//g) ?? []).length;
  if (links >= 2) flags.push({ kind: 'links' as const, reason: `${links} links`, weight: links });
  if (/casino/i.test(input.content)) flags.push({ kind: 'word' as const, reason: 'casino', weight: 4 });
  if (ctx.approvedByAuthor > 0) flags.push({ kind: 'approved-author' as const, reason: 'Approved before', weight: -4 });
  const score = flags.reduce((s, f) => s + f.weight, 0);
  return { flags, score, likelySpam: score >= 3, spamProbability: null };
};

const daysAgo = (days: number): string => unrepliedSince(days);

let store: Store;
let site: Site;
let nextId = 1;

beforeEach(() => {
  store = memoryStore(scorer);
  site = store.addSite({ baseUrl: 'https://blog.example', restRoot: 'https://blog.example/wp-json/', user: 'admin', name: 'Le blog' });
  store.setPostAuthors(site.id, [{ id: 10, title: 'Les confitures', link: 'https://blog.example/confitures/', author: AUTHOR }], [10]);
  store.setSiteStaff(site.id, [ADMIN, EDITOR], new Date().toISOString());
});
afterEach(() => store.close());

function add(overrides: Partial<RemoteComment>): RemoteComment {
  const c = remoteComment({ id: nextId++, post: 10, status: 'approved', date_gmt: daysAgo(5), ...overrides });
  store.upsertComments(site.id, [c]);
  return c;
}

const local = (c: RemoteComment): number => store.localIdsOf(site.id, [c.id])[0]!;
const list = (filter: Partial<QueueFilter>): number[] =>
  store.listQueue({ status: 'approved', sort: 'newest', ...filter }, null, 500).items.map((c) => c.remoteId).sort((a, b) => a - b);
const unreplied = (): number[] => list({ unreplied: true });
const likelyFine = (): number[] => list({ status: 'pending', likelyFine: true });
const counts = () => store.getCounts().bySite[site.id]!;

describe('Unreplied', () => {
  it('holds approved readers’ comments that no user of the site answered, and its count agrees', () => {
    const byAdmin = add({ author_name: 'Claire' });
    add({ parent: byAdmin.id, author: ADMIN, author_name: 'Admin' });
    const byEditor = add({ author_name: 'Marc' });
    add({ parent: byEditor.id, author: EDITOR, author_name: 'Éditrice' });
    const byPostAuthor = add({ author_name: 'Jérôme' });
    add({ parent: byPostAuthor.id, author: AUTHOR, author_name: 'Autrice' });
    const byReader = add({ author_name: 'Priya' });
    const readerReply = add({ parent: byReader.id, author_name: 'Zoé' });
    const bySubscriber = add({ author_name: 'Sam' });
    // A registered reader's reply answers nobody, and is itself a reader's comment.
    const subscriberReply = add({ parent: bySubscriber.id, author: SUBSCRIBER, author_name: 'Abonné' });
    // The post's author may not moderate: on another post her reply is a reader's.
    const otherPost = add({ post: 11, author_name: 'Paul' });
    const authorElsewhere = add({ post: 11, parent: otherPost.id, author: AUTHOR, author_name: 'Autrice' });

    // Not readers' comments to answer: a pingback, a user's own comment, one outside the window,
    // one still pending, one whose only user reply is still pending.
    add({ type: 'pingback', author_name: 'Un blog', author_email: '' });
    add({ author: EDITOR, author_name: 'Éditrice' });
    add({ author_name: 'Ancien', date_gmt: daysAgo(120) });
    add({ author_name: 'En attente', status: 'pending' });
    const heldReply = add({ author_name: 'Luc' });
    add({ parent: heldReply.id, author: ADMIN, status: 'pending' });

    const expected = [byReader.id, readerReply.id, bySubscriber.id, subscriberReply.id, otherPost.id, authorElsewhere.id, heldReply.id].sort((a, b) => a - b);
    expect(unreplied()).toEqual(expected);
    expect(counts().unreplied).toBe(expected.length);
    expect(store.getCounts().total.unreplied).toBe(expected.length);
  });

  it('a reply written in Moderato removes the comment at once, sent or not; undoing it brings it back', () => {
    const question = add({ author_name: 'Priya' });
    expect(unreplied()).toEqual([question.id]);
    const [replyId] = [store.recordReply(local(question), 'Merci Priya !')];
    expect(unreplied()).toEqual([]);
    expect(counts().unreplied).toBe(0);

    store.undo(replyId);
    expect(unreplied()).toEqual([question.id]);

    // Sent: the site's answer is stored as the account's own reply.
    const again = store.recordReply(local(question), 'Merci Priya !');
    const [claimed] = store.claimActions(site.id, new Date(), 10);
    expect(claimed?.id).toBe(again);
    store.completeAction(again, remoteComment({ id: 900, post: 10, parent: question.id, author: ADMIN, status: 'approved', date_gmt: daysAgo(0) }));
    expect(unreplied()).toEqual([]);
    expect(counts().unreplied).toBe(0);
  });

  it('a user reply trashed on the site makes the comment unreplied again', () => {
    const question = add({ author_name: 'Priya' });
    const answer = add({ parent: question.id, author: EDITOR });
    expect(unreplied()).toEqual([]);
    store.upsertComments(site.id, [{ ...answer, status: 'trash' }]);
    expect(unreplied()).toEqual([question.id]);
    expect(counts().unreplied).toBe(1);
  });

  it('before the site’s users are known, any registered user’s reply counts', () => {
    store.setSiteStaff(site.id, [], new Date().toISOString());
    const question = add({ author_name: 'Priya' });
    add({ parent: question.id, author: SUBSCRIBER });
    expect(unreplied()).toEqual([]);
    expect(counts().unreplied).toBe(0);
  });

  it('follows the window setting', () => {
    const recent = add({ date_gmt: daysAgo(10) });
    const older = add({ date_gmt: daysAgo(60) });
    for (const days of [5, 50, 200]) add({ type: 'pingback', author_email: '', date_gmt: daysAgo(days) });
    store.setUnrepliedDays(30);
    expect(unreplied()).toEqual([recent.id]);
    expect(counts().unreplied).toBe(1);
    store.setUnrepliedDays(90);
    expect(unreplied()).toEqual([recent.id, older.id]);
    expect(counts().unreplied).toBe(2);
  });

  it('a busy window (over a thousand approved comments) is counted the other way round, to the same figure', () => {
    const many = Array.from({ length: 1100 }, (_, i) =>
      remoteComment({ id: 100_000 + i, post: 10, status: 'approved', date_gmt: daysAgo(1 + (i % 80)), type: i % 50 === 0 ? 'pingback' : 'comment' }),
    );
    store.upsertComments(site.id, many);
    const answered = add({ author_name: 'Priya' });
    add({ parent: answered.id, author: ADMIN });
    add({ type: 'trackback', author_email: '', date_gmt: daysAgo(200) });
    const listed = store.listQueue({ status: 'approved', sort: 'newest', unreplied: true }, null, 5000).items.length;
    expect(listed).toBe(1100 - 22);
    expect(counts().unreplied).toBe(listed);
  });

  it('pages by keyset like the rest of the queue, newest first', () => {
    const made = Array.from({ length: 7 }, (_, i) => add({ date_gmt: daysAgo(20 - i) }));
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page = store.listQueue({ status: 'approved', sort: 'newest', unreplied: true }, cursor, 3);
      seen.push(...page.items.map((c) => c.remoteId));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual(made.map((c) => c.id).reverse());
  });

  it('a view and a status that exclude each other list nothing', () => {
    add({ author_name: 'Priya' });
    expect(list({ status: 'pending', unreplied: true })).toEqual([]);
  });
});

describe('Likely fine', () => {
  it('holds pending comments without a warning from authors approved before, and its count agrees', () => {
    add({ author_name: 'Claire', author_email: 'claire@example.fr' }); // approved before
    const fine = add({ author_name: 'Claire', author_email: 'claire@example.fr', status: 'pending' });
    add({ author_name: 'Claire', author_email: 'claire@example.fr', status: 'pending', content_raw: 'voir https://a.example et https://b.example' });
    add({ author_name: 'Claire', author_email: 'claire@example.fr', status: 'pending', content_raw: 'casino' });
    add({ author_name: 'Nouveau', author_email: 'nouveau@example.fr', status: 'pending' }); // first time
    add({ author_name: 'Sans email', author_email: '', status: 'approved' });
    add({ author_name: 'Sans email', author_email: '', status: 'pending' }); // a name alone is not enough
    expect(likelyFine()).toEqual([fine.id]);
    expect(counts().likelyFine).toBe(1);
  });

  it('an author the site approved before (their history) counts, as soon as it arrives', () => {
    const waiting = add({ author_name: 'Priya', author_email: 'priya@example.com', status: 'pending' });
    expect(likelyFine()).toEqual([]);
    store.setSiteAuthorHistory(site.id, 'priya@example.com', 4);
    store.rescoreAuthors(site.id, ['priya@example.com']);
    expect(likelyFine()).toEqual([waiting.id]);
  });

  it('approving an author’s first comment makes her others likely fine; undoing the batch takes it back', () => {
    const first = add({ author_name: 'Zoé', author_email: 'zoe@example.fr', status: 'pending' });
    const second = add({ author_name: 'Zoé', author_email: 'zoe@example.fr', status: 'pending' });
    expect(likelyFine()).toEqual([]);
    const ids = store.recordActions([local(first)], 'approve');
    store.refreshApprovedBefore([local(first)]);
    expect(likelyFine()).toEqual([second.id]);
    expect(counts().likelyFine).toBe(1);

    store.undo(ids);
    store.refreshApprovedBefore([local(first)]);
    expect(likelyFine()).toEqual([]);
    expect(counts().likelyFine).toBe(0);
  });
});

describe('undo of a whole batch', () => {
  it('takes back every action of a bulk approval in one call, even after later actions', () => {
    const pending = Array.from({ length: 5 }, () => add({ status: 'pending' }));
    const batch = store.recordActions(pending.map(local), 'approve');
    const other = add({ status: 'pending' });
    store.recordActions([local(other)], 'spam'); // the last action is no longer the batch
    const { undone, reverted } = store.undo(batch);
    expect(undone).toMatch(/5/);
    expect(reverted).toHaveLength(5);
    expect(list({ status: 'pending' })).toEqual(pending.map((c) => c.id));
    expect(store.getComment(local(other)).localStatus).toBe('spam');
    expect(() => store.undo(batch)).toThrow(/already undone/);
  });
});

describe('the views read their indexes', () => {
  const plan = (sql: string, ...params: unknown[]): string =>
    ((store as unknown as { db: Database.Database }).db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
      .map((r) => r.detail)
      .join('\n');

  it('the Likely fine count and the Unreplied count never scan the table', () => {
    const fine = plan(
      `SELECT count(*) FROM comments AS c INDEXED BY comments_likely_fine WHERE c.site_id = ? AND c.local_status = 'pending' AND ${LIKELY_FINE_TERMS}`,
      1,
    );
    expect(fine).toMatch(/comments_likely_fine/);
    for (const sql of Object.values(UNREPLIED_COUNT)) expect(plan(sql, { site: 1, since: daysAgo(90) })).not.toMatch(/SCAN c\b|SCAN comments\b/);
    expect(plan(UNREPLIED_COUNT.approved, { site: 1, since: daysAgo(90) })).toMatch(/COVERING INDEX comments_site_status_date/);
    expect(plan(UNREPLIED_COUNT.pingbacksOfWindowByType, { site: 1, since: daysAgo(90) })).toMatch(/INDEX comments_pingback_host/);
  });
});
