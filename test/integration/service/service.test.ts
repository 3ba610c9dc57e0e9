// The service as the app, the web host and the CLI see it: a site connected, a sync,
// decisions that teach the spam filter, word lists that re-flag the queue.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { createService, type Service } from '../../../electron/core/service';
import { ADMIN, FakeWordPress } from '../../support/fake-wordpress';
import { memoryCredentials, memorySettings } from '../../support/memory-stores';

let fake: FakeWordPress;
let dir: string;
let service: Service;
let credentials: ReturnType<typeof memoryCredentials>;

async function open(): Promise<Service> {
  credentials = memoryCredentials();
  return createService({
    dbPath: join(dir, 'moderato.db'),
    settings: memorySettings(),
    credentials,
    host: 'cli',
    version: '0.0.0-test',
    autoSync: false,
  });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'moderato-service-'));
  fake = await FakeWordPress.start({
    posts: [{ id: 1, title: 'Le pain au levain', slug: 'pain-au-levain' }],
    comments: [
      { id: 11, author_name: 'Marie', author_email: 'marie@example.fr', content: 'Merci pour la recette, le levain a bien pris.' },
      { id: 12, author_name: 'Bob', author_email: 'bob@example.org', content: 'How long should the dough rest overnight?' },
    ],
  });
  service = await open();
});

afterEach(async () => {
  await service.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('connecting a site', () => {
  it('refuses a wrong Application Password and stores nothing', async () => {
    const attempt = service.api.addSite({ url: fake.url, user: ADMIN.login, password: 'wrong password 0000' });
    await expect(attempt).rejects.toMatchObject({ kind: 'auth' });
    expect(await service.api.listSites({})).toEqual([]);
    expect(credentials.all.size).toBe(0);
  });

  it('keeps the password with the credential store, never in what the UI reads', async () => {
    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    expect(credentials.get(site.id)).toBe(ADMIN.appPassword);
    const everything = JSON.stringify([await service.api.listSites({}), await service.api.getAppInfo({}), await service.api.getSyncStatus({})]);
    expect(everything).not.toContain(ADMIN.appPassword);
  });

  it('names an unreachable address', async () => {
    const attempt = service.api.addSite({ url: 'http://127.0.0.1:9', user: 'admin', password: 'x' });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ kind: 'unreachable' });
  });
});

describe('moderating', () => {
  it('syncs, approves offline, then pushes and the site shows it', async () => {
    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    const [run] = await service.api.syncNow({ siteId: site.id, mode: 'both' });
    expect(run?.newCount).toBe(2);

    const queue = await service.api.listQueue({ filter: { status: 'pending', sort: 'newest' }, cursor: null, limit: 50 });
    const marie = queue.items.find((c) => c.authorName === 'Marie')!;
    await service.api.act({ ids: [marie.id], kind: 'approve' });

    // Recorded locally at once, waiting in the outbox; the site has not changed yet.
    expect((await service.api.getCounts({})).total.unsent).toBe(1);
    expect(fake.comments.get(11)?.status).toBe('hold');
    expect((await service.api.getSyncStatus({})).sites[0]?.queued).toBe(1);

    await service.api.syncNow({ siteId: site.id, mode: 'push' });
    expect(fake.comments.get(11)?.status).toBe('approved');
    expect((await service.api.getCounts({})).total.unsent).toBe(0);
  });

  it('approve and reply sends the approval and the reply', async () => {
    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    await service.api.syncNow({ siteId: site.id, mode: 'both' });
    const queue = await service.api.listQueue({ filter: { status: 'pending', sort: 'newest' }, cursor: null, limit: 50 });
    const bob = queue.items.find((c) => c.authorName === 'Bob')!;
    const { actionIds } = await service.api.reply({ id: bob.id, text: 'Overnight is fine, about 12 hours.', approve: true });
    expect(actionIds).toHaveLength(2);
    await service.api.syncNow({ siteId: site.id, mode: 'push' });
    expect(fake.comments.get(12)?.status).toBe('approved');
    const replies = [...fake.comments.values()].filter((c) => c.parent === 12);
    expect(replies.map((r) => r.content)).toEqual(['Overnight is fine, about 12 hours.']);
  });

  it('every approve and spam teaches the site filter at once, and it survives a restart', async () => {
    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    await service.api.syncNow({ siteId: site.id, mode: 'pull' });
    const before = (await service.api.getModelStatus({}))[0]!;
    const queue = await service.api.listQueue({ filter: { status: 'pending', sort: 'newest' }, cursor: null, limit: 50 });
    await service.api.act({ ids: [queue.items.find((c) => c.authorName === 'Marie')!.id], kind: 'approve' });
    await service.api.act({ ids: [queue.items.find((c) => c.authorName === 'Bob')!.id], kind: 'spam' });
    const after = (await service.api.getModelStatus({}))[0]!;
    expect(after.hamExamples).toBe(before.hamExamples + 1);
    expect(after.spamExamples).toBe(before.spamExamples + 1);
    expect(after.learning).toBe(true);

    // A mistaken "spam" taken back with z: the filter forgets it.
    await service.api.undo({});
    expect((await service.api.getModelStatus({}))[0]).toMatchObject({ spamExamples: before.spamExamples, hamExamples: after.hamExamples });
    await service.api.act({ ids: [queue.items.find((c) => c.authorName === 'Bob')!.id], kind: 'spam' });

    await service.close();
    service = await open();
    expect((await service.api.getModelStatus({}))[0]).toEqual(after);

    const reset = await service.api.resetModel({ siteId: site.id });
    expect(reset).toMatchObject({ spamExamples: 0, hamExamples: 0, learning: true });
  });
});

describe('word lists', () => {
  it('a word added to the blocklist flags stored comments, and the allowlist clears it', async () => {
    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    await service.api.syncNow({ siteId: site.id, mode: 'pull' });
    const marie = (await service.api.listQueue({ filter: { status: 'pending', sort: 'newest', search: 'levain' }, cursor: null, limit: 5 })).items[0]!;
    expect((await service.api.getComment({ id: marie.id })).flags.some((f) => f.kind === 'word')).toBe(false);

    await service.api.updateWordLists({ list: 'block', add: ['levain'], remove: [] });
    const flagged = await service.api.getComment({ id: marie.id });
    const word = flagged.flags.find((f) => f.kind === 'word');
    expect(word?.spans?.[0]).toMatchObject({ term: 'levain', list: 'user' });
    expect(flagged.contentRaw.slice(word!.spans![0]!.start, word!.spans![0]!.end)).toBe('levain');
    expect((await service.api.getCounts({})).total.flagged).toBeGreaterThanOrEqual(1);

    await service.api.updateWordLists({ list: 'allow', add: ['levain'], remove: [] });
    expect((await service.api.getComment({ id: marie.id })).flags.some((f) => f.kind === 'word')).toBe(false);
    expect((await service.api.getWordLists({})).allow).toEqual(['levain']);
  });
});

describe('learning from the site history', () => {
  it("a Spam folder full of one spammer's domain flags that domain's next comment", async () => {
    const topics = ['the crust', 'baking time', 'the starter', 'rye flour', 'hydration', 'the oven', 'folding', 'salt'];
    for (let i = 0; i < 60; i++) {
      fake.addComment({
        id: 1000 + i,
        status: 'spam',
        author_name: `Deals ${i}`,
        author_email: `promo${i}@mail.example`,
        author_url: 'https://best-watches-shop.example',
        content: [
          `Nice article about ${topics[i % topics.length]}. See https://best-watches-shop.example/item/${i}`,
          `Great read! Cheap replicas at https://best-watches-shop.example/${i}`,
          `Thanks for sharing. <a href="https://best-watches-shop.example/sale">Watches on sale</a>`,
        ][i % 3]!,
      });
      fake.addComment({
        id: 2000 + i,
        status: 'approved',
        author_name: `Reader ${i}`,
        author_email: `reader${i}@example.org`,
        content: `I tried ${topics[(i + 3) % topics.length]} as you said and it worked, thank you.`,
      });
    }
    // Already waiting before the first sync: scored while the filter knew nothing, re-scored once it learned.
    fake.addComment({ id: 2999, status: 'hold', author_name: 'Nina', author_email: 'nina@mail.example', content: 'Wonderful, more at https://best-watches-shop.example/deals' });
    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    await service.api.syncNow({ siteId: site.id, mode: 'pull' });
    expect((await service.api.getModelStatus({}))[0]).toMatchObject({ spamExamples: 60, hamExamples: 60, learning: false });
    const [nina] = await service.api.findComments({ siteId: site.id, remoteIds: [2999] });
    expect((await service.api.getComment({ id: nina! })).spamProbability).toBeGreaterThan(0.9);

    fake.addComment({
      id: 3000,
      status: 'hold',
      author_name: 'Laura',
      author_email: 'laura@mail.example',
      content: 'Lovely blog, see you at https://best-watches-shop.example/new',
    });
    await service.api.syncNow({ siteId: site.id, mode: 'pull' });
    const queue = await service.api.listQueue({ filter: { status: 'pending', sort: 'spam' }, cursor: null, limit: 10 });
    const laura = queue.items.find((c) => c.authorName === 'Laura')!;
    expect(laura.likelySpam).toBe(true);
    expect(queue.items[0]?.id).toBe(laura.id); // likely-spam-first puts it on top
    const detail = await service.api.getComment({ id: laura.id });
    expect(detail.spamProbability).toBeGreaterThan(0.9);
    expect(detail.flags.find((f) => f.kind === 'classifier')?.reason).toMatch(/best-watches-shop\.example/);

    // A second pull reads only what is new on the site: nothing is counted twice.
    await service.api.syncNow({ siteId: site.id, mode: 'pull' });
    expect((await service.api.getModelStatus({}))[0]).toMatchObject({ spamExamples: 60, hamExamples: 60 });
  });
});

describe('a site whose password changed', () => {
  it('a new password is checked first, then resumes the paused site', async () => {
    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    credentials.set(site.id, 'revoked password 0000');
    const [run] = await service.api.syncNow({ siteId: site.id, mode: 'both' });
    expect(run?.error).toBeTruthy();
    expect((await service.api.getSyncStatus({})).sites[0]).toMatchObject({ state: 'paused' });

    await expect(service.api.setSitePassword({ siteId: site.id, password: 'still wrong 0000' })).rejects.toMatchObject({ kind: 'auth' });
    expect(credentials.get(site.id)).toBe('revoked password 0000');

    const resumed = await service.api.setSitePassword({ siteId: site.id, password: ADMIN.appPassword });
    expect(resumed.pausedReason).toBeNull();
    expect(credentials.get(site.id)).toBe(ADMIN.appPassword);
  });

  it("finds local comments by the site's own ids", async () => {
    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    await service.api.syncNow({ siteId: site.id, mode: 'pull' });
    const [marie, missing] = await service.api.findComments({ siteId: site.id, remoteIds: [11, 999] });
    expect(missing).toBeNull();
    expect((await service.api.getComment({ id: marie! })).authorName).toBe('Marie');
  });
});

describe('the status bar', () => {
  it('says the site is offline while decisions wait for the network, and idle once they went out', async () => {
    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    await service.api.syncNow({ siteId: site.id, mode: 'pull' });
    const [marie] = await service.api.findComments({ siteId: site.id, remoteIds: [11] });

    fake.inject({ kind: 'drop' }, { times: 100 });
    await service.api.act({ ids: [marie!], kind: 'approve' });
    await service.api.syncNow({ siteId: site.id, mode: 'push' }); // the approval fails and backs off
    await service.api.syncNow({ siteId: site.id, mode: 'push' }); // nothing due yet: sends nothing, no error
    const waiting = (await service.api.getSyncStatus({})).sites[0]!;
    expect(waiting).toMatchObject({ state: 'offline', queued: 1 });
    expect(waiting.message).toMatch(/could not reach/);

    fake.clearFaults();
    // "Sync now" tries waiting decisions at once instead of leaving them to their backoff.
    await service.api.syncNow({ siteId: site.id, mode: 'push' });
    expect(fake.comments.get(11)?.status).toBe('approved');
    expect((await service.api.getSyncStatus({})).sites[0]).toMatchObject({ state: 'idle', queued: 0 });
  });

  it('does not call a site offline when it answered with an error that mentions a connection', async () => {
    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    fake.inject(
      { kind: 'wp-error', status: 400, code: 'db_connect_fail', message: 'Error establishing a database connection' },
      { method: 'GET', route: /\/comments$/ },
    );
    await service.api.syncNow({ siteId: site.id, mode: 'pull' });
    const status = (await service.api.getSyncStatus({})).sites[0]!;
    // The site is up and said what is wrong: the user should read that, not check their Wi-Fi.
    expect(status).toMatchObject({ state: 'error' });
    expect(status.message).toContain('Error establishing a database connection');
    expect(status.lastRun).toMatchObject({ errorKind: 'rejected' });
  });
});

describe('who the author is', () => {
  it("an author approved before on the site is recognised as soon as her history arrives, not called a first-timer", async () => {
    for (let i = 0; i < 3; i++) {
      fake.addComment({ id: 500 + i, status: 'approved', author_name: 'Marie', author_email: 'Marie@Example.fr', content: `Encore merci, recette ${i} réussie.` });
    }
    // Marie's new comment arrives after the first sync, which already read the site's approved
    // comments for the spam filter: only her history, fetched now, says she is known.
    fake.comments.delete(11);
    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    await service.api.syncNow({ siteId: site.id, mode: 'pull' });
    fake.addComment({ id: 11, author_name: 'Marie', author_email: 'marie@example.fr', content: 'Merci pour la recette, le levain a bien pris.' });
    await service.api.syncNow({ siteId: site.id, mode: 'pull' });
    const [marie, bob] = await service.api.findComments({ siteId: site.id, remoteIds: [11, 12] });
    const kinds = (await service.api.getComment({ id: marie! })).flags.map((f) => f.kind);
    expect(kinds).toContain('approved-author');
    expect(kinds).not.toContain('first-time-author');
    expect((await service.api.getComment({ id: marie! })).author.site?.approved).toBe(3);
    // Bob has no history on the site: still a first comment.
    expect((await service.api.getComment({ id: bob! })).flags.map((f) => f.kind)).toContain('first-time-author');
  });
});

describe('editing a comment', () => {
  it('re-flags the new text at once, and undo brings the old verdict back', async () => {
    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    await service.api.syncNow({ siteId: site.id, mode: 'pull' });
    const [bob] = await service.api.findComments({ siteId: site.id, remoteIds: [12] });
    expect((await service.api.getComment({ id: bob! })).flags.some((f) => f.kind === 'links')).toBe(false);

    await service.api.edit({ id: bob!, text: 'Cheap pills http://a.example http://b.example http://c.example' });
    const edited = await service.api.getComment({ id: bob! });
    expect(edited.flags.find((f) => f.kind === 'links')?.reason).toMatch(/3 links/);
    expect(edited.likelySpam).toBe(true);

    await service.api.undo({});
    const back = await service.api.getComment({ id: bob! });
    expect(back.contentRaw).toBe('How long should the dough rest overnight?');
    expect(back.flags.some((f) => f.kind === 'links')).toBe(false);
  });
});
