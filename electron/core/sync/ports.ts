// What the sync needs from the local store, and nothing more. The store
// (electron/core/store) implements this interface; the sync never touches SQL.
import type { ActionKind, CommentStatus, CommentType, Problem, Site } from '../../../shared/types';

/** A comment as read from a WordPress site, normalised (hold → pending, dates in UTC ISO with Z). */
export interface RemoteComment {
  id: number;
  post: number;
  parent: number;
  /** WordPress user id of the author, 0 for visitors. */
  author: number;
  author_name: string;
  author_email: string;
  author_url: string;
  author_ip: string;
  author_user_agent: string;
  /** ISO 8601 UTC, e.g. 2011-03-19T09:05:17Z */
  date_gmt: string;
  content_raw: string;
  content_rendered: string;
  status: CommentStatus;
  type: CommentType;
  link: string;
}

export interface RemotePost {
  id: number;
  title: string; // entities decoded
  link: string;
  /** The post's author (WordPress user id), when the site says. */
  author?: number;
}

export interface UpsertResult {
  /** Remote ids newly stored. */
  inserted: number[];
  /** Remote ids whose stored copy changed. */
  updated: number[];
  /** Remote ids left alone because they carry an unsent local action. */
  protected: number[];
}

/** One outbox row handed to the pusher. */
export interface PendingAction {
  id: number;
  clientId: string;
  siteId: number;
  commentId: number;
  /** The comment's id on the site; for a reply this is the parent. */
  remoteId: number;
  postId: number;
  kind: ActionKind;
  /** reply/edit: { text }; reply also { createdRemoteId } once known. */
  payload: Record<string, unknown>;
  attempts: number;
  /** Stored originals sent with every update so WordPress does not overwrite them (wordpress-rest.md). */
  authorIp: string;
  authorUserAgent: string;
}

export interface SyncStore {
  getSite(siteId: number): Site | undefined;
  listSites(): Site[];
  setSitePaused(siteId: number, reason: string | Pick<Problem, 'message' | 'code' | 'params'> | null): void;
  setSiteSynced(siteId: number, at: string): void;
  /** The locale the site's WordPress states; '' when not readable; null when never asked. */
  siteLocale(siteId: number): string | null;
  /** Records it ('' when not readable); re-flags the site's stored comments when it changed. Returns how many changed. */
  setSiteLocale(siteId: number, locale: string): number;

  // ---- pull ----
  /** Remote ids stored for this site whose last known server status is pending. */
  pendingRemoteIds(siteId: number): Set<number>;
  /** How many of them there are (without reading them). */
  pendingCount(siteId: number): number;
  /** Of these remote ids, the ones stored with pending as their last known server status. */
  pendingAmong(siteId: number, remoteIds: number[]): Set<number>;
  /** Of these remote ids, the ones already stored (any status). */
  storedRemoteIds(siteId: number, remoteIds: number[]): Set<number>;
  /** One transaction; never overwrites a comment with an unsent action; computes flags. */
  upsertComments(siteId: number, comments: RemoteComment[]): UpsertResult;
  upsertPosts(siteId: number, posts: RemotePost[]): void;
  /** Of these post ids, the ones with no stored title. */
  missingPostIds(siteId: number, postIds: number[]): number[];
  /** Removes comments deleted on the site, except those with an unsent action. Returns the removed remote ids. */
  removeGone(siteId: number, remoteIds: number[]): number[];
  /** Author emails on this site whose site-side history was never fetched. */
  authorsWithoutSiteHistory(siteId: number, emails: string[]): string[];
  /** Authors of stored pending comments still without site history (a capped earlier sync left them); all of them without a limit. */
  pendingAuthorsWithoutHistory(siteId: number, limit?: number): string[];
  /**
   * Pending comments written for authors without history (wanted, a running count) and the count
   * a finished author-history step covered (done): pendingAuthorsWithoutHistory is needed only
   * while wanted > done.
   */
  authorHistoryProgress(siteId: number): { wanted: number; done: number };
  /** Every author counted up to `wanted` has a history now. */
  setAuthorHistoryDone(siteId: number, wanted: number): void;
  /**
   * Stores each author's approved-comment count on the site and re-scores the site's comments by
   * the authors it changes, all in one transaction. Returns how many comments changed verdict.
   */
  recordAuthorHistory(siteId: number, approvedByEmail: ReadonlyMap<string, number>): number;

  // ---- push ----
  /** Crash recovery: rows left "sending" by a killed process go back to queued (they are safe to resend). */
  requeueInterrupted(): number;
  /**
   * Marks as sending and returns up to `limit` actions ready at `now`: for each comment only its oldest
   * unsent action, so order per comment is kept. Sites paused are skipped.
   */
  claimActions(siteId: number, now: Date, limit: number): PendingAction[];
  /** The action reached the site. `comment` is the server's answer, stored as the new server state. */
  completeAction(actionId: number, comment: RemoteComment | null, extra?: Record<string, unknown>): void;
  /** Remember progress inside a multi-step action (e.g. the reply's remote id) before the next step. */
  updateActionPayload(actionId: number, payload: Record<string, unknown>): void;
  /** Transient failure: back to queued, tried again at `retryAt`. */
  retryActionLater(actionId: number, error: Problem, retryAt: Date): void;
  /** Permanent failure: stays visible with its reason until the user retries or undoes it. */
  failAction(actionId: number, error: string | Pick<Problem, 'message' | 'code' | 'params'>): void;
  /** The comment is gone on the site: action obsolete, comment removed locally. */
  obsoleteAction(actionId: number, reason: string): void;
  /** Count of actions still to push for a site (queued or sending). */
  unsentCount(siteId: number): number;

  // ---- runs ----
  startRun(siteId: number): number;
  finishRun(
    runId: number,
    counts: { newCount: number; changedCount: number; goneCount: number; pushedCount: number; failedCount: number },
    error: Problem | null,
  ): void;
}
