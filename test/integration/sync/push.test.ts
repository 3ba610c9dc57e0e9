// Pushing the outbox to the fake WordPress: the exact requests, the author_ip workaround, every
// outcome (done, gone, duplicate, paused, retried, failed), order per comment, no reply posted twice.
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, AUTHOR, FakeWordPress } from '../../support/fake-wordpress';
import { seedFake, SEED_COMMENTS, type SeededIds } from '../../support/sync-seed';
import { makeHarness, type SyncHarness } from '../../support/sync-harness';

let fake: FakeWordPress;
let h: SyncHarness;
let ids: SeededIds;
let clock: Date;

async function setup(user = ADMIN): Promise<void> {
  fake = await FakeWordPress.start();
  ids = seedFake(fake);
  clock = new Date('2026-01-01T10:00:00Z');
  h = makeHarness({ baseUrl: fake.url, restRoot: fake.restRoot, user: ADMIN.login, appPassword: ADMIN.appPassword }, { now: () => clock, timeoutMs: 1_000 });
  await h.sync('pull');
  h.access.user = user.login;
  h.access.appPassword = user.appPassword;
  fake.requests.length = 0;
}

afterEach(async () => {
  h?.close();
  await fake?.close();
});

const remote = (key: string): number => ids.comments[key]!;
const local = (key: string): number => h.localId(remote(key));
const onSite = (key: string) => fake.comments.get(remote(key));
const seed = (key: string) => SEED_COMMENTS.find((c) => c.key === key)!;
/** Unsent actions (queued, sending, failed); done and obsolete ones leave this list. */
const outbox = () => h.store.listOutbox();
const adminReplies = (parentKey: string) => [...fake.comments.values()].filter((c) => c.parent === remote(parentKey) && c.author === ADMIN.id);
const replyPosts = () => fake.requestsTo('POST', /^\/wp\/v2\/comments$/);

describe('each decision reaches the site, evidence intact', () => {
  it('approve, spam, trash, delete and edit', async () => {
    await setup();
    h.store.recordActions([local('marc-reply')], 'approve');
    h.store.recordActions([local('stage')], 'spam');
    h.store.recordActions([local('velo-question')], 'trash');
    h.store.recordActions([local('travel-trackback')], 'delete');
    h.store.recordEdit(local('travel-pending'), 'The night ferry to Bilbao is my favourite start to a holiday.');
    const run = await h.sync('push');
    expect(run).toMatchObject({ pushedCount: 5, failedCount: 0, error: null });

    expect(onSite('marc-reply')!.status).toBe('approved');
    expect(onSite('stage')!.status).toBe('spam');
    expect(onSite('velo-question')!.status).toBe('trash');
    expect(onSite('travel-trackback')).toBeUndefined();
    expect(onSite('travel-pending')!.content).toBe('The night ferry to Bilbao is my favourite start to a holiday.');
    // WordPress 6.1 would have stored 127.0.0.1 and Moderato's user agent: the originals were sent back.
    for (const key of ['marc-reply', 'stage', 'travel-pending']) {
      expect(onSite(key)!.author_ip).toBe(seed(key).author_ip);
      expect(onSite(key)!.author_user_agent).toBe(seed(key).author_user_agent);
    }
    // Exactly the documented requests.
    expect(fake.requestsTo('POST', new RegExp(`/comments/${remote('marc-reply')}$`))[0]!.body).toEqual({
      status: 'approved',
      author_ip: seed('marc-reply').author_ip,
      author_user_agent: seed('marc-reply').author_user_agent,
    });
    expect(fake.requestsTo('DELETE', new RegExp(`/comments/${remote('velo-question')}$`))[0]!.query.get('force')).toBeNull();
    expect(fake.requestsTo('DELETE', new RegExp(`/comments/${remote('travel-trackback')}$`))[0]!.query.get('force')).toBe('true');
    expect(h.byRemote(remote('travel-trackback'))).toBeUndefined();
    expect(h.byRemote(remote('marc-reply'))!.serverStatus).toBe('approved');
    expect(h.events).toContainEqual({ type: 'queue-changed', siteIds: [h.site.id] });
  });

  it('approve and reply: two requests, parent approved, reply under it', async () => {
    await setup();
    h.store.recordActions([local('velo-question')], 'approve');
    h.store.recordReply(local('velo-question'), 'Un démonte-pneu en plastique, surtout pas en métal !');
    await h.sync('push');
    expect(onSite('velo-question')!.status).toBe('approved');
    const replies = adminReplies('velo-question');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ post: ids.posts['reparer-un-velo-soi-meme'], status: 'approved', author: ADMIN.id });
    // The reply went out after the approval, and is stored locally under its parent.
    const order = fake.requests.map((r) => `${r.method} ${r.route}`);
    expect(order.indexOf(`POST /wp/v2/comments/${remote('velo-question')}`)).toBeLessThan(order.indexOf('POST /wp/v2/comments'));
    expect(h.store.getComment(local('velo-question')).replies.map((r) => r.remoteId)).toEqual([replies[0]!.id]);
  });

  it('keeps the order of one comment’s decisions while other comments go in parallel', async () => {
    await setup();
    const marc = local('marc-reply');
    h.store.recordActions([marc], 'approve');
    h.store.recordActions([local('stage'), local('velo-question'), local('travel-pending')], 'spam');
    h.store.recordActions([marc], 'unapprove');
    h.store.recordActions([marc], 'spam');
    await h.sync('push');
    const statuses = fake.requestsTo('POST', new RegExp(`/comments/${remote('marc-reply')}$`)).map((r) => r.body?.['status']);
    expect(statuses).toEqual(['approved', 'hold', 'spam']);
    expect(onSite('marc-reply')!.status).toBe('spam');
  });
});

describe('outcomes', () => {
  it('a reply whose answer is lost is not posted twice', async () => {
    await setup();
    h.store.recordReply(local('marc-reply'), 'Merci Marc, je note pour la vanille.');
    fake.inject({ kind: 'drop-after' }, { method: 'POST', route: /^\/wp\/v2\/comments$/ });
    const first = await h.sync('push');
    expect(first.pushedCount).toBe(0);
    expect(outbox()[0]).toMatchObject({ state: 'queued', kind: 'reply' });
    clock = new Date(clock.getTime() + 60 * 60_000);
    await h.sync('push');
    const replies = adminReplies('marc-reply');
    expect(replies).toHaveLength(1);
    expect(replyPosts()).toHaveLength(1);
    expect(outbox()).toEqual([]);
    expect(h.store.getComment(local('marc-reply')).replies.map((r) => r.remoteId)).toContain(replies[0]!.id);
  });

  it('409 comment_duplicate on a reply counts as done and finds the existing reply', async () => {
    await setup();
    fake.addComment({ post: ids.posts['les-confitures-de-grand-mere'], parent: remote('stage'), author: ADMIN.id, content: 'Non merci.', status: 'approved' });
    h.store.recordReply(local('stage'), 'Non merci.');
    const run = await h.sync('push');
    expect(run.pushedCount).toBe(1);
    expect(adminReplies('stage')).toHaveLength(1);
    expect(replyPosts()).toHaveLength(1);
    expect(outbox()).toEqual([]);
  });

  it('a comment deleted on the site while an approve waits: obsolete, removed, user told', async () => {
    await setup();
    h.store.recordActions([local('stage')], 'approve');
    fake.comments.delete(remote('stage'));
    const run = await h.sync('push');
    expect(run.failedCount).toBe(1);
    expect(outbox()).toEqual([]);
    expect(h.byRemote(remote('stage'))).toBeUndefined();
    expect(h.events.some((e) => e.type === 'notice' && /deleted on the site/.test(e.message))).toBe(true);
  });

  it('trash of a comment already in the trash (410) is done', async () => {
    await setup();
    h.store.recordActions([local('velo-question')], 'trash');
    onSite('velo-question')!.status = 'trash';
    const run = await h.sync('push');
    expect(run.pushedCount).toBe(1);
    expect(outbox()).toEqual([]);
    expect(h.byRemote(remote('velo-question'))!.localStatus).toBe('trash');
  });

  it('wrong password: the site pauses, nothing is lost, and it resumes once fixed', async () => {
    await setup();
    h.store.recordActions([local('stage'), local('marc-reply')], 'approve');
    h.access.appPassword = 'revoked';
    const run = await h.sync('both');
    expect(run.error).toMatch(/Application Password/);
    expect(h.store.getSite(h.site.id)!.pausedReason).toMatch(/Application Password/);
    expect(outbox().map((o) => o.state)).toEqual(['queued', 'queued']);
    expect(onSite('stage')!.status).toBe('hold');

    h.access.appPassword = ADMIN.appPassword;
    const again = await h.sync('both');
    expect(again).toMatchObject({ pushedCount: 2, error: null });
    expect(h.store.getSite(h.site.id)!.pausedReason).toBeNull();
    expect(onSite('stage')!.status).toBe('approved');
  });

  it('a user without moderation rights: paused with a role message', async () => {
    await setup(AUTHOR);
    h.store.recordActions([local('stage')], 'spam');
    const run = await h.sync('push');
    expect(run.error).toMatch(/not allowed to moderate/);
    expect(h.store.getSite(h.site.id)!.pausedReason).toMatch(/administrator or editor/);
    expect(outbox()[0]!.state).toBe('queued');
    expect(onSite('stage')!.status).toBe('hold');
  });

  it('429 waits at least Retry-After, 5xx backs off, and neither blocks other comments', async () => {
    await setup();
    h.store.recordActions([local('stage')], 'approve');
    h.store.recordActions([local('marc-reply')], 'approve');
    h.store.recordActions([local('velo-question')], 'approve');
    fake.inject({ kind: 'html-error', status: 503 }, { route: new RegExp(`/comments/${remote('marc-reply')}$`), times: 5 });
    fake.inject({ kind: 'rate-limit', retryAfter: '600' }, { route: new RegExp(`/comments/${remote('stage')}$`) });
    await h.sync('push');
    expect(onSite('velo-question')!.status).toBe('approved');
    const byComment = new Map(outbox().map((o) => [o.commentId, o]));
    const stage = byComment.get(local('stage'))!;
    expect(stage.state).toBe('queued');
    expect(Date.parse(stage.nextAttemptAt!) - clock.getTime()).toBeGreaterThanOrEqual(600_000);
    expect(byComment.get(local('marc-reply'))!.lastError).toMatch(/HTTP 503/);

    // Ten minutes later the stage approval goes; the 503s stop and the backoff lets marc through.
    fake.clearFaults();
    clock = new Date(clock.getTime() + 60 * 60_000);
    await h.sync('push');
    expect(onSite('stage')!.status).toBe('approved');
    expect(onSite('marc-reply')!.status).toBe('approved');
  });

  it('400: failed with the server’s words, other comments unaffected', async () => {
    await setup();
    h.store.recordEdit(local('stage'), 'Texte modifié');
    h.store.recordActions([local('velo-question')], 'approve');
    fake.inject({ kind: 'wp-error', status: 400, code: 'rest_comment_content_invalid', message: 'Invalid comment content.' }, { route: new RegExp(`/comments/${remote('stage')}$`) });
    await h.sync('push');
    const failed = outbox().find((o) => o.kind === 'edit')!;
    expect(failed).toMatchObject({ state: 'failed' });
    expect(failed.lastError).toMatch(/Invalid comment content/);
    expect(onSite('velo-question')!.status).toBe('approved');
  });

  it('WordPress answers 200 but does not change the status: failed, said plainly', async () => {
    await setup();
    h.store.recordActions([local('stage')], 'spam');
    fake.inject({ kind: 'ignore-write' }, { route: new RegExp(`/comments/${remote('stage')}$`) });
    await h.sync('push');
    const failed = outbox()[0]!;
    expect(failed.state).toBe('failed');
    expect(failed.lastError).toMatch(/did not change the comment's status to spam \(it is still pending\)/);
    expect(onSite('stage')!.status).toBe('hold');
  });

  it('network down: everything waits and goes out once the site answers again', async () => {
    await setup();
    h.store.recordActions([local('stage'), local('marc-reply'), local('velo-question')], 'spam');
    fake.inject({ kind: 'drop' }, { times: 1000 });
    const offline = await h.sync('push');
    expect(offline.pushedCount).toBe(0);
    expect(outbox().every((o) => o.state === 'queued')).toBe(true);
    fake.clearFaults();
    clock = new Date(clock.getTime() + 2 * 60 * 60_000);
    const online = await h.sync('push');
    expect(online.pushedCount).toBe(3);
    expect(['stage', 'marc-reply', 'velo-question'].map((k) => onSite(k)!.status)).toEqual(['spam', 'spam', 'spam']);
  });
});
