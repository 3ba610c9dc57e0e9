// A sync's writes go in as few transactions as the work allows: a first sync meeting 5,000 new
// authors must not pay one commit (one wait for the disk) per author, per example or per parent.
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, FakeWordPress } from '../../support/fake-wordpress';
import { makeHarness, type SyncHarness } from '../../support/sync-harness';
import { countCommits, type CommitCounter } from '../../support/commit-counter';
import { SpamFilter } from '../../../electron/core/spam-filter';

const NEW_AUTHORS = 5_000;

let fake: FakeWordPress | undefined;
let h: SyncHarness | undefined;
let counter: CommitCounter | undefined;

afterEach(async () => {
  counter?.stop();
  h?.close();
  await fake?.close();
});

describe('a first sync with 5,000 new authors', () => {
  it('stores every comment, author history and training example in a bounded number of commits', async () => {
    fake = await FakeWordPress.start({ posts: [{ id: 1, title: 'Hello world!', slug: 'hello-world' }, { id: 2, title: 'Second', slug: 'second' }] });
    // Approved history for a few of the new authors, spam for the filter to learn from, and
    // replies whose approved parents are fetched for context.
    const parents = Array.from({ length: 150 }, (_, i) => fake!.addComment({ status: 'approved', post: 2, author_email: `regular${i}@example.org` }));
    for (let i = 0; i < 200; i++) fake.addComment({ status: 'spam', content: `Cheap pills ${i}` });
    for (let i = 0; i < NEW_AUTHORS; i++) {
      // Every pending comment has its own author; the first 150 answer an approved comment and
      // have one approved comment of their own on the site.
      const regular = i < 150;
      fake.addComment({ status: 'hold', author_email: regular ? `regular${i}@example.org` : `new${i}@example.org`, parent: regular ? parents[i]!.id : 0 });
    }

    h = makeHarness({ baseUrl: fake.url, restRoot: fake.restRoot, user: ADMIN.login, appPassword: ADMIN.appPassword });
    const filter = new SpamFilter(h.store);
    h.store.setScorer(filter.score);

    counter = countCommits();
    const run = await h.sync('pull', { onTrainingExamples: filter.learnExamples, trainingCursor: filter.cursor });
    const commits = counter.commits;
    counter.stop();

    expect(run.error).toBeNull();
    expect(run.newCount).toBe(NEW_AUTHORS);
    // Every new author's history is known (none is left for a later sync), and an approved author reads so.
    const withHistory = h.comments().filter((c) => c.serverStatus === 'pending' && h!.store.getComment(c.id).author.site !== null);
    expect(withHistory).toHaveLength(NEW_AUTHORS);
    const regular = h.comments().find((c) => c.authorEmail === 'regular7@example.org' && c.serverStatus === 'pending')!;
    expect(h.store.getComment(regular.id).author.site?.approved).toBe(1);
    expect(h.store.getComment(regular.id).parents[0]?.authorEmail).toBe('regular7@example.org');
    expect(filter.status(h.site.id).spamExamples).toBe(200);

    // 50 pages of comments stored about ten pages a commit, plus a handful for the run, the sync
    // time, the parents, the posts, the author history and the filter. Per-author writes made
    // 5,000+; a commit per page 50+.
    const pages = Math.ceil(NEW_AUTHORS / 100);
    expect(commits).toBeLessThanOrEqual(Math.ceil(pages / 10) + 15);
  });
});
