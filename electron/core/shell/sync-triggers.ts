// Sync when it is likely to succeed: when the computer wakes up and when the
// network comes back. The glue reports "resume" (powerMonitor) and supplies
// isOnline (net.isOnline); this decides when to sync.

export interface SyncTriggerDeps {
  isOnline(): boolean;
  syncNow(reason: 'resume' | 'online'): Promise<unknown>;
  /** How often to look at the network state. */
  pollMs?: number;
  /** After a wake-up the network often needs a few seconds. */
  resumeDelayMs?: number;
  onError?(err: unknown): void;
}

export interface SyncTriggers {
  resumed(): void;
  /** One look at the network (the timer calls it; tests call it directly). */
  check(): void;
  stop(): void;
}

export function startSyncTriggers(deps: SyncTriggerDeps): SyncTriggers {
  let online = deps.isOnline();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const run = (reason: 'resume' | 'online'): void => {
    deps.syncNow(reason).catch((err: unknown) => deps.onError?.(err));
  };
  const check = (): void => {
    const now = deps.isOnline();
    if (now && !online) run('online');
    online = now;
  };
  const poll = setInterval(check, deps.pollMs ?? 10_000);
  poll.unref?.();
  return {
    check,
    resumed() {
      const t = setTimeout(() => {
        timers.delete(t);
        online = deps.isOnline();
        if (online) run('resume');
      }, deps.resumeDelayMs ?? 3_000);
      timers.add(t);
    },
    stop() {
      clearInterval(poll);
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
}
