// One decision teaches the queue: marking one comment of a campaign as spam moves the pending
// comments that share its text, e-mail, author domain or IP up as likely spam at once, with the
// reason shown; not-spam and undo move them back. The site's model keeps the decision (offline).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommentDetail } from '../../../shared/types';
import { createService, type Service } from '../../../electron/core/service';
import { ADMIN, FakeWordPress } from '../../support/fake-wordpress';
import { memoryCredentials, memorySettings } from '../../support/memory-stores';

let fake: FakeWordPress;
let dir: string;
let service: Service;

const open = () =>
  createService({ dbPath: join(dir, 'moderato.db'), settings: memorySettings(), credentials: memoryCredentials(), host: 'cli', version: '0.0.0-test', autoSync: false });

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'moderato-campaign-'));
  fake = await FakeWordPress.start({
    posts: [{ id: 1, title: 'Sourdough starter, week two', slug: 'starter-week-two' }],
    comments: [
      // A short enquiry posted under different names: same text, and one of them from the same IP as another.
      { id: 21, author_name: 'Kitchen Tools Hub', author_email: 'sales@kitchen-tools-hub.example', author_url: 'https://kitchen-tools-hub.example', author_ip: '198.51.100.40', content: 'What is the price of this?' },
      { id: 22, author_name: 'Mixer Parts', author_email: 'info@mixer-parts.example', author_ip: '198.51.100.41', content: 'What is the price of this?' },
      { id: 23, author_name: 'Oven Deals', author_email: 'hello@oven-deals.example', author_ip: '198.51.100.40', content: 'Do you ship to Canada?' },
      // Same company, another text: its domain ties it to the first.
      { id: 24, author_name: 'Tools Hub Team', author_email: 'team@kitchen-tools-hub.example', author_ip: '198.51.100.77', content: 'Nice recipe, we sell good scales too.' },
      // A genuine reader, nothing in common with them.
      { id: 25, author_name: 'Ana', author_email: 'ana@mail.example', author_ip: '192.0.2.5', content: 'My starter smells like acetone on day five, is that normal?' },
      // One enquiry reposted under other names, addresses and IPs with a few words changed.
      { id: 26, author_name: 'Leo', author_email: 'leo.m@inbox.example', author_ip: '203.0.113.8', content: 'May I have more information on this topic? We would like to order for our bakery.' },
      { id: 27, author_name: 'Sara', author_email: 'sara.k@post.example', author_ip: '203.0.113.90', content: 'May I get more information about this topic? We would like to order for our bakery.' },
      { id: 28, author_name: 'Tim', author_email: 'tim@letters.example', author_ip: '203.0.113.151', content: 'Can I have more information on this topic? We would like to order for our small bakery.' },
      // A genuine reader's short thanks, under yet another name.
      { id: 29, author_name: 'Bea', author_email: 'bea@mail.example', author_ip: '192.0.2.77', content: 'Thanks a lot, the week-two photos helped me more than any book.' },
    ],
  });
  service = await open();
});

afterEach(async () => {
  await service.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

async function pendingByRemote(siteId: number): Promise<Map<number, CommentDetail>> {
  const page = await service.api.listQueue({ filter: { siteId, status: 'pending', sort: 'newest' }, cursor: null, limit: 50 });
  const out = new Map<number, CommentDetail>();
  for (const c of page.items) out.set(c.remoteId, await service.api.getComment({ id: c.id }));
  return out;
}

const like = (c: CommentDetail | undefined) => c?.flags.find((f) => f.code === 'like-marked-spam');

describe('one decision teaches the queue', () => {
  it('moves the rest of a campaign up as likely spam when one comment is marked spam, and back on not-spam', async () => {
    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    await service.api.syncNow({ siteId: site.id, mode: 'pull' });
    const before = await pendingByRemote(site.id);
    expect(before.get(22)!.likelySpam).toBe(false);
    expect(before.get(23)!.likelySpam).toBe(false);

    const changed: number[][] = [];
    service.events.on((e) => {
      if (e.type === 'queue-changed') changed.push(e.siteIds);
    });
    await service.api.act({ ids: [before.get(21)!.id], kind: 'spam' });
    expect(changed).toContainEqual([site.id]);

    const after = await pendingByRemote(site.id);
    expect(like(after.get(22))?.reason).toBe('Like the comment you marked spam (the same text)');
    expect(like(after.get(23))?.reason).toBe('Like the comment you marked spam (the same IP address)');
    expect(like(after.get(24))?.reason).toBe('Like the comment you marked spam (the same website)');
    for (const id of [22, 23, 24]) expect(after.get(id)!.likelySpam, `comment ${id}`).toBe(true);
    expect(like(after.get(25))).toBeUndefined();
    expect(after.get(25)!.likelySpam).toBe(false);

    // The owner changes their mind: not spam moves the campaign back.
    await service.api.act({ ids: [before.get(21)!.id], kind: 'unspam' });
    const back = await pendingByRemote(site.id);
    for (const id of [22, 23, 24]) {
      expect(like(back.get(id)), `comment ${id}`).toBeUndefined();
      expect(back.get(id)!.flags.some((f) => f.code === 'like-marked-genuine')).toBe(true);
    }
  });

  it('moves the copies of a campaign with a few words changed, under other names, addresses and IPs', async () => {
    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    await service.api.syncNow({ siteId: site.id, mode: 'pull' });
    const before = await pendingByRemote(site.id);
    // Three authors with nearly the same text are already a campaign in the queue; not yet one the owner marked.
    for (const id of [27, 28]) {
      expect(before.get(id)!.flags.find((f) => f.code === 'campaign-similar')?.params, `comment ${id}`).toEqual({ authors: 2 });
      expect(like(before.get(id)), `comment ${id}`).toBeUndefined();
    }
    await service.api.act({ ids: [before.get(26)!.id], kind: 'spam' });
    const after = await pendingByRemote(site.id);
    for (const id of [27, 28]) {
      expect(like(after.get(id))?.reason, `comment ${id}`).toBe('Like the comment you marked spam (nearly the same text)');
      expect(after.get(id)!.likelySpam, `comment ${id}`).toBe(true);
    }
    expect(like(after.get(29))).toBeUndefined();
    expect(after.get(29)!.likelySpam).toBe(false);
  });

  it('keeps what it learned across a restart (the model is saved with the site)', async () => {
    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    await service.api.syncNow({ siteId: site.id, mode: 'pull' });
    const before = await pendingByRemote(site.id);
    await service.api.act({ ids: [before.get(21)!.id], kind: 'spam' });
    await service.close();
    service = await open();
    const again = await pendingByRemote(site.id);
    expect(again.get(22)!.likelySpam).toBe(true);
    expect(like(again.get(22))?.params).toEqual({ via: 'text' });
  });

  it('takes the lesson back when the decision is undone', async () => {
    const site = await service.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
    await service.api.syncNow({ siteId: site.id, mode: 'pull' });
    const before = await pendingByRemote(site.id);
    await service.api.act({ ids: [before.get(21)!.id], kind: 'spam' });
    await service.api.undo({});
    const after = await pendingByRemote(site.id);
    expect(like(after.get(22))).toBeUndefined();
    expect(after.get(22)!.likelySpam).toBe(false);
  });
});
