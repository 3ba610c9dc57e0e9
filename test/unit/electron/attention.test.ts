// The pending count on the dock/tray and the "new comments" notification.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventBus } from '../../../electron/core/events';
import { startAttention, type AttentionNotice } from '../../../electron/core/shell/attention';
import type { SyncRun } from '../../../shared/types';

function run(partial: Partial<SyncRun>): SyncRun {
  return {
    id: 1,
    siteId: 1,
    startedAt: '2026-01-01T00:00:00Z',
    finishedAt: '2026-01-01T00:00:01Z',
    newCount: 0,
    changedCount: 0,
    goneCount: 0,
    pushedCount: 0,
    failedCount: 0,
    error: null,
    errorKind: null,
    ...partial,
  };
}

function setup(options: { pending?: number; notifications?: boolean } = {}) {
  const bus = new EventBus();
  let pending = options.pending ?? 0;
  const badge: Array<[number, string]> = [];
  const notices: AttentionNotice[] = [];
  const api = {
    getCounts: vi.fn(async () => ({ total: { pending } as never, bySite: {} })),
    getSettings: vi.fn(async () => ({ syncIntervalMinutes: 15, theme: 'system' as const, notifications: options.notifications ?? true, unrepliedDays: 90, language: 'system' as const })),
    listSites: vi.fn(async () => [{ id: 1, name: 'Le blog de Cyn' } as never]),
    listQueue: vi.fn(async () => ({ items: [{ id: 77 } as never], next: null })),
  };
  const attention = startAttention({
    api,
    subscribe: (l) => bus.on(l),
    setPendingCount: (count, tooltip) => badge.push([count, tooltip]),
    notify: (n) => notices.push(n),
    debounceMs: 50,
  });
  return { bus, badge, notices, api, attention, setPending: (n: number) => (pending = n) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('attention outside the window', () => {
  it('shows the pending count, once per burst of queue changes', async () => {
    const { bus, badge, api, setPending } = setup({ pending: 3 });
    setPending(12);
    for (let i = 0; i < 20; i++) bus.emit({ type: 'queue-changed', siteIds: [1] });
    await vi.advanceTimersByTimeAsync(60);
    expect(api.getCounts).toHaveBeenCalledTimes(1);
    expect(badge).toEqual([[12, 'Moderato: 12 comments waiting for moderation']]);
  });

  it('notifies when a sync brings new comments, pointing at the newest one', async () => {
    const { bus, notices } = setup();
    bus.emit({ type: 'sync-finished', siteId: 1, run: run({ newCount: 3 }) });
    await vi.advanceTimersByTimeAsync(60);
    expect(notices).toEqual([{ title: '3 new comments to moderate', body: 'On Le blog de Cyn', commentId: 77 }]);
  });

  it('stays quiet when nothing is new, when the sync failed, or when notifications are off', async () => {
    const quiet = setup();
    quiet.bus.emit({ type: 'sync-finished', siteId: 1, run: run({ newCount: 0, changedCount: 4 }) });
    quiet.bus.emit({ type: 'sync-finished', siteId: 1, run: run({ newCount: 2, error: 'offline' }) });
    const off = setup({ notifications: false });
    off.bus.emit({ type: 'sync-finished', siteId: 1, run: run({ newCount: 5 }) });
    await vi.advanceTimersByTimeAsync(60);
    expect(quiet.notices).toEqual([]);
    expect(off.notices).toEqual([]);
  });

  it('stops listening when stopped', async () => {
    const { bus, badge, attention } = setup({ pending: 1 });
    attention.stop();
    bus.emit({ type: 'queue-changed', siteIds: [1] });
    await vi.advanceTimersByTimeAsync(60);
    expect(badge).toEqual([]);
  });
});

describe('attention in French', () => {
  it('says the count and the news in the UI language, with French plurals', async () => {
    const { translator } = await import('../../../shared/i18n/translator');
    const { pendingTooltip, newCommentsNotice } = await import('../../../electron/core/shell/attention');
    const fr = translator('fr');
    expect(pendingTooltip(0, fr)).toBe('Moderato\u00a0: rien en attente');
    expect(pendingTooltip(1, fr)).toBe('Moderato\u00a0: 1 commentaire en attente de modération');
    expect(pendingTooltip(12, fr)).toBe('Moderato\u00a0: 12 commentaires en attente de modération');
    const run = { newCount: 3, error: null } as Parameters<typeof newCommentsNotice>[0];
    expect(newCommentsNotice(run, 'Carnet', 7, fr)).toEqual({ title: '3 nouveaux commentaires à modérer', body: 'Sur Carnet', commentId: 7 });
    expect(pendingTooltip(2)).toBe('Moderato: 2 comments waiting for moderation');
  });
});
