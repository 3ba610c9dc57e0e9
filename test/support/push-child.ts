// A separate Moderato process for the kill -9 scenarios: opens the store file and pushes the
// outbox of its only site. Usage: node --import tsx push-child.ts DB_PATH USER APP_PASSWORD
import { openStore } from '../../electron/core/store';
import { EventBus } from '../../electron/core/events';
import { WordPressClient } from '../../electron/core/sources/wordpress-client';
import { syncSite } from '../../electron/core/sync/sync-site';

const [dbPath, user, appPassword] = process.argv.slice(2) as [string, string, string];
const store = openStore({ path: dbPath });
store.requeueInterrupted();
const site = store.listSites()[0]!;
const run = await syncSite(
  {
    store,
    events: new EventBus(),
    client: (s) => new WordPressClient({ baseUrl: s.baseUrl, restRoot: s.restRoot, user, appPassword, timeoutMs: 30_000 }),
    concurrency: 2,
  },
  site.id,
  'push',
);
process.stdout.write(`${JSON.stringify(run)}\n`);
store.close();
