// How the app asks for the user's attention outside its window: the pending
// count on the dock / taskbar / tray, and a desktop notification when a sync
// brought new comments to moderate. The glue supplies the OS calls.
import type { ServiceApi } from '../../../shared/api';
import { translator, type Translate } from '../../../shared/i18n/translator';
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
  /** The UI language's strings, asked at each use (the language can change in Settings). */
  translate?(): Translate;
  /** Coalesces the burst of queue-changed events a sync produces. */
  debounceMs?: number;
}

const english = translator('en');

export function pendingTooltip(count: number, t: Translate = english): string {
  if (count === 0) return t('shell:tray.nothing');
  return t('shell:tray.waiting', { count });
}

export function newCommentsNotice(run: SyncRun, siteName: string, commentId: number | null, t: Translate = english): AttentionNotice | null {
  if (run.error !== null || run.newCount <= 0) return null;
  return {
    title: t('shell:notice.title', { count: run.newCount }),
    body: t('shell:notice.body', { site: siteName }),
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
      if (!stopped) deps.setPendingCount(counts.total.pending, pendingTooltip(counts.total.pending, deps.translate?.()));
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
      const t = deps.translate?.() ?? english;
      const notice = newCommentsNotice(run, site?.name ?? t('shell:notice.yourSite'), page.items[0]?.id ?? null, t);
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
