// A new version of Moderato judges the queue already stored with its own rules, from its first
// start: what an older version flagged (or left unflagged) is not kept as it was. Once per version.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createService } from '../../../electron/core/service';
import { ADMIN, FakeWordPress } from '../../support/fake-wordpress';
import { memoryCredentials, memorySettings } from '../../support/memory-stores';

let fake: FakeWordPress;
let dir: string;
const dbPath = () => join(dir, 'moderato.db');
const start = (version: string) =>
  createService({ dbPath: dbPath(), settings: memorySettings(), credentials: memoryCredentials(), host: 'cli', version, autoSync: false });

/** What an older version left: every stored comment unflagged, as if its rules had seen nothing. */
function asAnOlderVersionLeftIt(): void {
  const db = new Database(dbPath());
  db.exec("UPDATE comments SET score = 0, flag_count = 0, likely_spam = 0, flags = '[]', flags_sig = NULL");
  db.close();
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'moderato-rules-'));
  fake = await FakeWordPress.start({
    posts: [{ id: 1, title: 'Pruning roses in late autumn', slug: 'pruning-roses' }],
    comments: [
      { id: 31, author_name: 'Best Garden Deals', author_email: 'sales@garden-deals.example', author_url: 'https://garden-deals.example', content: 'Great post! Buy cheap shears, gloves and roses today at our shop.' },
      { id: 32, author_name: 'Hélène', author_email: 'helene@mail.example', content: 'Faut-il tailler avant ou après les premières gelées ?' },
    ],
  });
  const first = await start('1.0.0');
  await first.api.addSite({ url: fake.url, user: ADMIN.login, password: ADMIN.appPassword });
  await first.api.syncNow({ mode: 'pull' });
  await first.close();
});

afterEach(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

it('judges the stored queue again at the first start of a new version, and only then', async () => {
  const spamOf = async (version: string) => {
    const service = await start(version);
    try {
      const page = await service.api.listQueue({ filter: { status: 'pending', sort: 'newest' }, cursor: null, limit: 10 });
      return page.items.find((c) => c.remoteId === 31)!;
    } finally {
      await service.close();
    }
  };
  asAnOlderVersionLeftIt();
  // The same version starting again keeps what is stored: nothing changed in its rules.
  expect(await spamOf('1.0.0')).toMatchObject({ likelySpam: false, flagCount: 0 });
  // A new version: its rules judge the stored comments before anything is listed.
  expect(await spamOf('1.1.0')).toMatchObject({ authorName: 'Best Garden Deals', likelySpam: true });
  asAnOlderVersionLeftIt();
  expect(await spamOf('1.1.0')).toMatchObject({ likelySpam: false, flagCount: 0 });
});
