// What the status bar shows of each site's sync. All of it is in the database (the last run, the
// outbox, a pause) but whether a sync is running now, which only the thread that runs syncs knows:
// the service asks its scheduler; the read worker is told by the main thread, which follows the
// service's sync-started and sync-finished events (worker/service-in-worker.ts).
import type { Problem, Site, SiteSyncStatus, SyncStatus } from '../../shared/types';
import type { Store } from './store';

type StatusStore = Pick<Store, 'lastRun' | 'unsentCount' | 'failedCount' | 'retryReason' | 'listSites'>;

function siteSyncStatus(store: StatusStore, site: Site, syncing: boolean): SiteSyncStatus {
  const lastRun = store.lastRun(site.id);
  const queued = store.unsentCount(site.id);
  const failed = store.failedCount(site.id);
  if (syncing) return { siteId: site.id, state: 'syncing', message: null, queued, failed, lastRun };
  if (site.pausedReason) {
    const coding = site.pausedCode ? { code: site.pausedCode, params: site.pausedParams ?? {} } : {};
    return { siteId: site.id, state: 'paused', message: site.pausedReason, ...coding, queued, failed, lastRun };
  }
  // The last run's error, or else why queued decisions wait for a retry (a push-only run that sent
  // nothing because everything is backing off ends without an error, yet the site is still unreachable).
  const problem: Problem | null =
    lastRun?.error != null
      ? { kind: lastRun.errorKind ?? 'internal', message: lastRun.error, ...(lastRun.errorCode ? { code: lastRun.errorCode, params: lastRun.errorParams ?? {} } : {}) }
      : queued > 0
        ? store.retryReason(site.id)
        : null;
  if (problem) {
    // Only a site Moderato could not reach (network down, timed out) is offline; a site that
    // answered with an error has a problem of its own, whatever its message says.
    const state = problem.kind === 'unreachable' ? 'offline' : 'error';
    const coding = problem.code ? { code: problem.code, params: problem.params ?? {} } : {};
    return { siteId: site.id, state, message: problem.message, ...coding, queued, failed, lastRun };
  }
  return { siteId: site.id, state: 'idle', message: null, queued, failed, lastRun };
}

export function syncStatusOf(store: StatusStore, isSyncing: (siteId: number) => boolean): SyncStatus {
  const sites = store.listSites().map((site) => siteSyncStatus(store, site, isSyncing(site.id)));
  const online = sites.length === 0 || sites.some((s) => s.state !== 'offline');
  return { online, sites };
}
