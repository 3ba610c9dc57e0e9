import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../electron/core/store';
import type { Site } from '../../../shared/types';
import { memoryStore, remoteComment } from './helpers';

let store: Store;
let site: Site;
let other: Site;

beforeEach(() => {
  store = memoryStore();
  site = store.addSite({ baseUrl: 'https://a.example', restRoot: 'https://a.example/wp-json/', user: 'ann', name: 'A' });
  other = store.addSite({ baseUrl: 'https://b.example', restRoot: 'https://b.example/wp-json/', user: 'bob', name: 'B' });
});
afterEach(() => store.close());

const localId = (s: Site, remoteId: number) =>
  store.listQueue({ status: 'all', sort: 'newest', siteId: s.id }, null, 500).items.find((c) => c.remoteId === remoteId)!.id;

describe('sites', () => {
  it('adds, lists, pauses, marks synced, refuses duplicates and removes with everything', () => {
    expect(store.listSites().map((s) => s.name)).toEqual(['A', 'B']);
    expect(() => store.addSite({ baseUrl: 'https://a.example', restRoot: 'x', user: 'u', name: 'again' })).toThrow(/already/);
    store.setSitePaused(site.id, 'The Application Password was revoked.');
    store.setSiteSynced(site.id, '2024-05-01T10:00:00Z');
    expect(store.getSite(site.id)).toMatchObject({ pausedReason: 'The Application Password was revoked.', lastSyncAt: '2024-05-01T10:00:00Z' });
    store.upsertComments(site.id, [remoteComment({ id: 1, content_raw: 'zebra words' })]);
    store.upsertComments(other.id, [remoteComment({ id: 1 })]);
    store.recordActions([localId(site, 1)], 'approve');
    store.removeSite(site.id);
    expect(store.getSite(site.id)).toBeUndefined();
    expect(store.getCounts().total.all).toBe(1);
    expect(store.listOutbox()).toEqual([]);
    expect(store.listQueue({ status: 'all', sort: 'newest', search: 'zebra' }, null, 10).items).toEqual([]);
    expect(() => store.removeSite(site.id)).toThrow(/not in Moderato/);
  });
});

describe('pull', () => {
  it('upsert reports inserted, updated and unchanged comments; sites are separate', () => {
    const first = store.upsertComments(site.id, [remoteComment({ id: 1 }), remoteComment({ id: 2 })]);
    expect(first).toEqual({ inserted: [1, 2], updated: [], protected: [] });
    const again = store.upsertComments(site.id, [remoteComment({ id: 1 }), remoteComment({ id: 2, status: 'approved' })]);
    expect(again).toEqual({ inserted: [], updated: [2], protected: [] });
    expect(store.upsertComments(other.id, [remoteComment({ id: 1 })]).inserted).toEqual([1]);
    expect(store.pendingRemoteIds(site.id)).toEqual(new Set([1]));
    expect(store.storedRemoteIds(site.id, [1, 2, 3])).toEqual(new Set([1, 2]));
    expect(store.getComment(localId(site, 2)).localStatus).toBe('approved');
  });

  it('never overwrites a comment that has an unsent action', () => {
    store.upsertComments(site.id, [remoteComment({ id: 7, content_raw: 'original' })]);
    const id = localId(site, 7);
    store.recordActions([id], 'spam');
    const result = store.upsertComments(site.id, [remoteComment({ id: 7, content_raw: 'changed on the site', status: 'approved' })]);
    expect(result.protected).toEqual([7]);
    const c = store.getComment(id);
    expect(c.contentRaw).toBe('original');
    expect(c.localStatus).toBe('spam');
    expect(c.serverStatus).toBe('pending');
    // A failed action is still unsent: still protected.
    const [action] = store.claimActions(site.id, new Date(), 10);
    store.failAction(action!.id, 'Refused');
    expect(store.upsertComments(site.id, [remoteComment({ id: 7, status: 'approved' })]).protected).toEqual([7]);
    // Once undone, the next pull may update it.
    store.undo(action!.id);
    expect(store.upsertComments(site.id, [remoteComment({ id: 7, status: 'approved' })]).updated).toEqual([7]);
    expect(store.getComment(id).localStatus).toBe('approved');
  });

  it('removeGone keeps comments with unsent actions', () => {
    store.upsertComments(site.id, [remoteComment({ id: 1 }), remoteComment({ id: 2 })]);
    store.recordActions([localId(site, 2)], 'approve');
    expect(store.removeGone(site.id, [1, 2, 3])).toEqual([1]);
    expect(store.storedRemoteIds(site.id, [1, 2])).toEqual(new Set([2]));
  });

  it('posts and author history bookkeeping', () => {
    store.upsertPosts(site.id, [{ id: 10, title: 'Hello', link: 'https://a.example/hello' }]);
    expect(store.missingPostIds(site.id, [10, 11, 11, 12])).toEqual([11, 12]);
    expect(store.authorsWithoutSiteHistory(site.id, ['x@example.com', 'Y@example.com', ''])).toEqual(['x@example.com', 'y@example.com']);
    store.setSiteAuthorHistory(site.id, 'x@example.com', 3);
    expect(store.authorsWithoutSiteHistory(site.id, ['x@example.com', 'y@example.com'])).toEqual(['y@example.com']);
  });
});

describe('push', () => {
  it('claims only the oldest unsent action per comment, in order, and marks it sending', () => {
    store.upsertComments(site.id, [remoteComment({ id: 1 }), remoteComment({ id: 2 })]);
    const [a1] = store.recordActions([localId(site, 1)], 'approve');
    const replyId = store.recordReply(localId(site, 1), 'Thanks!');
    const [a2] = store.recordActions([localId(site, 2)], 'trash');
    const claimed = store.claimActions(site.id, new Date(), 10);
    expect(claimed.map((a) => a.id)).toEqual([a1, a2]);
    expect(claimed[0]).toMatchObject({ kind: 'approve', remoteId: 1, postId: 1, attempts: 1, authorIp: '192.0.2.1' });
    // Already sending: not claimed twice.
    expect(store.claimActions(site.id, new Date(), 10)).toEqual([]);
    expect(store.unsentCount(site.id)).toBe(3);
    store.completeAction(a1!, remoteComment({ id: 1, status: 'approved' }));
    const next = store.claimActions(site.id, new Date(), 10);
    expect(next.map((a) => a.id)).toEqual([replyId]);
    expect(next[0]!.payload).toEqual({ text: 'Thanks!', parentRemoteId: 1, postId: 1 });
  });

  it('skips paused sites and actions waiting for a retry time', () => {
    store.upsertComments(site.id, [remoteComment({ id: 1 })]);
    const [a] = store.recordActions([localId(site, 1)], 'approve');
    store.setSitePaused(site.id, 'Wrong password');
    expect(store.claimActions(site.id, new Date(), 10)).toEqual([]);
    store.setSitePaused(site.id, null);
    store.claimActions(site.id, new Date(), 10);
    store.retryActionLater(a!, { kind: 'unreachable', message: 'Timed out' }, new Date('2030-01-01T00:00:00Z'));
    expect(store.claimActions(site.id, new Date('2029-12-31T00:00:00Z'), 10)).toEqual([]);
    expect(store.claimActions(site.id, new Date('2030-01-01T00:00:01Z'), 10).map((x) => x.attempts)).toEqual([2]);
  });

  it('crash recovery: sending rows go back to queued', () => {
    store.upsertComments(site.id, [remoteComment({ id: 1 }), remoteComment({ id: 2 })]);
    store.recordActions([localId(site, 1), localId(site, 2)], 'spam');
    store.claimActions(site.id, new Date(), 1);
    expect(store.requeueInterrupted()).toBe(1);
    expect(store.claimActions(site.id, new Date(), 10)).toHaveLength(2);
  });

  it('completing stores the server answer; a sent delete removes the comment; a reply is stored as a new comment', () => {
    store.upsertComments(site.id, [remoteComment({ id: 1 }), remoteComment({ id: 2 })]);
    const id1 = localId(site, 1);
    const [approve] = store.recordActions([id1], 'approve');
    const reply = store.recordReply(id1, 'Welcome');
    const [del] = store.recordActions([localId(site, 2)], 'delete');
    store.claimActions(site.id, new Date(), 10);
    store.completeAction(approve!, null);
    expect(store.getComment(id1)).toMatchObject({ serverStatus: 'approved', localStatus: 'approved', pendingAction: 'reply' });
    store.claimActions(site.id, new Date(), 10);
    store.completeAction(reply, remoteComment({ id: 99, parent: 1, author: 1, content_raw: 'Welcome', status: 'approved' }), {
      createdRemoteId: 99,
    });
    expect(store.getComment(id1).pendingAction).toBeNull();
    expect(store.getComment(id1).replies.map((r) => r.remoteId)).toEqual([99]);
    store.completeAction(del!, null);
    expect(store.storedRemoteIds(site.id, [2]).size).toBe(0);
    expect(store.listOutbox()).toEqual([]);
  });

  it('a failed action stays visible with its reason; retry puts it back in the queue', () => {
    store.upsertComments(site.id, [remoteComment({ id: 1 })]);
    const id = localId(site, 1);
    const [a] = store.recordActions([id], 'approve');
    store.claimActions(site.id, new Date(), 10);
    store.failAction(a!, 'You are not allowed to moderate this comment.');
    expect(store.listOutbox({ failed: true }).map((o) => [o.id, o.lastError])).toEqual([[a, 'You are not allowed to moderate this comment.']]);
    expect(store.getComment(id)).toMatchObject({ localStatus: 'approved', failedReason: 'You are not allowed to moderate this comment.' });
    expect(store.claimActions(site.id, new Date(), 10)).toEqual([]);
    store.retryAction(a!);
    expect(store.getComment(id).failedReason).toBeNull();
    expect(store.claimActions(site.id, new Date(), 10).map((x) => x.id)).toEqual([a]);
    expect(() => store.retryAction(a!)).toThrow(/has not failed/);
  });

  it('an obsolete action (comment gone on the site) removes the comment locally', () => {
    store.upsertComments(site.id, [remoteComment({ id: 1 })]);
    const id = localId(site, 1);
    const [a] = store.recordActions([id], 'approve');
    store.recordActions([id], 'spam');
    store.claimActions(site.id, new Date(), 10);
    store.obsoleteAction(a!, 'The comment was deleted on the site.');
    expect(store.listOutbox()).toEqual([]);
    expect(() => store.getComment(id)).toThrow();
  });

  it('payload progress is kept', () => {
    store.upsertComments(site.id, [remoteComment({ id: 1 })]);
    const reply = store.recordReply(localId(site, 1), 'Hi');
    store.updateActionPayload(reply, { text: 'Hi', parentRemoteId: 1, postId: 1, createdRemoteId: 55 });
    expect(store.claimActions(site.id, new Date(), 1)[0]!.payload).toMatchObject({ createdRemoteId: 55 });
  });
});

describe('runs', () => {
  it('start and finish a run', () => {
    const run = store.startRun(site.id);
    store.finishRun(run, { newCount: 3, changedCount: 1, goneCount: 0, pushedCount: 2, failedCount: 1 }, null);
    expect(store.lastRun(site.id)).toMatchObject({ id: run, newCount: 3, pushedCount: 2, failedCount: 1, error: null });
    expect(store.lastRun(site.id)!.finishedAt).not.toBeNull();
    expect(store.lastRun(other.id)).toBeNull();
  });

  it('keep the kind of a failure beside its message', () => {
    const run = store.startRun(site.id);
    store.finishRun(run, { newCount: 0, changedCount: 0, goneCount: 0, pushedCount: 0, failedCount: 0 }, {
      kind: 'unreachable',
      message: 'Moderato could not reach the site.',
    });
    expect(store.lastRun(site.id)).toMatchObject({ error: 'Moderato could not reach the site.', errorKind: 'unreachable' });

    store.upsertComments(site.id, [remoteComment({ id: 1 })]);
    const [a] = store.recordActions([localId(site, 1)], 'approve');
    store.claimActions(site.id, new Date(), 10);
    store.retryActionLater(a!, { kind: 'server', message: 'HTTP 502' }, new Date('2030-01-01T00:00:00Z'));
    expect(store.retryReason(site.id)).toEqual({ kind: 'server', message: 'HTTP 502' });
  });
});
