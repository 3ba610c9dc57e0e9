// The local store: every screen reads from it, every decision is written to it
// first (local change + outbox row in one transaction), and the sync reads and
// writes it through the SyncStore port. The Store opens the database and hands each
// call to the part that holds the concern (sites.ts, ingest.ts, push.ts, …); the
// parts share one connection, its prepared statements and statement cache (store-part.ts).
import type {
  SavedReply,
  CommentDetail,
  Counts,
  FlagContext,
  FlagInput,
  OutboxItem,
  Problem,
  QueueFilter,
  QueuePage,
  Site,
  StatusAction,
  SyncRun,
  WordLists,
} from '../../../shared/types';
import type { PendingAction, RemoteComment, RemotePost, SyncStore, UpsertResult } from '../sync/ports';
import type { ApprovedStore } from '../sync/pull-approved';
import { authorDomain, authorKey } from './comment-fields';
import { hostOf, textHash } from './plain-text';
import { CommentReads } from './comment-reads';
import { FlagContextBuilder } from './flag-context';
import { Ingest } from './ingest';
import { ModelState } from './model-state';
import { openDatabase, openReadOnlyDatabase, type Db } from './open-database';
import { Outbox } from './outbox';
import { prepareStatements } from './prepared-statements';
import { Push } from './push';
import { QueueQuery } from './queue-query';
import { Rescore } from './rescore';
import { SavedReplies } from './saved-replies';
import { ApprovedBefore } from './approved-before';
import { SiteThreads, type ApprovedSyncState } from './site-threads';
import { unrepliedSince } from './queue-views';
import { noFlags, type Scorer } from './scorer';
import { Sites } from './sites';
import { StatementCache } from './statement-cache';
import type { StoreShared } from './store-part';
import { SyncRuns } from './sync-runs';
import { UserActions } from './user-actions';
import { WordListTable } from './word-lists';

export interface StoreOptions {
  /** File path, or ':memory:' for throwaway stores. */
  path: string;
  scorer?: Scorer;
  /** A better-sqlite3 build for Electron's ABI (the app in development); Node's own build otherwise. */
  nativeBinding?: string;
  /** A connection that only reads, beside the one that writes (see openReadOnlyDatabase). */
  readOnly?: boolean;
}

export class Store implements SyncStore, ApprovedStore {
  readonly path: string;
  private readonly db: Db;
  private readonly shared: StoreShared;
  private readonly sites: Sites;
  private readonly ingest: Ingest;
  private readonly outbox: Outbox;
  private readonly push: Push;
  private readonly reads: CommentReads;
  private readonly actions: UserActions;
  private readonly wordLists: WordListTable;
  private readonly rescore: Rescore;
  private readonly modelState: ModelState;
  private readonly runs: SyncRuns;
  private readonly threads: SiteThreads;
  private readonly savedReplies: SavedReplies;
  private readonly approvedBefore: ApprovedBefore;
  /** The Unreplied window (the user's setting; the service sets it). */
  private unrepliedDays = 90;

  constructor(options: StoreOptions) {
    this.path = options.path;
    this.db = options.readOnly ? openReadOnlyDatabase(options.path, options.nativeBinding) : openDatabase(options.path, options.nativeBinding);
    const db = this.db;
    const contexts = new FlagContextBuilder(db);
    const statements = new StatementCache(db);
    const since = () => unrepliedSince(this.unrepliedDays);
    const queue = new QueueQuery(db, statements, (email) => authorKey(email, ''), since);
    this.shared = { db, stmt: prepareStatements(db), statements, contexts, scorer: noFlags };
    this.setScorer(options.scorer ?? noFlags);
    this.sites = new Sites(this.shared);
    this.rescore = new Rescore(this.shared);
    this.ingest = new Ingest(this.shared, this.sites, this.rescore);
    this.outbox = new Outbox(this.shared);
    this.push = new Push(this.shared, this.outbox, this.ingest);
    this.reads = new CommentReads(this.shared, queue, since);
    this.actions = new UserActions(this.shared, this.outbox, this.rescore);
    this.wordLists = new WordListTable(this.shared);
    this.modelState = new ModelState(this.shared);
    this.runs = new SyncRuns(this.shared);
    this.threads = new SiteThreads(this.shared);
    this.savedReplies = new SavedReplies(this.shared);
    this.approvedBefore = new ApprovedBefore(this.shared, this.rescore);
  }

  close(): void {
    if (this.db.open) {
      // optimize may write (ANALYZE): the writing connection's job.
      if (!this.db.readonly) this.db.pragma('optimize');
      this.db.close();
    }
  }

  setScorer(scorer: Scorer): void {
    this.shared.scorer = scorer;
    this.shared.contexts.setSketcher(scorer.sketch ?? null);
  }

  // ---------------------------------------------------------------- sites (sites.ts)

  addSite(input: { baseUrl: string; restRoot: string; user: string; name: string }): Site {
    return this.sites.addSite(input);
  }

  removeSite(siteId: number): void {
    this.sites.removeSite(siteId);
  }

  listSites(): Site[] {
    return this.sites.listSites();
  }

  getSite(siteId: number): Site | undefined {
    return this.sites.getSite(siteId);
  }

  renameSite(siteId: number, name: string): void {
    this.sites.renameSite(siteId, name);
  }

  setSitePaused(siteId: number, reason: string | Pick<Problem, 'message' | 'code' | 'params'> | null): void {
    this.sites.setSitePaused(siteId, reason);
  }

  setSiteSynced(siteId: number, at: string): void {
    this.sites.setSiteSynced(siteId, at);
  }

  siteLocale(siteId: number): string | null {
    return this.sites.siteLocale(siteId);
  }

  forgetSiteLocale(siteId: number): void {
    this.sites.forgetSiteLocale(siteId);
  }

  /**
   * Records the locale the site's WordPress states ('' when not readable). The language check
   * reads it, so a change re-flags the site's stored comments (none at its first sync, which asks
   * before they arrive). Returns how many changed their flags.
   */
  setSiteLocale(siteId: number, locale: string): number {
    const changed = this.sites.setSiteLocale(siteId, locale);
    return changed && this.sites.hasComments(siteId) ? this.rescore.reflagSite(siteId) : 0;
  }

  // ---------------------------------------------------------------- pull (ingest.ts)

  pendingRemoteIds(siteId: number): Set<number> {
    return this.ingest.pendingRemoteIds(siteId);
  }

  pendingCount(siteId: number): number {
    return this.ingest.pendingCount(siteId);
  }

  pendingAmong(siteId: number, remoteIds: number[]): Set<number> {
    return this.ingest.pendingAmong(siteId, remoteIds);
  }

  storedRemoteIds(siteId: number, remoteIds: number[]): Set<number> {
    return this.ingest.storedRemoteIds(siteId, remoteIds);
  }

  upsertComments(siteId: number, comments: RemoteComment[]): UpsertResult {
    return this.ingest.upsertComments(siteId, comments);
  }

  upsertPosts(siteId: number, posts: RemotePost[]): void {
    this.ingest.upsertPosts(siteId, posts);
  }

  missingPostIds(siteId: number, postIds: number[]): number[] {
    return this.ingest.missingPostIds(siteId, postIds);
  }

  removeGone(siteId: number, remoteIds: number[]): number[] {
    return this.ingest.removeGone(siteId, remoteIds);
  }

  authorsWithoutSiteHistory(siteId: number, emails: string[]): string[] {
    return this.ingest.authorsWithoutSiteHistory(siteId, emails);
  }

  pendingAuthorsWithoutHistory(siteId: number, limit?: number): string[] {
    return this.ingest.pendingAuthorsWithoutHistory(siteId, limit);
  }

  authorHistoryProgress(siteId: number): { wanted: number; done: number } {
    return this.ingest.authorHistoryProgress(siteId);
  }

  setAuthorHistoryDone(siteId: number, wanted: number): void {
    this.ingest.setAuthorHistoryDone(siteId, wanted);
  }

  setSiteAuthorHistory(siteId: number, email: string, approvedOnSite: number): void {
    this.ingest.setSiteAuthorHistory(siteId, email, approvedOnSite);
  }

  recordAuthorHistory(siteId: number, approvedByEmail: ReadonlyMap<string, number>): number {
    return this.db.transaction(() => {
      // Only a changed count can move a verdict: thousands of new authors with nothing approved on
      // the site (the usual first sync) re-score nothing.
      const changed = this.ingest.setSiteAuthorHistories(siteId, approvedByEmail);
      return this.rescore.rescoreAuthors(siteId, changed);
    })();
  }

  // ---------------------------------------------------------------- push (push.ts)

  requeueInterrupted(): number {
    return this.push.requeueInterrupted();
  }

  claimActions(siteId: number, now: Date, limit: number): PendingAction[] {
    return this.push.claimActions(siteId, now, limit);
  }

  completeAction(actionId: number, comment: RemoteComment | null, extra?: Record<string, unknown>): void {
    this.push.completeAction(actionId, comment, extra);
  }

  updateActionPayload(actionId: number, payload: Record<string, unknown>): void {
    this.push.updateActionPayload(actionId, payload);
  }

  retryActionLater(actionId: number, error: Problem, retryAt: Date): void {
    this.push.retryActionLater(actionId, error, retryAt);
  }

  failAction(actionId: number, error: string | Pick<Problem, 'message' | 'code' | 'params'>): void {
    this.push.failAction(actionId, error);
  }

  obsoleteAction(actionId: number, reason: string): void {
    this.push.obsoleteAction(actionId, reason);
  }

  // ---------------------------------------------------------------- outbox (outbox.ts)

  listOutbox(options: { failed?: boolean } = {}): OutboxItem[] {
    return this.outbox.listOutbox(options);
  }

  retryReason(siteId: number): Problem | null {
    return this.outbox.retryReason(siteId);
  }

  unsentCount(siteId: number): number {
    return this.outbox.unsentCount(siteId);
  }

  failedCount(siteId: number): number {
    return this.outbox.failedCount(siteId);
  }

  // ---------------------------------------------------------------- queue and comments (comment-reads.ts)

  listQueue(filter: QueueFilter, cursor: string | null, limit: number): QueuePage {
    return this.reads.listQueue(filter, cursor, limit);
  }

  getCounts(): Counts {
    return this.reads.getCounts();
  }

  getComment(id: number): Omit<CommentDetail, 'spamFilter'> {
    return this.reads.getComment(id);
  }

  localIdsOf(siteId: number, remoteIds: number[]): (number | null)[] {
    return this.reads.localIdsOf(siteId, remoteIds);
  }

  flagInputsOf(commentIds: number[]): { id: number; siteId: number; remoteId: number; input: FlagInput }[] {
    return this.reads.flagInputsOf(commentIds);
  }

  siteIdsOfComments(commentIds: number[]): number[] {
    return this.reads.siteIdsOfComments(commentIds);
  }

  // ---------------------------------------------------------------- user actions (user-actions.ts)

  recordActions(commentIds: number[], kind: StatusAction): number[] {
    return this.actions.recordActions(commentIds, kind);
  }

  recordReply(commentId: number, text: string): number {
    return this.actions.recordReply(commentId, text);
  }

  recordEdit(commentId: number, text: string): number {
    return this.actions.recordEdit(commentId, text);
  }

  undo(target?: number | readonly number[]): ReturnType<UserActions['undo']> {
    return this.actions.undo(target);
  }

  retryAction(actionId: number): void {
    this.actions.retryAction(actionId);
  }

  // ---------------------------------------------------------------- word lists (word-lists.ts) and re-scoring (rescore.ts)

  getWordLists(): Pick<WordLists, 'block' | 'allow'> {
    return this.wordLists.getWordLists();
  }

  addWords(list: 'block' | 'allow', words: string[]): Pick<WordLists, 'block' | 'allow'> {
    return this.wordLists.addWords(list, words);
  }

  removeWords(list: 'block' | 'allow', words: string[]): Pick<WordLists, 'block' | 'allow'> {
    return this.wordLists.removeWords(list, words);
  }

  reflagAll(): number {
    return this.rescore.reflagAll();
  }

  reflagForRules(rules: string): number {
    return this.rescore.reflagForRules(rules);
  }

  /**
   * Pending comments sharing text, e-mail, IP or an author domain with these, or whose text
   * `nearlySame` accepts: scored again after the owner's decision.
   */
  rescoreCampaign(siteId: number, commentIds: readonly number[], domains: readonly string[], sketches?: readonly (readonly number[])[]): number {
    return this.rescore.rescoreCampaign(siteId, commentIds, domains, sketches);
  }

  rescoreAuthors(siteId: number, emails: string[]): number {
    return this.rescore.rescoreAuthors(siteId, emails);
  }

  /**
   * What this database knows of the authors and texts of comments that are not stored (an
   * exported file judged against a site): each as a new pending comment of `siteId` would see it.
   */
  contextsForNew(siteId: number, inputs: readonly FlagInput[]): FlagContext[] {
    return this.shared.contexts.forNew(
      inputs.map((input) => {
        const host = hostOf(input.author_url ?? '');
        return {
          siteId,
          key: authorKey(input.author_email ?? '', input.author_name ?? ''),
          ip: input.author_ip ?? '',
          hash: textHash(input.content),
          host,
          domain: authorDomain(host),
          type: input.type ?? 'comment',
          status: 'pending',
        };
      }),
    );
  }

  // ---------------------------------------------------------------- learning spam filter (model-state.ts)

  getModelState(siteId: number): string | null {
    return this.modelState.getModelState(siteId);
  }

  saveModelState(siteId: number, json: string): void {
    this.modelState.saveModelState(siteId, json);
  }

  clearModel(siteId: number): void {
    this.modelState.clearModel(siteId);
  }

  markTrainingSeen(siteId: number, remoteIds: number[], label: 'spam' | 'ham'): void {
    this.modelState.markTrainingSeen(siteId, remoteIds, label);
  }

  isTrainingSeen(siteId: number, remoteId: number): 'spam' | 'ham' | null {
    return this.modelState.isTrainingSeen(siteId, remoteId);
  }

  trainingSeenAmong(siteId: number, remoteIds: number[]): Set<number> {
    return this.modelState.trainingSeenAmong(siteId, remoteIds);
  }

  /** Runs `work` in one transaction (nested calls become savepoints): several writes, one commit. */
  inTransaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  seenCount(siteId: number): { spam: number; ham: number } {
    return this.modelState.seenCount(siteId);
  }

  // ---------------------------------------------------------------- Unreplied: window, site users, posts' authors (site-threads.ts)

  /** The Unreplied view and count cover the approved comments of the last `days` days. */
  setUnrepliedDays(days: number): void {
    this.unrepliedDays = days;
  }

  approvedSyncState(siteId: number): ApprovedSyncState {
    return this.threads.approvedSyncState(siteId);
  }

  setApprovedSyncState(siteId: number, change: Partial<ApprovedSyncState>): void {
    this.threads.setApprovedSyncState(siteId, change);
  }

  setSiteStaff(siteId: number, userIds: readonly number[], at: string): void {
    this.threads.setSiteStaff(siteId, userIds, at);
  }

  siteStaff(siteId: number): number[] {
    return this.threads.siteStaff(siteId);
  }

  postsWithoutAuthor(siteId: number, since: string): number[] {
    return this.threads.postsWithoutAuthor(siteId, since);
  }

  setPostAuthors(siteId: number, posts: readonly RemotePost[], asked: readonly number[]): void {
    this.threads.setPostAuthors(siteId, posts, asked);
  }

  approvedRemoteIdsSince(siteId: number, since: string): number[] {
    return this.threads.approvedRemoteIdsSince(siteId, since);
  }

  /** After the user's decisions on these comments: their authors' "approved before" follows (approved-before.ts). */
  refreshApprovedBefore(commentIds: readonly number[]): number {
    return this.approvedBefore.refresh(commentIds);
  }

  // ---------------------------------------------------------------- saved replies (saved-replies.ts)

  listSavedReplies(): SavedReply[] {
    return this.savedReplies.listSavedReplies();
  }

  addSavedReply(name: string, body: string): SavedReply {
    return this.savedReplies.addSavedReply(name, body);
  }

  updateSavedReply(id: number, change: { name?: string; body?: string }): SavedReply {
    return this.savedReplies.updateSavedReply(id, change);
  }

  reorderSavedReplies(ids: readonly number[]): SavedReply[] {
    return this.savedReplies.reorderSavedReplies(ids);
  }

  deleteSavedReply(id: number): void {
    this.savedReplies.deleteSavedReply(id);
  }

  findSavedReply(name: string): SavedReply | null {
    return this.savedReplies.findSavedReply(name);
  }

  // ---------------------------------------------------------------- runs (sync-runs.ts)

  startRun(siteId: number): number {
    return this.runs.startRun(siteId);
  }

  finishRun(
    runId: number,
    counts: { newCount: number; changedCount: number; goneCount: number; pushedCount: number; failedCount: number },
    error: Problem | null,
  ): void {
    this.runs.finishRun(runId, counts, error);
  }

  lastRun(siteId: number): SyncRun | null {
    return this.runs.lastRun(siteId);
  }
}

export function openStore(options: StoreOptions): Store {
  return new Store(options);
}
