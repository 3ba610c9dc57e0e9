// The approved comments of the Unreplied window (the last N days), brought in beside the queue,
// compactly: `_fields` without the link, avatars and _links, ids only where ids suffice.
//
// WordPress 6.1 has no "modified after" for comments and no ordering by modification
// (wordpress-rest.md), so:
// - a usual sync asks only for approved comments dated after the newest one it saw (minus a
//   margin): new readers' comments and new replies, written on the site or anywhere else;
// - once a day (and on the first sync, or when the window grew) the window is listed in full, ids
//   only: unknown ids are fetched, and stored ones the listing lacks are read by id — a reply
//   trashed or unapproved on the site since, which makes its parent unreplied again;
// - comments approved later than their date went through the moderation queue, which pull.ts
//   follows by id when they leave it.
// It also reads who the site's users that answer readers are (once a day) and the authors of the
// posts the window's comments are on. What "answered" means is in store/queue-views.ts.
import type { RemoteComment, RemotePost, SyncStore } from './ports';
import { FIELDS_WITHOUT_LINK, MAX_PER_PAGE, type CommentQuery, type WordPressClient } from '../sources/wordpress-client';
import { chunk, mapBounded } from './bounded';
import { listAllPages, listUntilConsistent } from './listing';

export interface ApprovedSyncState {
  newestDate: string | null;
  fullSince: string | null;
  fullAt: string | null;
  staffAt: string | null;
}

/** What this module needs from the store beyond the pull's port (store/site-threads.ts). */
export interface ApprovedStore extends Pick<SyncStore, 'upsertComments' | 'removeGone'> {
  approvedSyncState(siteId: number): ApprovedSyncState;
  setApprovedSyncState(siteId: number, change: Partial<ApprovedSyncState>): void;
  setSiteStaff(siteId: number, userIds: readonly number[], at: string): void;
  postsWithoutAuthor(siteId: number, since: string): number[];
  setPostAuthors(siteId: number, posts: readonly RemotePost[], asked: readonly number[]): void;
  approvedRemoteIdsSince(siteId: number, since: string): number[];
  localIdsOf(siteId: number, remoteIds: number[]): (number | null)[];
  /** Their authors' other comments learn that they were approved before (store/approved-before.ts). */
  refreshApprovedBefore(commentIds: readonly number[]): number;
}

export interface ApprovedPullOptions {
  /** The Unreplied window, in days (the user's setting). */
  days: number;
  now?: Date;
  concurrency?: number;
  signal?: AbortSignal;
}

export interface ApprovedPullResult {
  /** Approved comments stored for the first time, or whose stored copy changed. */
  newCount: number;
  changedCount: number;
  goneCount: number;
  /** The window was listed in full (first sync, daily check, window grown). */
  fullListing: boolean;
  requests: number;
}

const DAY_MS = 86_400_000;
/** Dates are the site's; a comment stored in the same second as the newest one seen must not slip by. */
const MARGIN_MS = 3_600_000;
const LISTING_ATTEMPTS = 3;

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export async function pullApproved(
  store: ApprovedStore,
  client: WordPressClient,
  siteId: number,
  options: ApprovedPullOptions,
): Promise<ApprovedPullResult> {
  const now = (options.now ?? new Date()).getTime();
  const concurrency = options.concurrency ?? 4;
  const signal = options.signal;
  const since = iso(now - options.days * DAY_MS);
  const state = store.approvedSyncState(siteId);
  const result: ApprovedPullResult = { newCount: 0, changedCount: 0, goneCount: 0, fullListing: false, requests: 0 };
  let newest = state.newestDate;
  const stored: number[] = [];

  const save = (comments: RemoteComment[]): void => {
    if (comments.length === 0) return;
    const outcome = store.upsertComments(siteId, comments);
    result.newCount += outcome.inserted.length;
    result.changedCount += outcome.updated.length;
    stored.push(...outcome.inserted, ...outcome.updated);
    for (const c of comments) if (c.status === 'approved' && (newest === null || c.date_gmt > newest)) newest = c.date_gmt;
  };
  const approved: CommentQuery = { status: 'approve', type: 'all', perPage: MAX_PER_PAGE, orderby: 'id', order: 'desc', after: since };
  const byIds = async (ids: number[]): Promise<RemoteComment[]> => {
    result.requests++;
    const page = await client.listComments(
      { include: ids, status: 'any', type: 'all', perPage: MAX_PER_PAGE, orderby: 'include', fields: FIELDS_WITHOUT_LINK },
      signal,
    );
    return page.items;
  };

  // Who answers readers: the account Moderato uses, and every user who may moderate (when this
  // account may list users). Read once a day (users and roles change rarely), beside the listing.
  const staff =
    state.staffAt === null || now - Date.parse(state.staffAt) >= DAY_MS
      ? Promise.all([client.checkCredentials(signal), client.listModeratorIds(signal)]).then(([me, moderators]) => {
          result.requests += 2;
          store.setSiteStaff(siteId, [me.id, ...(moderators ?? [])], iso(now));
        })
      : Promise.resolve();
  // Settled before anything else can fail, so a failure here never leaves it unobserved.
  const staffDone = staff.then(
    () => null,
    (err: unknown) => err,
  );

  const full =
    state.fullAt === null || state.fullSince === null || since < state.fullSince || now - Date.parse(state.fullAt) >= DAY_MS;
  if (full) {
    result.fullListing = true;
    let onSite = new Set<number>();
    const listing = await listUntilConsistent(() => {
      onSite = new Set<number>(); // each attempt lists afresh
      return listAllPages(
        (page) => client.listCommentIds({ ...approved, page }, signal),
        (id) => id,
        concurrency,
        (ids) => ids.forEach((id) => onSite.add(id)),
      );
    }, LISTING_ATTEMPTS);
    result.requests += listing.requests * listing.attempts;
    const known = new Set(store.approvedRemoteIdsSince(siteId, since));
    const unknown = [...onSite].filter((id) => !known.has(id));
    await mapBounded(chunk(unknown, MAX_PER_PAGE), concurrency, async (batch) => save(await byIds(batch)));
    // Stored as approved, yet no longer listed: unapproved, trashed or deleted on the site since.
    const left = [...known].filter((id) => !onSite.has(id));
    await mapBounded(chunk(left, MAX_PER_PAGE), concurrency, async (batch) => {
      const current = await byIds(batch);
      save(current);
      const still = new Set(current.map((c) => c.id));
      const gone = batch.filter((id) => !still.has(id));
      if (gone.length > 0) result.goneCount += store.removeGone(siteId, gone).length;
    });
    // Only a listing that held together may stand as "the window was checked".
    if (listing.consistent) store.setApprovedSyncState(siteId, { fullSince: since, fullAt: iso(now) });
  } else {
    const after = newest !== null && newest > since ? iso(Date.parse(newest) - MARGIN_MS) : since;
    const listing = await listAllPages(
      (page) => client.listComments({ ...approved, after, page, fields: FIELDS_WITHOUT_LINK }, signal),
      (c) => c.id,
      concurrency,
      (items) => save(items),
    );
    result.requests += listing.requests;
  }
  store.setApprovedSyncState(siteId, { newestDate: newest });
  // An approved comment newly known here makes its author's pending ones "approved before" (Likely fine).
  if (stored.length > 0) {
    store.refreshApprovedBefore(store.localIdsOf(siteId, stored).filter((id): id is number => id !== null));
  }
  const staffError = await staffDone;
  if (staffError !== null) throw staffError;

  // The posts' authors: the post's author answering counts as the site answering.
  const posts = store.postsWithoutAuthor(siteId, since);
  if (posts.length > 0) {
    const found = await client.getPosts(posts, signal);
    result.requests += Math.ceil(posts.length / MAX_PER_PAGE);
    store.setPostAuthors(siteId, found, posts);
  }
  return result;
}
