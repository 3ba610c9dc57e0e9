// Child process for crash.test.ts: records actions in a loop through the real
// Store and prints each batch's outbox ids once the transaction has committed.
// The parent kills it with SIGKILL somewhere in the middle.
import { openStore } from '../../../electron/core/store';

const path = process.argv[2]!;
const store = openStore({ path });
const site = store.addSite({ baseUrl: 'https://crash.example', restRoot: 'https://crash.example/wp-json/', user: 'u', name: 'Crash' });
store.upsertComments(
  site.id,
  Array.from({ length: 200 }, (_, i) => ({
    id: i + 1,
    post: 1,
    parent: 0,
    author: 0,
    author_name: `Author ${i}`,
    author_email: `a${i}@example.com`,
    author_url: '',
    author_ip: '192.0.2.1',
    author_user_agent: 'ua',
    date_gmt: '2024-01-01T00:00:00Z',
    content_raw: `Comment ${i} with some text to make the rows less trivial ${'x'.repeat(i % 50)}`,
    content_rendered: `<p>Comment ${i}</p>`,
    status: 'pending' as const,
    type: 'comment' as const,
    link: '',
  })),
);
const ids = store.listQueue({ status: 'all', sort: 'newest' }, null, 200).items.map((c) => c.id);
const kinds = ['approve', 'unapprove', 'spam', 'unspam', 'trash', 'restore'] as const;
process.stdout.write('ready\n');
for (let round = 0; ; round++) {
  const actionIds = store.recordActions(ids, kinds[round % kinds.length]!);
  // Only printed after commit: the parent may rely on every id it has read.
  process.stdout.write(`${actionIds.join(',')}\n`);
}
