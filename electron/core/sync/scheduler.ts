// When syncs happen: at start, every few minutes (settings), on demand, when the network comes back.
// One sync per site at a time (a second request joins the running one); sites sync in parallel.
import type { SyncRun } from '../../../shared/types';
import { syncSite, type SyncDeps, type SyncMode, type SyncOptions } from './sync-site';

export interface SchedulerOptions {
  /** Read at each tick so a settings change applies without a restart. Default 5 minutes. */
  intervalMinutes?: () => number;
}

export class SyncScheduler {
  private readonly running = new Map<number, Promise<SyncRun>>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = true;

  constructor(
    private readonly deps: SyncDeps,
    private readonly options: SchedulerOptions = {},
  ) {}

  /**
   * Resumes actions a killed process left half-sent (safe: every action is idempotent or checked
   * before resending), syncs every site, then keeps syncing on the interval.
   */
  start(): Promise<SyncRun[]> {
    this.stopped = false;
    this.deps.store.requeueInterrupted();
    const first = this.syncAll();
    this.schedule();
    return first;
  }

  /** Stops the interval and waits for running syncs to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await Promise.allSettled([...this.running.values()]);
  }

  /**
   * On demand (the user pressed Sync now): one site, or all of them. Decisions waiting out a backoff
   * are tried now too — the user asking is the best sign the network may be back.
   */
  syncNow(siteId?: number, mode: SyncMode = 'both'): Promise<SyncRun[]> {
    if (siteId === undefined) return this.syncAll(mode, { retryWaiting: true });
    return this.syncOne(siteId, mode, { retryWaiting: true }).then((run) => [run]);
  }

  /** The shell calls this when the OS reports the network is back: the outbox goes out first. */
  networkRegained(): Promise<SyncRun[]> {
    return this.syncAll('both', { retryWaiting: true });
  }

  isSyncing(siteId: number): boolean {
    return this.running.has(siteId);
  }

  syncOne(siteId: number, mode: SyncMode = 'both', options: SyncOptions = {}): Promise<SyncRun> {
    const current = this.running.get(siteId);
    if (current) return current;
    const run = syncSite(this.deps, siteId, mode, options).finally(() => this.running.delete(siteId));
    this.running.set(siteId, run);
    return run;
  }

  private syncAll(mode: SyncMode = 'both', options: SyncOptions = {}): Promise<SyncRun[]> {
    return Promise.all(this.deps.store.listSites().map((site) => this.syncOne(site.id, mode, options)));
  }

  private schedule(): void {
    if (this.stopped) return;
    const minutes = this.options.intervalMinutes?.() ?? 5;
    // A zero or garbage setting must not turn into a busy loop against the user's server.
    const delayMs = Number.isFinite(minutes) ? Math.max(1_000, minutes * 60_000) : 5 * 60_000;
    this.timer = setTimeout(() => {
      void this.syncAll().finally(() => this.schedule());
    }, delayMs);
    // A pending tick must not keep a CLI or a test process alive.
    this.timer.unref?.();
  }
}
