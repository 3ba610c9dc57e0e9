// Fills a database the way a first sync would, through the store's own API,
// before the web host opens it: the shared fixture (a French thread with
// pingbacks, SEO spam, a <script> attempt… and an English garden blog).
// The sites point at 127.0.0.1's discard port, where nobody listens: the app
// is "offline", so every decision waits in the outbox, as on a train.
import { dirname } from 'node:path';
import { createNodeCredentials } from '../../../electron/core/settings/node';
import { SpamFilter } from '../../../electron/core/spam-filter';
import { openStore } from '../../../electron/core/store';
import { seedStore } from '../../support/fixtures/seed-store';
import { fixtureSites, type FixtureSite } from '../../support/fixtures/thread';

export const FRENCH_SITE = "Carnet d'une CM";

function offline(fixture: FixtureSite, folder: string): FixtureSite {
  const baseUrl = `http://127.0.0.1:9/${folder}`;
  return { ...fixture, site: { ...fixture.site, baseUrl, restRoot: `${baseUrl}/wp-json/` } };
}

/** Writes the fixture sites, their passwords and comments; returns the site ids. */
export function seedFixture(dbPath: string): number[] {
  const store = openStore({ path: dbPath });
  try {
    // Flags are computed on ingest, as the app does during a sync.
    store.setScorer(new SpamFilter(store).score);
    const sites = seedStore(
      store,
      fixtureSites.map((f, i) => offline(f, `site-${i + 1}`)),
    );
    const credentials = createNodeCredentials(dirname(dbPath));
    for (const site of sites) credentials.set(site.id, 'abcd efgh ijkl mnop qrst uvwx');
    return sites.map((s) => s.id);
  } finally {
    store.close();
  }
}
