// The sync scenarios against a real, unmodified WordPress 6.1 on 127.0.0.1 (test/wordpress/run.sh).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, type SyncHarness } from '../support/sync-harness';
import { PENDING_KEYS, SEED_COMMENTS, type SeededIds } from '../support/sync-seed';
import { LossyProxy } from '../support/lossy-proxy';
import { SyncScheduler } from '../../electron/core/sync/scheduler';
import { WordPressClient } from '../../electron/core/sources/wordpress-client';
import { discoverSite } from '../../electron/core/sources/wordpress-discovery';
import { WP, onSite, resetSite, siteAdmin } from './wp-env';

let ids: SeededIds;
let h: SyncHarness;
let proxy: LossyProxy | null = null;

const access = () => ({ baseUrl: WP.url, restRoot: `${WP.url}/wp-json/`, user: WP.user, appPassword: WP.appPassword });
const remote = (key: string): number => ids.comments[key]!;
const local = (key: string): number => h.localId(remote(key));
const seed = (key: string) => SEED_COMMENTS.find((c) => c.key === key)!;

beforeEach(async () => {
  ids = resetSite();
  h = makeHarness(access());
});
afterEach(async () => {
  h.close();
  await proxy?.close();
  proxy = null;
});

async function adminReplies(parent: number): Promise<number> {
  return (await siteAdmin.listComments({ parent, status: 'any', type: 'all' })).items.filter((c) => c.author > 0).length;
}

describe('real WordPress: pull', () => {
  it('discovers the site and checks the password', async () => {
    const found = await discoverSite(`${WP.url}/wp-admin/edit-comments.php`);
    expect(found.baseUrl).toBe(WP.url);
    expect(found.restRoot).toBe(`${WP.url}/wp-json/`);
    expect(found.applicationPasswords).toBe(true);
    expect((await siteAdmin.checkCredentials()).roles).toContain('administrator');
  });

  it('first sync: comments, pingbacks, trackbacks and the French thread with its parents', async () => {
    const run = await h.sync('pull');
    expect(run.error).toBeNull();
    const pending = h.comments().filter((c) => c.serverStatus === 'pending').map((c) => c.remoteId).sort((a, b) => a - b);
    expect(pending).toEqual(PENDING_KEYS.map(remote).sort((a, b) => a - b));
    expect(h.byRemote(remote('velo-pingback'))!.type).toBe('pingback');
    expect(h.byRemote(remote('travel-trackback'))!.type).toBe('trackback');
    const thread = h.store.getComment(local('claire-again'));
    expect(thread.parents.map((p) => [p.authorName, p.serverStatus])).toEqual([
      ['Claire Dubois', 'approved'],
      ['Marc Lefèvre', 'pending'],
    ]);
    expect(thread.post?.title).toBe('Les confitures de grand-mère');
    expect(thread.contentRaw).toBe(seed('claire-again').content);
    expect(thread.authorIp).toBe('198.51.100.23');
    expect(thread.date).toBe('2024-05-04T07:05:33Z');
    // "Open on the site" lands on the post, at the comment.
    const opened = await fetch(thread.link);
    expect(opened.url).toBe(`${WP.url}/les-confitures-de-grand-mere/`);
    expect(thread.link).toMatch(new RegExp(`#comment-${remote('claire-again')}$`));
    // wptexturize turned the apostrophe into &#8217;; the title is shown decoded.
    expect(h.store.getComment(local('velo-question')).post?.title).toBe('Réparer un vélo soi-même : c’est facile');
    expect(h.store.getComment(local('travel-pending')).author.site?.approved).toBe(1);
  });

  it('a comment approved on the site meanwhile, and one deleted in wp-admin', async () => {
    await h.sync('pull');
    await siteAdmin.updateComment(remote('velo-question'), { status: 'approved', author_ip: seed('velo-question').author_ip, author_user_agent: seed('velo-question').author_user_agent });
    await siteAdmin.deleteComment(remote('stage'));
    const run = await h.sync('pull');
    expect(run).toMatchObject({ changedCount: 1, goneCount: 1, error: null });
    expect(h.byRemote(remote('velo-question'))!.serverStatus).toBe('approved');
    expect(h.byRemote(remote('stage'))).toBeUndefined();
  });
});

describe('real WordPress: push', () => {
  it('approve, spam, trash, delete and edit are visible on the site with author_ip intact', async () => {
    await h.sync('pull');
    h.store.recordActions([local('marc-reply')], 'approve');
    h.store.recordActions([local('stage')], 'spam');
    h.store.recordActions([local('velo-question')], 'trash');
    h.store.recordActions([local('travel-trackback')], 'delete');
    h.store.recordEdit(local('travel-pending'), 'The night ferry to Bilbao is the best start to a holiday.');
    const run = await h.sync('push');
    expect(run).toMatchObject({ pushedCount: 5, failedCount: 0, error: null });

    expect((await onSite(remote('marc-reply')))!.status).toBe('approved');
    expect((await onSite(remote('stage')))!.status).toBe('spam');
    expect((await onSite(remote('velo-question')))!.status).toBe('trash');
    expect(await onSite(remote('travel-trackback'))).toBeUndefined();
    const edited = (await onSite(remote('travel-pending')))!;
    expect(edited.content_raw).toBe('The night ferry to Bilbao is the best start to a holiday.');
    for (const key of ['marc-reply', 'stage', 'travel-pending']) {
      const c = (await onSite(remote(key)))!;
      expect([c.author_ip, c.author_user_agent]).toEqual([seed(key).author_ip, seed(key).author_user_agent]);
    }
  });

  it('reply, and approve-and-reply (WordPress does not approve the parent by itself)', async () => {
    await h.sync('pull');
    h.store.recordReply(local('marc-reply'), 'Merci Marc ! Une demi-gousse, pas plus.');
    h.store.recordActions([local('velo-question')], 'approve');
    h.store.recordReply(local('velo-question'), 'Un démonte-pneu en plastique, jamais en métal.');
    const run = await h.sync('push');
    expect(run).toMatchObject({ pushedCount: 3, error: null });
    expect((await onSite(remote('marc-reply')))!.status).toBe('pending');
    expect((await onSite(remote('velo-question')))!.status).toBe('approved');
    const reply = (await siteAdmin.listComments({ parent: remote('velo-question'), status: 'any', type: 'all' })).items;
    expect(reply.map((r) => [r.content_raw, r.status, r.post])).toEqual([
      ['Un démonte-pneu en plastique, jamais en métal.', 'approved', ids.posts['reparer-un-velo-soi-meme']],
    ]);
    expect(await adminReplies(remote('marc-reply'))).toBe(1);
    expect(h.store.getComment(local('velo-question')).replies.map((r) => r.remoteId)).toEqual([reply[0]!.id]);
    expect((await onSite(remote('velo-question')))!.author_ip).toBe(seed('velo-question').author_ip);
  });

  it('a reply whose answer is lost is not posted twice', async () => {
    proxy = await LossyProxy.start(WP.url);
    h.close();
    h = makeHarness({ ...access(), baseUrl: proxy.origin, restRoot: `${proxy.origin}/wp-json/` }, { timeoutMs: 10_000 });
    await h.sync('pull');
    h.store.recordReply(local('stage'), 'Non merci, pas de publicité ici.');
    proxy.loseAnswerOf('POST', /\/wp-json\/wp\/v2\/comments\?/);
    const first = await h.sync('push');
    expect(first.pushedCount).toBe(0);
    expect(await adminReplies(remote('stage'))).toBe(1); // it did reach WordPress
    await new SyncScheduler(h.deps).networkRegained();
    expect(await adminReplies(remote('stage'))).toBe(1);
    expect(h.store.listOutbox()).toEqual([]);
    expect(proxy.seen.filter((r) => r.method === 'POST' && /\/comments\?/.test(r.path))).toHaveLength(1);
  });

  it('decisions taken offline go out when the network comes back', async () => {
    await h.sync('pull');
    h.store.recordActions([local('stage'), local('travel-trackback')], 'spam');
    h.store.recordActions([local('marc-reply')], 'approve');
    const offline = new WordPressClient({ baseUrl: WP.url, restRoot: 'http://127.0.0.1:9/wp-json/', user: WP.user, appPassword: WP.appPassword, timeoutMs: 2_000 });
    const run = await h.sync('push', { client: () => offline });
    expect(run.pushedCount).toBe(0);
    expect(h.store.unsentCount(h.site.id)).toBe(3);
    expect((await onSite(remote('stage')))!.status).toBe('pending');
    const [back] = await new SyncScheduler(h.deps).networkRegained();
    expect(back!.pushedCount).toBe(3);
    expect((await onSite(remote('stage')))!.status).toBe('spam');
    expect((await onSite(remote('travel-trackback')))!.status).toBe('spam');
    expect((await onSite(remote('marc-reply')))!.status).toBe('approved');
  });

  it('a comment deleted on the site while a local approve waits: obsolete, removed, user told', async () => {
    await h.sync('pull');
    h.store.recordActions([local('stage')], 'approve');
    await siteAdmin.deleteComment(remote('stage'));
    const run = await h.sync('push');
    expect(run.failedCount).toBe(1);
    expect(h.store.listOutbox()).toEqual([]);
    expect(h.byRemote(remote('stage'))).toBeUndefined();
    expect(h.events.some((e) => e.type === 'notice' && /deleted on the site/.test(e.message))).toBe(true);
  });

  it('wrong password: the site pauses and nothing is sent', async () => {
    await h.sync('pull');
    h.store.recordActions([local('stage')], 'approve');
    h.access.appPassword = 'wrongpassword0000000000';
    const run = await h.sync('both');
    expect(run.error).toMatch(/Application Password/);
    expect(h.store.getSite(h.site.id)!.pausedReason).toMatch(/Application Password/);
    expect(h.store.unsentCount(h.site.id)).toBe(1);
    expect((await onSite(remote('stage')))!.status).toBe('pending');
  });

  it('a user without moderation rights is told so', async () => {
    h.access.user = WP.authorUser;
    h.access.appPassword = WP.authorAppPassword;
    const run = await h.sync('pull');
    expect(run.error).toMatch(/not allowed to moderate/);
    expect(h.store.getSite(h.site.id)!.pausedReason).toMatch(/administrator or editor/);
    const author = new WordPressClient({ baseUrl: WP.url, restRoot: `${WP.url}/wp-json/`, user: WP.authorUser, appPassword: WP.authorAppPassword });
    await expect(author.checkCredentials()).rejects.toMatchObject({ kind: 'forbidden' });
  });
});
