// The team's shared fixture (two blogs, a three-level French thread, pingbacks with entities, HTML
// attacks) served by the fake WordPress and pulled: what the store gets is what the site holds.
import { afterEach, expect, it } from 'vitest';
import { ADMIN, FakeWordPress } from '../../support/fake-wordpress';
import { seedFakeFromFixture } from '../../support/sync-seed';
import { makeHarness, type SyncHarness } from '../../support/sync-harness';
import { fixtureSites } from '../../support/fixtures/thread';

let fake: FakeWordPress | null = null;
let h: SyncHarness | null = null;
afterEach(async () => {
  h?.close();
  await fake?.close();
});

for (const fixture of fixtureSites) {
  it(`pulls "${fixture.site.name}" exactly: every pending comment as the site sent it, with its thread`, async () => {
    fake = await FakeWordPress.start({ posts: [] });
    seedFakeFromFixture(fake, fixture);
    h = makeHarness({ baseUrl: fake.url, restRoot: fake.restRoot, user: ADMIN.login, appPassword: ADMIN.appPassword });
    const run = await h.sync('pull');
    expect(run.error).toBeNull();

    const pending = fixture.comments.filter((c) => c.status === 'pending');
    expect(h.comments().filter((c) => c.serverStatus === 'pending').map((c) => c.remoteId).sort()).toEqual(pending.map((c) => c.id).sort());
    for (const c of pending) {
      const stored = h.store.getComment(h.localId(c.id));
      expect([stored.contentRaw, stored.authorName, stored.authorIp, stored.type, stored.date]).toEqual([
        c.content_raw,
        c.author_name,
        c.author_ip,
        c.type,
        c.date_gmt,
      ]);
      expect(stored.post?.title).toBe(fixture.posts.find((p) => p.id === c.post)!.title);
      // Every ancestor is there, root first, up to the comment's direct parent.
      const chain: number[] = [];
      for (let p = c.parent; p !== 0; p = fixture.comments.find((x) => x.id === p)!.parent) chain.unshift(p);
      expect(stored.parents.map((p) => p.remoteId)).toEqual(chain);
    }
    // The site's spam is not part of the queue.
    for (const c of fixture.comments.filter((x) => x.status === 'spam')) expect(h.byRemote(c.id)).toBeUndefined();
  });
}
