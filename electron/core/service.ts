// The application service: the one implementation of the shared/api.ts contract.
// The Electron IPC, the web host and the CLI are thin adapters over `api`.
import type { ServiceApi } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { BUNDLED_LISTS_VERSION } from '../../shared/flags';
import { coded } from '../../shared/messages';
import type { ActionKind, FlagInput, Site, StatusAction, SyncStatus } from '../../shared/types';
import type { SpamDecision } from '../../shared/spam';
import { commentDetails } from './comment-details';
import { queueView } from './queue-view';
import { EventBus } from './events';
import type { CredentialStore, SettingsStore } from './settings/types';
import { discoverSite, WordPressClient } from './sources';
import type { FetchLike } from './sources/wordpress-client';
import { SpamFilter } from './spam-filter';
import { openStore, type Store } from './store';
import { SyncScheduler, type SyncDeps } from './sync';
import { syncStatusOf } from './sync-status';

export interface ServiceDeps {
  dbPath: string;
  settings: SettingsStore;
  credentials: CredentialStore;
  host: 'electron' | 'web' | 'cli';
  version: string;
  /** The OS's UI locale (Electron's app.getLocale()), passed on to the window in getAppInfo. */
  locale?: string;
  /** Path to a better-sqlite3 build for Electron's ABI (development runs of the app). */
  nativeBinding?: string;
  /** Background syncing (on start, on the interval, after each decision). Default: on, except for the CLI. */
  autoSync?: boolean;
  /** Tests inject a fetch; the app uses Node's. */
  fetch?: FetchLike;
}

export interface Service {
  api: ServiceApi;
  events: EventBus;
  /** The shell calls this when the OS says the network is back (or the laptop woke up). */
  networkRegained(): void;
  /** Waits for an in-flight sync (so no push is cut in half), then closes the database. */
  close(): Promise<void>;
}

/** Decisions that teach the site's spam filter. */
const LEARNS: Partial<Record<ActionKind, SpamDecision>> = { approve: 'approve', spam: 'spam', unspam: 'not-spam' };

/** Keyboard bursts (j, a, j, a …) go out as one push shortly after the last key. */
const PUSH_DELAY_MS = 1500;

/** Comments' flag inputs per site: each site has its own spam model. */
function groupBySite(items: { siteId: number; remoteId: number; input: FlagInput }[]): Map<number, { remoteId: number; input: FlagInput }[]> {
  const bySite = new Map<number, { remoteId: number; input: FlagInput }[]>();
  for (const item of items) {
    const list = bySite.get(item.siteId) ?? [];
    list.push({ remoteId: item.remoteId, input: item.input });
    bySite.set(item.siteId, list);
  }
  return bySite;
}

export async function createService(deps: ServiceDeps): Promise<Service> {
  const events = new EventBus();
  const store: Store = openStore({ path: deps.dbPath, nativeBinding: deps.nativeBinding });
  const filter = new SpamFilter(store);
  store.setScorer(filter.score);
  // The stored flags were made by the rules of the version that stored them: a new version's
  // rules judge them again at its first start (once; 2-3 s at 100,000 comments, off the window's thread).
  store.reflagForRules(`${deps.version}+${BUNDLED_LISTS_VERSION}`);
  const autoSync = deps.autoSync ?? deps.host !== 'cli';

  const clientFor = (site: Site, password?: string): WordPressClient | null => {
    const appPassword = password ?? deps.credentials.get(site.id);
    if (!appPassword) return null;
    return new WordPressClient({
      baseUrl: site.baseUrl,
      restRoot: site.restRoot,
      user: site.user,
      appPassword,
      fetch: deps.fetch,
      userAgent: `Moderato/${deps.version}`,
    });
  };

  // The Unreplied window follows the setting (the view, its count and what the sync pulls).
  store.setUnrepliedDays(deps.settings.get().unrepliedDays);
  const syncDeps: SyncDeps = {
    unrepliedDays: () => deps.settings.get().unrepliedDays,
    store,
    client: (site) => clientFor(site),
    events,
    onTrainingExamples: filter.learnExamples,
    trainingCursor: filter.cursor,
    relearnIfOutdated: async (siteId, client, signal) => {
      if (!filter.outdated(siteId)) return false;
      await filter.relearn(siteId, client, signal);
      return true;
    },
  };
  const scheduler = new SyncScheduler(syncDeps, { intervalMinutes: () => deps.settings.get().syncIntervalMinutes });

  // The site's history taught the filter during this sync: verdicts on stored comments move with it.
  events.on((event) => {
    if (event.type !== 'sync-finished') return;
    const sites = filter.rescoreIfStale();
    if (sites.length > 0) events.emit({ type: 'queue-changed', siteIds: sites });
  });

  const pushTimers = new Map<number, ReturnType<typeof setTimeout>>();
  const schedulePush = (siteIds: Iterable<number>): void => {
    if (!autoSync) return;
    for (const siteId of siteIds) {
      const existing = pushTimers.get(siteId);
      if (existing) clearTimeout(existing);
      const timer = setTimeout(() => {
        pushTimers.delete(siteId);
        void scheduler.syncOne(siteId, 'push');
      }, PUSH_DELAY_MS);
      timer.unref?.();
      pushTimers.set(siteId, timer);
    }
  };

  /** After the user's own change to these comments (and only these): the UI refreshes just them. */
  const queueChanged = (siteIds: number[], commentIds?: number[]): void => {
    const unique = [...new Set(siteIds)];
    events.emit(commentIds ? { type: 'queue-changed', siteIds: unique, commentIds } : { type: 'queue-changed', siteIds: unique });
    schedulePush(unique);
  };

  const siteOf = (siteId: number): Site => {
    const site = store.getSite(siteId);
    if (!site) throw new AppError('not-found', coded('error.noSite', { id: siteId }));
    return site;
  };

  const isSyncing = (siteId: number): boolean => scheduler.isSyncing(siteId);
  const syncStatusAll = (): SyncStatus => syncStatusOf(store, isSyncing);

  const details = commentDetails(store, (siteId) => filter.status(siteId));
  const { one: commentDetail, many: detailsOf } = details;

  const api: ServiceApi = {
    async getAppInfo() {
      return {
        version: deps.version,
        dbPath: deps.dbPath,
        host: deps.host,
        credentialsEncrypted: deps.credentials.encrypted,
        ...(deps.locale ? { locale: deps.locale } : {}),
      };
    },

    async listQueue({ filter: f, cursor, limit }) {
      return store.listQueue(f, cursor, limit);
    },
    async getCounts() {
      return store.getCounts();
    },
    async getComment({ id }) {
      return commentDetail(id);
    },
    async getComments({ ids }) {
      return detailsOf(ids);
    },
    async getQueueView(input) {
      return queueView(store, details, input, isSyncing);
    },
    async findComments({ siteId, remoteIds }) {
      siteOf(siteId);
      return store.localIdsOf(siteId, remoteIds);
    },

    async act({ ids, kind }) {
      const decision = LEARNS[kind];
      // Read what the model learns from before the decision changes the comments.
      const inputs = decision ? store.flagInputsOf(ids) : [];
      const actionIds = store.recordActions(ids, kind as StatusAction);
      let rescored: number[] = [];
      if (decision) {
        for (const [siteId, items] of groupBySite(inputs)) filter.learnDecisions(siteId, items, decision);
        rescored = filter.rescoreIfStale();
      }
      // An author approved (or no longer) changes what "Likely fine" holds among their other comments.
      store.refreshApprovedBefore(ids);
      // A spam or not-spam also re-scores the pending comments of the same campaign: then more than
      // these comments changed, and the UI must look again at everything it holds of the site.
      const campaignMoved = decision === 'spam' || decision === 'not-spam';
      queueChanged(store.siteIdsOfComments(ids), campaignMoved ? undefined : ids);
      // The filter learned enough to change its verdicts: every comment of those sites may have moved.
      if (rescored.length > 0) events.emit({ type: 'queue-changed', siteIds: rescored });
      return { actionIds };
    },
    async reply({ id, text, approve }) {
      const actionIds: number[] = [];
      // wp-admin's "Approve and reply" is two requests: WordPress does not approve the parent for you.
      if (approve) actionIds.push(...(await api.act({ ids: [id], kind: 'approve' })).actionIds);
      actionIds.push(store.recordReply(id, text));
      queueChanged(store.siteIdsOfComments([id]), [id]);
      return { actionIds };
    },
    async edit({ id, text }) {
      const actionId = store.recordEdit(id, text);
      queueChanged(store.siteIdsOfComments([id]), [id]);
      return { actionIds: [actionId] };
    },
    async undo({ actionId, actionIds }) {
      const { undone, undoneMessage, reverted } = store.undo(actionIds ?? actionId);
      for (const kind of Object.keys(LEARNS) as ActionKind[]) {
        const ids = reverted.filter((r) => r.kind === kind).map((r) => r.commentId);
        for (const [siteId, inputs] of groupBySite(store.flagInputsOf(ids))) filter.forgetDecisions(siteId, inputs, LEARNS[kind]!);
      }
      store.refreshApprovedBefore(reverted.map((r) => r.commentId));
      const revertedIds = reverted.map((r) => r.commentId);
      const campaignMoved = reverted.some((r) => LEARNS[r.kind] === 'spam' || LEARNS[r.kind] === 'not-spam');
      queueChanged(store.siteIdsOfComments(revertedIds), campaignMoved ? undefined : revertedIds);
      return { undone, undoneMessage };
    },

    async listSavedReplies() {
      return store.listSavedReplies();
    },
    async addSavedReply({ name, body }) {
      return store.addSavedReply(name, body);
    },
    async updateSavedReply({ id, name, body }) {
      return store.updateSavedReply(id, { name, body });
    },
    async reorderSavedReplies({ ids }) {
      return store.reorderSavedReplies(ids);
    },
    async deleteSavedReply({ id }) {
      store.deleteSavedReply(id);
    },

    async listOutbox({ failed }) {
      return store.listOutbox({ failed });
    },
    async retryAction({ actionId }) {
      store.retryAction(actionId);
      queueChanged(store.listSites().map((s) => s.id));
    },

    async syncNow({ siteId, mode }) {
      if (siteId !== undefined) siteOf(siteId);
      return scheduler.syncNow(siteId, mode);
    },
    async getSyncStatus() {
      return syncStatusAll();
    },

    async listSites() {
      return store.listSites();
    },
    async addSite({ url, user, password }) {
      const found = await discoverSite(url, { fetch: deps.fetch });
      if (!found.applicationPasswords) {
        throw new AppError(
          'rest-disabled',
          coded('error.noAppPasswords', { url: found.baseUrl }),
        );
      }
      if (store.listSites().some((s) => s.baseUrl === found.baseUrl && s.user === user)) {
        throw new AppError('conflict', coded('error.siteExistsForUser', { url: found.baseUrl, user }));
      }
      const draft: Site = { id: 0, baseUrl: found.baseUrl, restRoot: found.restRoot, user, name: found.name, pausedReason: null, lastSyncAt: null };
      // Check the password before anything is saved: a wrong one is reported, never stored.
      await clientFor(draft, password)!.checkCredentials();
      const site = store.addSite({ baseUrl: found.baseUrl, restRoot: found.restRoot, user, name: found.name || found.baseUrl });
      deps.credentials.set(site.id, password);
      if (autoSync) void scheduler.syncOne(site.id);
      return site;
    },
    async removeSite({ siteId }) {
      siteOf(siteId);
      store.removeSite(siteId);
      deps.credentials.delete(siteId);
      filter.forget(siteId);
      events.emit({ type: 'queue-changed', siteIds: [siteId] });
    },
    async setSitePassword({ siteId, password }) {
      const site = siteOf(siteId);
      // Checked before it replaces the old one: a typo must not pause the site's queue.
      await clientFor(site, password)!.checkCredentials();
      deps.credentials.set(siteId, password);
      // Another account may read the site's settings (its language) where the old one could not.
      store.forgetSiteLocale(siteId);
      if (site.pausedReason) store.setSitePaused(siteId, null);
      schedulePush([siteId]);
      return siteOf(siteId);
    },
    async testSite({ siteId }) {
      const site = siteOf(siteId);
      // Discovery first: it tells "unreachable", "not WordPress" and "REST disabled" apart.
      await discoverSite(site.baseUrl, { fetch: deps.fetch });
      const client = clientFor(site);
      if (!client) throw new AppError('auth', coded('error.noPassword', { site: site.name || site.baseUrl }));
      const me = await client.checkCredentials();
      if (site.pausedReason) {
        store.setSitePaused(siteId, null);
        schedulePush([siteId]);
      }
      return { ok: true as const, user: me.name, canModerate: true as const };
    },

    async getSettings() {
      return deps.settings.get();
    },
    async updateSettings(patch) {
      const settings = deps.settings.update(patch);
      store.setUnrepliedDays(settings.unrepliedDays);
      if (patch.unrepliedDays !== undefined) events.emit({ type: 'queue-changed', siteIds: store.listSites().map((s) => s.id) });
      return settings;
    },

    async getWordLists() {
      return filter.wordLists();
    },
    async updateWordLists({ add, remove, list }) {
      if (add.length > 0) store.addWords(list, add);
      if (remove.length > 0) store.removeWords(list, remove);
      filter.listsChanged();
      events.emit({ type: 'queue-changed', siteIds: store.listSites().map((s) => s.id) });
      return filter.wordLists();
    },
    async checkFlags(input) {
      return filter.check(input);
    },

    async getModelStatus() {
      return store.listSites().map((s) => filter.status(s.id));
    },
    async retrainModel({ siteId }) {
      const site = siteOf(siteId);
      const client = clientFor(site);
      if (!client) throw new AppError('auth', coded('error.noPassword', { site: site.name || site.baseUrl }));
      await filter.relearn(siteId, client);
      filter.rescoreIfStale();
      events.emit({ type: 'queue-changed', siteIds: [siteId] });
      return filter.status(siteId);
    },
    async resetModel({ siteId }) {
      siteOf(siteId);
      filter.reset(siteId);
      store.reflagAll();
      events.emit({ type: 'queue-changed', siteIds: [siteId] });
      return filter.status(siteId);
    },
  };

  // A process killed mid-push left rows "sending": they go back to the queue (every action is safe to resend).
  store.requeueInterrupted();
  let closed = false;
  if (deps.host !== 'cli') {
    // A window is about to ask for the pending queue's first page and the counts. Read them once
    // now, while it loads: its request then finds the statements prepared and the pages in memory
    // (at 100,000 comments the first read costs ~90 ms, the next ~10).
    setTimeout(() => {
      if (closed) return;
      store.getCounts();
      store.listQueue({ status: 'pending', sort: 'newest' }, null, 100);
    }, 0);
  }
  if (autoSync) void scheduler.start();

  return {
    api,
    events,
    networkRegained: () => {
      if (autoSync) void scheduler.networkRegained();
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const timer of pushTimers.values()) clearTimeout(timer);
      await scheduler.stop();
      store.close();
    },
  };
}
