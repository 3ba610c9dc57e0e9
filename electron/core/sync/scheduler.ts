// When syncs happen: at start, every few minutes (settings), on demand, when the network comes back.
// One sync per site at a time (a second request joins the running one); sites sync in parallel.
import type { SyncRun } from '../../../shared/types';
import { syncSite, type SyncDeps, type SyncMode } from './sync-site';

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

  /** On demand: one site, or all of them. */
  syncNow(siteId?: number, mode: SyncMode = 'both'): Promise<SyncRun[]> {
    if (siteId === undefined) return this.syncAll(mode);
    return this.syncOne(siteId, mode).then((run) => [run]);
  }

  /** The shell calls this when the OS reports the network is back: the outbox goes out first. */
  networkRegained(): Promise<SyncRun[]> {
    return this.syncAll('both');
  }

  isSyncing(siteId: number): boolean {
    return this.running.has(siteId);
  }

  syncOne(siteId: number, mode: SyncMode = 'both'): Promise<SyncRun> {
    const current = this.running.get(siteId);
    if (current) return current;
    const run = syncSite(this.deps, siteId, mode).finally(() => this.running.delete(siteId));
    this.running.set(siteId, run);
    return run;
  }

  private syncAll(mode: SyncMode = 'both'): Promise<SyncRun[]> {
    return Promise.all(this.deps.store.listSites().map((site) => this.syncOne(site.id, mode)));
  }

  private schedule(): void {
    if (this.stopped) return;
    const minutes = Math.max(1, this.options.intervalMinutes?.() ?? 5);
    this.timer = setTimeout(() => {
      void this.syncAll().finally(() => this.schedule());
    }, minutes * 60_000);
    // A pending tick must not keep a CLI or a test process alive.
    this.timer.unref?.();
  }
}
