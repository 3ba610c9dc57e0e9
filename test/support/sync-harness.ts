// Wiring for sync scenarios: a real store (SQLite), one site pointing at a WordPress (fake or real),
// the client factory syncSite needs, and lookups by remote id.
import { openStore, type Store } from '../../electron/core/store';
import { EventBus } from '../../electron/core/events';
import { WordPressClient } from '../../electron/core/sources/wordpress-client';
import { syncSite, type SyncDeps, type SyncMode } from '../../electron/core/sync/sync-site';
import type { AppEvent, CommentSummary, Site, SyncRun } from '../../shared/types';

export interface SiteAccess {
  baseUrl: string;
  restRoot: string;
  user: string;
  appPassword: string;
}

export interface SyncHarness {
  store: Store;
  site: Site;
  events: AppEvent[];
  deps: SyncDeps;
  /** Mutable: a test changes the password to simulate the user fixing it. */
  access: SiteAccess;
  sync(mode?: SyncMode, extra?: Partial<SyncDeps>): Promise<SyncRun>;
  /** Every stored comment of the site, deleted ones excepted. */
  comments(): CommentSummary[];
  byRemote(remoteId: number): CommentSummary | undefined;
  localId(remoteId: number): number;
  close(): void;
}

export function makeHarness(access: SiteAccess, options: { path?: string; now?: () => Date; timeoutMs?: number } = {}): SyncHarness {
  const store = openStore({ path: options.path ?? ':memory:' });
  const existing = store.listSites()[0];
  const site = existing ?? store.addSite({ baseUrl: access.baseUrl, restRoot: access.restRoot, user: access.user, name: 'Test blog' });
  const bus = new EventBus();
  const events: AppEvent[] = [];
  bus.on((e) => events.push(e));
  const harness: SyncHarness = {
    store,
    site,
    events,
    access: { ...access },
    deps: undefined as unknown as SyncDeps,
    sync: (mode = 'both', extra = {}) => syncSite({ ...harness.deps, ...extra }, site.id, mode),
    comments: () => store.listQueue({ status: 'all', siteId: site.id, sort: 'newest' }, null, 100_000).items,
    byRemote: (remoteId) => harness.comments().find((c) => c.remoteId === remoteId),
    localId: (remoteId) => {
      const found = harness.byRemote(remoteId);
      if (!found) throw new Error(`comment ${remoteId} is not stored`);
      return found.id;
    },
    close: () => store.close(),
  };
  harness.deps = {
    store,
    events: bus,
    now: options.now,
    client: (s) =>
      new WordPressClient({
        baseUrl: s.baseUrl,
        restRoot: s.restRoot,
        user: harness.access.user,
        appPassword: harness.access.appPassword,
        timeoutMs: options.timeoutMs ?? 5_000,
      }),
  };
  return harness;
}
