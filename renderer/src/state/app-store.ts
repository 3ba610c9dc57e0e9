// The renderer's state in one place (zustand): the queue, the selection, the
// comment details around it, counts, sync status, toasts and dialogs, with the
// actions that change them. Components read slices with `useApp(selector)`;
// the keyboard, the menu and the buttons all call the same actions.
//
// Decisions are optimistic: the comment leaves the list, the next one is shown
// from the detail cache, and the request goes out behind, one at a time and in
// order. A refusal puts the comment back where it was and says why. The queue,
// the counts and the sync status then come back in one batched request.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClientApi } from '../../../shared/api';
import { FIRST_VIEW } from '../../../shared/first-view';
import type { MessageParams } from '../../../shared/messages';
import type { AppEvent, AppInfo, CommentSummary, Counts, QueueFilter, QueuePage, QueueView, Site, StatusAction, SyncStatus } from '../../../shared/types';
import { decodeEntities } from '../format/entities';
import { t } from '../i18n';
import { messageText } from '../i18n/messages';
import { dropDetails, emptyCache, idsMissingAhead, idsToFetch, markCommentsStale, markSitesStale, putDetails, windowIds, type DetailCache } from './detail-cache';
import { approveLikelyFine, filterKey, leaveQuestionView, leavesView, mergeRefreshed, moveCounts, nextSelection, questionViewOf, removeRows, restoreRows, reuseUnchanged, type Removed } from './queue-edits';

/** What an undo took back, in the UI language (its code), else the core's English. */
function undoneText(result: { undone: string | null; undoneMessage?: { code: string; params: MessageParams; english: string } | null }): string | null {
  return result.undoneMessage ? messageText({ message: result.undoneMessage.english, code: result.undoneMessage.code, params: result.undoneMessage.params }) : result.undone;
}

export interface SyncProgress {
  siteId: number;
  phase: 'pull' | 'push';
  done: number;
  total: number | null;
}

export interface ToastMessage {
  id: number;
  text: string;
  tone: 'info' | 'error';
  undo?: () => void;
}

export interface QueueSlice {
  /** filterKey of the filter these items answer. */
  key: string;
  items: CommentSummary[];
  next: string | null;
  /** False until the first page for this filter arrived (the list shows a spinner). */
  loaded: boolean;
  /** The previous search's rows, kept on screen while this one's results load. */
  placeholder?: boolean;
  error: string | null;
}

export type Dialog = 'help' | 'settings' | null;

export interface AppState {
  info: AppInfo | null;
  infoError: string | null;
  sites: Site[];
  sitesKnown: boolean;
  counts: Counts | null;
  sync: SyncStatus | null;
  progress: SyncProgress | null;
  syncing: boolean;
  filter: QueueFilter;
  queue: QueueSlice;
  /** The comment the user picked; null means the first of the list. */
  chosenId: number | null;
  checked: ReadonlySet<number>;
  cache: DetailCache;
  detailErrors: ReadonlyMap<number, string>;
  toast: ToastMessage | null;
  dialog: Dialog;
  confirmDelete: number[] | null;
  /** Bumped by r and e: the comment pane opens its reply or edit box. */
  replyRequest: number;
  editRequest: number;
}

export interface Deps {
  api: ClientApi;
  /** The first screen, asked for before the app's code loaded (boot.ts), for `initialFilter`. */
  firstView?: Promise<QueueView>;
  initialFilter?: QueueFilter;
  errorMessage(err: unknown): string;
  /** setTimeout, replaceable in tests. */
  later?(fn: () => void, ms: number): void;
}

/** A view's first page and the details that come with it: the same as the window's first request. */
const FIRST_PAGE = FIRST_VIEW.limit;
const FIRST_DETAILS = FIRST_VIEW.detailFirst;
const MORE_PAGE = 100;
const MAX_REFRESH = 200;
/** Decisions arriving together (a a a) are confirmed by one refresh once they are all sent. */
const REFRESH_DELAY_MS = 30;
/** Views the sidebar offers that a moderator is likely to open next, loaded when the app is idle. */
const LIKELY_VIEWS: ((f: QueueFilter) => QueueFilter)[] = [
  (f) => withScope(f, { status: 'pending', flagged: true }),
  (f) => withScope(f, { status: 'approved' }),
  (f) => withScope(f, { status: 'spam' }),
];
const PREFETCH_VIEW_DELAY_MS = 1500;
/** The most ids one act or undo takes (shared/api.ts); a larger batch goes in slices. */
const MAX_BATCH = 100_000;

export const selectedIdOf = (s: AppState): number | null => s.chosenId ?? s.queue.items[0]?.id ?? null;

export type AppStore = ReturnType<typeof createAppStore>;

export function createAppStore(deps: Deps) {
  const { api, errorMessage } = deps;
  const later = deps.later ?? ((fn: () => void, ms: number) => void setTimeout(fn, ms));
  const initialFilter: QueueFilter = deps.initialFilter ?? { status: 'pending', sort: 'newest' };
  let firstView = deps.firstView;
  const store: StoreApi<AppState> = createStore<AppState>(() => ({
    info: null,
    infoError: null,
    sites: [],
    sitesKnown: false,
    counts: null,
    sync: null,
    progress: null,
    syncing: false,
    filter: initialFilter,
    queue: { key: filterKey(initialFilter), items: [], next: null, loaded: false, error: null },
    chosenId: null,
    checked: new Set(),
    cache: emptyCache,
    detailErrors: new Map(),
    toast: null,
    dialog: null,
    confirmDelete: null,
    replyRequest: 0,
    editRequest: 0,
  }));
  const get = store.getState;
  const set = store.setState;

  // ---- bookkeeping outside the rendered state ------------------------------
  /** Decided here, not yet seen gone by a refresh: kept out of every page that arrives meanwhile. */
  const hidden = new Map<number, 'sending' | 'sent'>();
  /** Decisions, replies, edits and undos go to the core one at a time, in the order they were made. */
  let chain: Promise<unknown> = Promise.resolve();
  let inFlight = 0;
  let refreshing = false;
  let refreshWanted = false;
  let refreshTimer = false;
  const fetchingDetails = new Set<number>();
  let loadingMore = false;
  /** First pages of other views, shown at once when the user opens one (then refreshed). */
  const views = new Map<string, QueuePage>();
  let viewsGeneration = 0;
  let toastSeq = 0;

  const visible = (items: readonly CommentSummary[]) => (hidden.size === 0 ? [...items] : items.filter((c) => !hidden.has(c.id)));
  const ids = () => get().queue.items.map((c) => c.id);

  // ---- toasts ----------------------------------------------------------------
  function say(text: string, tone: ToastMessage['tone'] = 'info', undo?: () => void): void {
    const toast: ToastMessage = { id: ++toastSeq, text, tone };
    if (undo) toast.undo = undo;
    set({ toast });
  }

  // ---- the batched refresh -------------------------------------------------
  function requestRefresh(): void {
    refreshWanted = true;
    if (refreshTimer) return;
    refreshTimer = true;
    later(() => {
      refreshTimer = false;
      void runRefresh();
    }, REFRESH_DELAY_MS);
  }

  async function runRefresh(): Promise<void> {
    // While decisions are still on their way, a refresh would only show the past; the last one asks again.
    if (!refreshWanted || refreshing || inFlight > 0) return;
    refreshWanted = false;
    refreshing = true;
    const s = get();
    const key = filterKey(s.filter);
    // The rows loaded so far (so a refresh does not throw the user back to the top), up to a size
    // that stays quick to send and parse; rows further down come back as the user scrolls.
    const limit = Math.min(MAX_REFRESH, Math.max(FIRST_PAGE, s.queue.items.length));
    const sentBefore = [...hidden].filter(([, state]) => state === 'sent').map(([id]) => id);
    const at = indexOfSelection();
    const detailIds = windowIds(ids(), at)
      .filter((id) => !s.cache.entries.has(id) || s.cache.stale.has(id))
      .slice(0, 50);
    for (const id of detailIds) fetchingDetails.add(id);
    // A view shown for the first time brings its first comments in full, in the same request.
    const detailFirst = s.queue.items.length === 0 ? FIRST_DETAILS : 0;
    const early = firstView && key === filterKey(initialFilter) ? firstView : undefined;
    firstView = undefined;
    try {
      const view = await (early ?? api.getQueueView({ filter: s.filter, limit, detailIds, detailFirst }));
      for (const id of sentBefore) if (hidden.get(id) === 'sent') hidden.delete(id);
      views.set(key, view.page);
      const now = get();
      const patch: Partial<AppState> = { counts: view.counts, sync: view.sync, cache: putDetails(now.cache, view.details, keepSet()) };
      if (filterKey(now.filter) === key) {
        const before = now.queue.key === key && !now.queue.placeholder ? now.queue : { items: [], next: null };
        const merged = mergeRefreshed(before, { items: visible(view.page.items), next: view.page.next });
        patch.queue = { key, items: reuseUnchanged(before.items, merged.items), next: merged.next, loaded: true, error: null };
      }
      set(patch);
      noteMissingDetails(detailIds, view.details.map((d) => d.id));
      scheduleViewPrefetch();
    } catch (err) {
      if (filterKey(get().filter) === key) set({ queue: { ...get().queue, error: errorMessage(err), loaded: get().queue.loaded } });
    } finally {
      for (const id of detailIds) fetchingDetails.delete(id);
      refreshing = false;
      if (refreshWanted) requestRefresh();
      ensureDetails();
    }
  }

  /** Comments asked for by id that the core no longer has: say so in the pane instead of a spinner. */
  function noteMissingDetails(asked: readonly number[], got: readonly number[]): void {
    const found = new Set(got);
    const missing = asked.filter((id) => !found.has(id) && !get().cache.entries.has(id));
    if (missing.length === 0) return;
    const detailErrors = new Map(get().detailErrors);
    for (const id of missing) detailErrors.set(id, t('common:commentGone'));
    set({ detailErrors });
  }

  // ---- details around the selection -----------------------------------------
  function indexOfSelection(): number {
    const s = get();
    const selected = selectedIdOf(s);
    return selected === null ? 0 : Math.max(0, s.queue.items.findIndex((c) => c.id === selected));
  }

  /** The ids the screen needs now: never evicted from the cache. */
  function keepSet(): Set<number> {
    return new Set(windowIds(ids(), indexOfSelection()));
  }

  /**
   * Loads what the window around the selection lacks. After a decision a refresh is coming
   * anyway and brings the window with it, so only what is missing outright is fetched now
   * (the selected comment, or the next ones once the refreshes fall behind the keys).
   */
  function ensureDetails(afterDecision = false): void {
    const s = get();
    const selected = selectedIdOf(s);
    if (selected === null) return;
    const list = ids();
    const inList = list.includes(selected);
    const at = indexOfSelection();
    // A comment opened from a thread or a notification may not be in the list at all.
    const wanted = !inList
      ? s.cache.entries.has(selected) ? [] : [selected]
      : afterDecision
        ? idsMissingAhead(s.cache, list, at)
        : idsToFetch(s.cache, list, at);
    const toFetch = wanted.filter((id) => !fetchingDetails.has(id)).slice(0, 50);
    if (toFetch.length === 0) return;
    for (const id of toFetch) fetchingDetails.add(id);
    api.getComments({ ids: toFetch }).then(
      (details) => {
        set({ cache: putDetails(get().cache, details, keepSet()) });
        noteMissingDetails(toFetch, details.map((d) => d.id));
      },
      (err: unknown) => {
        const message = errorMessage(err);
        const detailErrors = new Map(get().detailErrors);
        for (const id of toFetch) if (!get().cache.entries.has(id)) detailErrors.set(id, message);
        set({ detailErrors });
      },
    ).finally(() => {
      for (const id of toFetch) fetchingDetails.delete(id);
    });
  }

  // ---- the queue's pages -----------------------------------------------------
  function loadMore(): void {
    const s = get();
    if (s.queue.next === null || loadingMore) return;
    loadingMore = true;
    const key = s.queue.key;
    api
      .listQueue({ filter: s.filter, cursor: s.queue.next, limit: MORE_PAGE })
      .then((page) => {
        const q = get().queue;
        if (q.key !== key) return;
        const seen = new Set(q.items.map((c) => c.id));
        const items = q.items.concat(visible(page.items).filter((c) => !seen.has(c.id)));
        set({ queue: { ...q, items, next: page.next } });
        ensureDetails();
      })
      .catch((err: unknown) => {
        if (get().queue.key === key) set({ queue: { ...get().queue, error: errorMessage(err) } });
      })
      .finally(() => {
        loadingMore = false;
      });
  }

  /** Once the app has been quiet for a moment (never in the middle of a burst of keys). */
  function scheduleViewPrefetch(): void {
    const mine = ++viewsGeneration;
    later(() => {
      if (mine !== viewsGeneration || inFlight > 0 || refreshing) return;
      const current = get().filter;
      for (const make of LIKELY_VIEWS) {
        const filter = make(current);
        const key = filterKey(filter);
        if (views.has(key) || key === filterKey(current)) continue;
        api.listQueue({ filter, cursor: null, limit: 50 }).then(
          (page) => views.set(key, page),
          () => undefined, // a view that failed to preload simply loads when opened
        );
      }
    }, PREFETCH_VIEW_DELAY_MS);
  }

  // ---- selection ---------------------------------------------------------------
  function select(id: number | null): void {
    set({ chosenId: id });
    ensureDetails();
  }

  function move(delta: number): void {
    const { items } = get().queue;
    if (items.length === 0) return;
    const index = items.findIndex((c) => c.id === selectedIdOf(get()));
    const nextIndex = index < 0 ? 0 : Math.max(0, Math.min(items.length - 1, index + delta));
    select(items[nextIndex]?.id ?? null);
    if (nextIndex >= items.length - 20) loadMore();
  }

  function setFilter(filter: QueueFilter): void {
    const key = filterKey(filter);
    const cached = views.get(key);
    const current = get();
    // Typing a search narrows the list shown: keep it on screen until the results arrive rather than
    // flashing an empty list at every pause in the typing.
    const searchOnly = filterKey({ ...current.filter, search: '' }) === filterKey({ ...filter, search: '' }) && current.queue.loaded;
    set({
      filter,
      chosenId: null,
      checked: new Set(),
      queue: cached
        ? { key, items: visible(cached.items), next: cached.next, loaded: true, error: null }
        : searchOnly
          ? { ...current.queue, key, next: null, error: null, placeholder: true }
          : { key, items: [], next: null, loaded: false, error: null },
    });
    ensureDetails();
    refreshWanted = true;
    void runRefresh();
  }

  // ---- the core's answers, one at a time and in order ------------------------
  function enqueue<T>(work: () => Promise<T>): Promise<T> {
    inFlight++;
    const run = chain.then(work);
    chain = run.then(
      () => undefined,
      () => undefined,
    );
    return run.finally(() => {
      inFlight--;
      if (inFlight === 0) requestRefresh();
    });
  }

  function decide(kind: StatusAction, targetIds: readonly number[]): Promise<void> {
    if (targetIds.length === 0) return Promise.resolve();
    const acted = new Set(targetIds);
    const s = get();
    const subjects = s.queue.items.filter((c) => acted.has(c.id));
    const leaves = leavesView(kind, s.filter);
    let removed: Removed[] = [];
    const view = leaves ? questionViewOf(s.filter) : null;
    const patch: Partial<AppState> = {
      counts: view ? leaveQuestionView(moveCounts(s.counts, subjects, kind), subjects, view) : moveCounts(s.counts, subjects, kind),
      checked: s.checked.size ? new Set([...s.checked].filter((id) => !acted.has(id))) : s.checked,
      cache: markCommentsStale(s.cache, [...acted]),
    };
    if (leaves) {
      const selected = selectedIdOf(s);
      const next = nextSelection(s.queue.items, selected, acted);
      const edit = removeRows(s.queue.items, acted);
      removed = edit.removed;
      patch.queue = { ...s.queue, items: edit.items };
      if (next !== selected) patch.chosenId = next;
      for (const id of acted) hidden.set(id, 'sending');
    }
    set(patch);
    ensureDetails(true);
    if (leaves && get().queue.items.length - indexOfSelection() < 20) loadMore();

    const author = subjects.length === 1 ? decodeEntities(subjects[0]?.authorName ?? '') || t('common:anonymousLower') : null;
    return enqueue(() => api.act({ ids: [...targetIds], kind })).then(
      ({ actionIds }) => {
        for (const id of acted) if (hidden.has(id)) hidden.set(id, 'sent');
        if (kind === 'delete') set({ cache: dropDetails(get().cache, acted) });
        const undo = kind === 'delete' ? undefined : () => void undoActions(actionIds);
        const done =
          targetIds.length !== 1
            ? t(`common:toast.doneMany.${kind}`, { count: targetIds.length })
            : author !== null
              ? t(`common:toast.done.${kind}`, { who: author })
              : t(`common:toast.doneAnon.${kind}`);
        say(done, 'info', undo);
      },
      (err: unknown) => {
        // The core refused (the comment was deleted meanwhile, the database is read-only…): put it back.
        for (const id of acted) hidden.delete(id);
        const q = get().queue;
        if (removed.length > 0 && q.key === filterKey(s.filter)) set({ queue: { ...q, items: restoreRows(q.items, removed) } });
        const reason = errorMessage(err);
        say(
          targetIds.length === 1
            ? t(`common:toast.failedOne.${kind}`, { who: author !== null ? t('common:toast.by', { who: author }) : '', reason })
            : t(`common:toast.failedMany.${kind}`, { reason }),
          'error',
        );
      },
    );
  }

  function undoActions(actionIds: readonly number[]): Promise<void> {
    return enqueue(async () => {
      let last: string | null = null;
      // Newest first, so a chain of changes on one comment unwinds in order.
      for (const actionId of [...actionIds].reverse()) last = undoneText(await api.undo({ actionId })) ?? last;
      return last;
    }).then(
      (last) => say(last ? t('common:toast.undoneWhat', { what: last }) : t('common:toast.undone')),
      (err: unknown) => say(t('common:toast.undoFailed', { reason: errorMessage(err) }), 'error'),
    );
  }

  function undoLast(): Promise<void> {
    return enqueue(() => api.undo({})).then(
      (result) => {
        const undone = undoneText(result);
        say(undone ? t('common:toast.undoneWhat', { what: undone }) : t('common:toast.nothingToUndo'));
      },
      (err: unknown) => say(t('common:toast.undoFailed', { reason: errorMessage(err) }), 'error'),
    );
  }

  function reply(id: number, text: string, approve: boolean): Promise<boolean> {
    // On Unreplied, an answer takes the comment out at once, as a decision does; put back if refused.
    const removed = leaveUnreplied(id);
    return enqueue(() => api.reply({ id, text, approve })).then(
      () => {
        if (hidden.has(id)) hidden.set(id, 'sent');
        set({ cache: markStale(id) });
        say(approve ? t('common:toast.approvedAndReplied') : t('common:toast.replySaved'));
        return true;
      },
      (err: unknown) => {
        hidden.delete(id);
        const q = get().queue;
        if (removed && q.key === removed.key) set({ queue: { ...q, items: restoreRows(q.items, removed.rows) } });
        say(t('common:toast.replyFailed', { reason: errorMessage(err) }), 'error');
        return false;
      },
    );
  }

  function leaveUnreplied(id: number): { key: string; rows: Removed[] } | null {
    const s = get();
    if (!s.filter.unreplied) return null;
    const answered = s.queue.items.filter((c) => c.id === id);
    if (answered.length === 0) return null;
    const selected = selectedIdOf(s);
    const next = nextSelection(s.queue.items, selected, new Set([id]));
    const edit = removeRows(s.queue.items, new Set([id]));
    hidden.set(id, 'sending');
    set({
      queue: { ...s.queue, items: edit.items },
      counts: leaveQuestionView(s.counts, answered, 'unreplied'),
      ...(next !== selected ? { chosenId: next } : {}),
    });
    ensureDetails(true);
    return { key: s.queue.key, rows: edit.removed };
  }

  /**
   * Shift+A on Likely fine: approves every comment of the view, loaded or not, as one batch with
   * one undo. The rows leave at once; the ids are asked of the core in turn with the other
   * decisions (so one decided a moment before is not taken twice), then approved in one act.
   */
  function approveView(): Promise<void> {
    const s = get();
    const { filter } = s;
    if (!filter.likelyFine) return Promise.resolve();
    const loaded = s.queue.items;
    const acted = new Set(loaded.map((c) => c.id));
    const edit = removeRows(loaded, acted);
    for (const id of acted) hidden.set(id, 'sending');
    // A search (or a post, an author) narrows the view below its sidebar count: count only what left.
    const narrowed = Boolean(filter.search) || filter.postId !== undefined || filter.authorEmail !== undefined;
    set({
      queue: { ...s.queue, items: [], next: null },
      chosenId: null,
      checked: new Set(),
      counts: narrowed ? leaveQuestionView(moveCounts(s.counts, loaded, 'approve'), loaded, 'likelyFine') : approveLikelyFine(s.counts, filter.siteId),
      cache: markCommentsStale(s.cache, [...acted]),
    });
    let taken: number[] = [];
    return enqueue(async () => {
      taken = await idsOfView(filter);
      for (const id of taken) hidden.set(id, 'sending');
      const actionIds: number[] = [];
      for (let i = 0; i < taken.length; i += MAX_BATCH) {
        actionIds.push(...(await api.act({ ids: taken.slice(i, i + MAX_BATCH), kind: 'approve' })).actionIds);
      }
      return actionIds;
    }).then(
      (actionIds) => {
        const approved = new Set(taken);
        for (const id of acted) if (!approved.has(id)) hidden.delete(id); // no longer in the view: left alone
        for (const id of taken) if (hidden.has(id)) hidden.set(id, 'sent');
        if (taken.length === 0) return say(t('views:likelyFine.nothing'));
        const count = taken.length;
        say(t('views:likelyFine.approved', { count }), 'info', () => void undoBatch(actionIds, count));
      },
      (err: unknown) => {
        for (const id of [...acted, ...taken]) hidden.delete(id);
        const q = get().queue;
        if (q.key === filterKey(filter)) set({ queue: { ...q, items: restoreRows(q.items, edit.removed) } });
        say(t('views:likelyFine.failed', { reason: errorMessage(err) }), 'error');
      },
    );
  }

  /** Every comment id of a view, page after page (the core's largest page). */
  async function idsOfView(filter: QueueFilter): Promise<number[]> {
    const found: number[] = [];
    let cursor: string | null = null;
    do {
      const page: QueuePage = await api.listQueue({ filter, cursor, limit: 500 });
      for (const c of page.items) found.push(c.id);
      cursor = page.next;
    } while (cursor !== null);
    return found;
  }

  /** Takes back a whole approved batch (what one act returned) in one call: one undo for one gesture. */
  function undoBatch(actionIds: readonly number[], count: number): Promise<void> {
    return enqueue(async () => {
      // Newest slice first, as the batch went out.
      for (let end = actionIds.length; end > 0; end -= MAX_BATCH) {
        await api.undo({ actionIds: actionIds.slice(Math.max(0, end - MAX_BATCH), end) });
      }
    }).then(
      () => say(t('views:likelyFine.undone', { count })),
      (err: unknown) => say(t('views:likelyFine.undoFailed', { reason: errorMessage(err) }), 'error'),
    );
  }

  function edit(id: number, text: string): Promise<boolean> {
    return enqueue(() => api.edit({ id, text })).then(
      () => {
        set({ cache: markStale(id) });
        say(t('common:toast.editSaved'));
        return true;
      },
      (err: unknown) => {
        say(t('common:toast.editFailed', { reason: errorMessage(err) }), 'error');
        return false;
      },
    );
  }

  const markStale = (id: number): DetailCache => markCommentsStale(get().cache, [id]);

  async function syncNow(): Promise<void> {
    set({ syncing: true });
    try {
      const runs = await api.syncNow({});
      const failed = runs.find((r) => r.error);
      if (failed?.error) say(t('common:toast.syncError', { reason: failed.error }), 'error');
    } catch (err) {
      say(t('common:toast.syncFailed', { reason: errorMessage(err) }), 'error');
    } finally {
      set({ syncing: false, progress: null });
      requestRefresh();
    }
  }

  // ---- start-up and the core's events ----------------------------------------
  function refreshSites(): Promise<void> {
    return api.listSites({}).then(
      (sites) => set({ sites, sitesKnown: true }),
      () => set({ sites: [] }),
    );
  }

  /** Everything the first screen needs, asked for at once; the queue's page is the first thing in. */
  function boot(applySettings: (settings: Awaited<ReturnType<ClientApi['getSettings']>>) => void): void {
    refreshWanted = true;
    void runRefresh();
    void refreshSites();
    api.getAppInfo({}).then(
      (info) => set({ info }),
      (err: unknown) => set({ infoError: t('common:coreSilent', { reason: errorMessage(err) }) }),
    );
    api.getSettings({}).then(applySettings, () => undefined);
  }

  function onEvent(event: AppEvent): void {
    switch (event.type) {
      case 'queue-changed':
        set({ cache: event.commentIds ? markCommentsStale(get().cache, event.commentIds) : markSitesStale(get().cache, event.siteIds) });
        for (const key of [...views.keys()]) if (key !== get().queue.key) views.delete(key);
        requestRefresh();
        break;
      case 'sync-progress':
        set({ progress: { siteId: event.siteId, phase: event.phase, done: event.done, total: event.total } });
        break;
      case 'sync-finished':
        set({ progress: null });
        requestRefresh();
        break;
      case 'notice':
        // A site-wide sync failure is already in the status bar (and repeats on every
        // retry while offline); a toast is for news about a comment or good news.
        if (event.level === 'error' && event.commentId === undefined) requestRefresh();
        else say(messageText(event), event.level === 'error' ? 'error' : 'info');
        break;
    }
  }

  const actions = {
    boot,
    onEvent,
    refresh: requestRefresh,
    refreshSites,
    setFilter,
    loadMore,
    select,
    move,
    decide,
    undoLast,
    undoActions,
    undoBatch,
    approveView,
    reply,
    edit,
    syncNow,
    say,
    dismissToast: () => set({ toast: null }),
    openDialog: (dialog: Dialog) => set({ dialog }),
    askDelete: (targetIds: number[] | null) => set({ confirmDelete: targetIds && targetIds.length ? targetIds : null }),
    requestReply: () => set({ replyRequest: get().replyRequest + 1 }),
    requestEdit: () => set({ editRequest: get().editRequest + 1 }),
    toggleCheck(id: number): void {
      const checked = new Set(get().checked);
      if (!checked.delete(id)) checked.add(id);
      set({ checked });
    },
    checkAll: () => set({ checked: new Set(ids()) }),
    clearChecks: () => set({ checked: new Set() }),
    /** For tests and the bench: how many decisions are still on their way to the core. */
    pendingDecisions: () => inFlight,
  };
  return { store, actions };
}

function withScope(current: QueueFilter, view: Partial<QueueFilter> & Pick<QueueFilter, 'status'>): QueueFilter {
  const filter: QueueFilter = { sort: current.sort, ...view };
  if (current.siteId !== undefined) filter.siteId = current.siteId;
  return filter;
}
