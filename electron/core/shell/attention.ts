// How the app asks for the user's attention outside its window: the pending
// count on the dock / taskbar / tray, and a desktop notification when a sync
// brought new comments to moderate. The glue supplies the OS calls.
import type { ServiceApi } from '../../../shared/api';
import type { AppEvent, SyncRun } from '../../../shared/types';

export interface AttentionNotice {
  title: string;
  body: string;
  /** The comment a click should show (the newest new one), when known. */
  commentId: number | null;
}

export interface AttentionDeps {
  api: Pick<ServiceApi, 'getCounts' | 'listQueue' | 'listSites' | 'getSettings'>;
  subscribe(listener: (event: AppEvent) => void): () => void;
  setPendingCount(count: number, tooltip: string): void;
  notify(notice: AttentionNotice): void;
  /** Reports failures of the badge/notification path; they never reach the user as errors. */
  onError?(err: unknown): void;
  /** Coalesces the burst of queue-changed events a sync produces. */
  debounceMs?: number;
}

export function pendingTooltip(count: number): string {
  if (count === 0) return 'Moderato: nothing waiting';
  return `Moderato: ${count} comment${count === 1 ? '' : 's'} waiting for moderation`;
}

export function newCommentsNotice(run: SyncRun, siteName: string, commentId: number | null): AttentionNotice | null {
  if (run.error !== null || run.newCount <= 0) return null;
  const n = run.newCount;
  return {
    title: `${n} new comment${n === 1 ? '' : 's'} to moderate`,
    body: `On ${siteName}`,
    commentId,
  };
}

export function startAttention(deps: AttentionDeps): { refresh(): Promise<void>; stop(): void } {
  const debounceMs = deps.debounceMs ?? 250;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const refresh = async (): Promise<void> => {
    try {
      const counts = await deps.api.getCounts({});
      if (!stopped) deps.setPendingCount(counts.total.pending, pendingTooltip(counts.total.pending));
    } catch (err) {
      deps.onError?.(err);
    }
  };

  const announce = async (run: SyncRun): Promise<void> => {
    try {
      if (run.newCount <= 0 || run.error !== null) return;
      const settings = await deps.api.getSettings({});
      if (!settings.notifications) return;
      const [sites, page] = await Promise.all([
        deps.api.listSites({}),
        deps.api.listQueue({ filter: { siteId: run.siteId, status: 'pending', sort: 'newest' }, cursor: null, limit: 1 }),
      ]);
      const site = sites.find((s) => s.id === run.siteId);
      const notice = newCommentsNotice(run, site?.name ?? 'your site', page.items[0]?.id ?? null);
      if (notice && !stopped) deps.notify(notice);
    } catch (err) {
      deps.onError?.(err);
    }
  };

  const unsubscribe = deps.subscribe((event) => {
    if (event.type === 'queue-changed' || event.type === 'sync-finished') {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void refresh();
      }, debounceMs);
    }
    if (event.type === 'sync-finished') void announce(event.run);
  });

  return {
    refresh,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      unsubscribe();
    },
  };
}
