// Pull: brings the site's moderation queue into the local store (DESIGN.md, Sync). Lists ids
// cheaply, fetches only what is new in full, verifies by id whatever left moderation, and adds the
// context a moderator needs (posts, parent comments, the author's history on the site).
import type { RemoteComment, SyncStore } from './ports';
import { MAX_PER_PAGE, FIELDS_WITHOUT_LINK, type CommentQuery, type WordPressClient } from '../sources/wordpress-client';
import { chunk, mapBounded } from './bounded';
import { listAllPages, listUntilConsistent } from './listing';
import { PageWriter } from './page-writer';

export interface PullOptions {
  /** Parallel requests; WordPress on a small host copes with 2–4. Default 4. */
  concurrency?: number;
  /** Skip the cheap "did anything change?" check and list every page. */
  forceFullListing?: boolean;
  /** How many new authors get their site history fetched per pull (one request each). Default 50. */
  authorHistoryLimit?: number;
  onProgress?: (done: number, total: number | null) => void;
  signal?: AbortSignal;
}

export interface PullResult {
  newCount: number;
  changedCount: number;
  goneCount: number;
  /** Comments in moderation on the site at the end of the pull. */
  pendingOnSite: number;
  /** The whole queue was listed (false when the cheap check showed nothing to list). */
  fullListing: boolean;
  requests: number;
}

/** Moderation queue: every type (WordPress defaults to type=comment, hiding pingbacks), newest id first. */
const QUEUE: CommentQuery = { status: 'hold', type: 'all', orderby: 'id', order: 'desc', perPage: MAX_PER_PAGE };
const LISTING_ATTEMPTS = 4;
const PARENT_DEPTH = 8;

/** What the later steps (context, author history) need of each new comment: not its text. */
type Fresh = Pick<RemoteComment, 'post' | 'parent' | 'author_email' | 'date_gmt'>;

export async function pullSite(store: SyncStore, client: WordPressClient, siteId: number, options: PullOptions = {}): Promise<PullResult> {
  const concurrency = options.concurrency ?? 4;
  const signal = options.signal;
  const result: PullResult = { newCount: 0, changedCount: 0, goneCount: 0, pendingOnSite: 0, fullListing: false, requests: 0 };
  const fresh: Fresh[] = [];

  // Every fetched page goes through one writer, which stores about ten pages a transaction.
  const writer = new PageWriter<RemoteComment>((comments) => {
    const outcome = store.upsertComments(siteId, comments);
    const inserted = new Set(outcome.inserted);
    result.newCount += outcome.inserted.length;
    result.changedCount += outcome.updated.length;
    for (const c of comments) {
      if (inserted.has(c.id)) fresh.push({ post: c.post, parent: c.parent, author_email: c.author_email, date_gmt: c.date_gmt });
    }
  });

  // The count, not the ids: a re-sync whose cheap check finds only additions never reads the
  // whole local set (100,000 ids take longer than the request).
  const pendingCount = store.pendingCount(siteId);
  let local = new Set<number>();
  // Stored from a page that a later, shifted listing no longer shows: verified by id below.
  const seenWhileListing = new Set<number>();
  let onSite: Set<number> | null;

  const fetchInFull = async (ids: number[]): Promise<void> => {
    const batches = chunk(ids, MAX_PER_PAGE);
    let done = 0;
    await mapBounded(batches, concurrency, async (batch) => {
      writer.add(await client.getComments(batch, signal));
      options.onProgress?.(++done, batches.length);
    });
    writer.drain();
    result.requests += batches.length;
  };

  if (pendingCount === 0) {
    // First sync (or an empty queue): list full objects straight away, stored a batch of pages at a
    // time while the next pages are fetched — no separate id listing. A killed sync leaves the
    // batches it stored, and the next sync (no longer a first one) lists ids and fetches only the
    // rest. If the queue shifted meanwhile, the cheap id listing settles the set and only what the
    // pages missed is fetched.
    const listing = await listAllPages(
      (page) => client.listComments({ ...QUEUE, page, fields: FIELDS_WITHOUT_LINK }, signal),
      (c) => c.id,
      concurrency,
      (items, done, total) => {
        writer.add(items);
        for (const c of items) seenWhileListing.add(c.id);
        options.onProgress?.(done, total);
      },
    );
    writer.drain();
    result.requests += listing.requests;
    result.fullListing = true;
    onSite = listing.ids;
    if (!listing.consistent) {
      const ids = await listQueueIds(client, { count: 0, among: () => new Set() }, { ...options, forceFullListing: true }, concurrency);
      result.requests += ids.requests;
      onSite = ids.ids;
      await fetchInFull([...onSite].filter((id) => !seenWhileListing.has(id)));
    }
  } else {
    const ids = await listQueueIds(client, { count: pendingCount, among: (some) => store.pendingAmong(siteId, some) }, options, concurrency);
    result.requests += ids.requests;
    result.fullListing = ids.fullListing;
    if (ids.onlyAdded) {
      onSite = null;
      await fetchInFull(ids.onlyAdded);
    } else {
      local = store.pendingRemoteIds(siteId);
      onSite = ids.ids;
      const known = local;
      await fetchInFull([...onSite].filter((id) => !known.has(id)));
    }
  }
  result.pendingOnSite = onSite ? onSite.size : pendingCount + result.newCount;

  // Comments that left moderation on the site: their current state, or gone if the site has no such id.
  const listed = onSite;
  const left = listed ? [...new Set([...local, ...seenWhileListing])].filter((id) => !listed.has(id)) : [];
  const gone: number[] = [];
  await mapBounded(chunk(left, MAX_PER_PAGE), concurrency, async (batch) => {
    const current = await client.getComments(batch, signal);
    result.requests++;
    writer.add(current);
    const stillThere = new Set(current.map((c) => c.id));
    gone.push(...batch.filter((id) => !stillThere.has(id)));
  });
  writer.drain();
  if (gone.length) result.goneCount += store.removeGone(siteId, gone).length;

  result.requests += await fetchContext(store, client, siteId, fresh, concurrency, signal);
  result.requests += await fetchAuthorHistory(store, client, siteId, fresh, options.authorHistoryLimit ?? 50, concurrency, signal);
  return result;
}

/**
 * The ids in moderation on the site. A re-sync first reads page 1 (newest ids first): when its
 * X-WP-Total equals what is known plus the unknown ids on it, only additions happened and there
 * is no need to list every page — nor to read every known id: `onlyAdded` then holds the newcomers.
 */
async function listQueueIds(
  client: WordPressClient,
  known: { count: number; among: (ids: number[]) => Set<number> },
  options: PullOptions,
  concurrency: number,
): Promise<{ ids: Set<number>; onlyAdded: number[] | null; requests: number; fullListing: boolean }> {
  if (!options.forceFullListing) {
    const first = await client.listCommentIds({ ...QUEUE, page: 1 }, options.signal);
    const stored = known.among(first.items);
    const unknown = first.items.filter((id) => !stored.has(id));
    if (first.totalPages <= 1) {
      return { ids: new Set(first.items), onlyAdded: null, requests: 1, fullListing: true };
    }
    // Only additions: the newcomers fill the top of page 1 and nothing known went away.
    const onlyAdditions =
      unknown.length < first.items.length &&
      first.total === known.count + unknown.length &&
      first.items.slice(0, unknown.length).every((id) => !stored.has(id));
    if (onlyAdditions) {
      return { ids: new Set(first.items), onlyAdded: unknown, requests: 1, fullListing: false };
    }
  }
  const listing = await listUntilConsistent(
    () =>
      listAllPages(
        (page) => client.listCommentIds({ ...QUEUE, page }, options.signal),
        (id) => id,
        concurrency,
        (_items, done, total) => options.onProgress?.(done, total),
      ),
    LISTING_ATTEMPTS,
  );
  return {
    ids: listing.ids,
    onlyAdded: null,
    requests: listing.requests * listing.attempts + (options.forceFullListing ? 0 : 1),
    fullListing: true,
  };
}

/** Post titles and parent comments (up the thread) that the local store does not have yet. */
async function fetchContext(
  store: SyncStore,
  client: WordPressClient,
  siteId: number,
  fresh: Fresh[],
  concurrency: number,
  signal?: AbortSignal,
): Promise<number> {
  let requests = 0;
  const postIds = new Set<number>();
  let generation: Fresh[] = fresh;
  for (let depth = 0; depth < PARENT_DEPTH && generation.length > 0; depth++) {
    for (const c of generation) if (c.post > 0) postIds.add(c.post);
    const parents = [...new Set(generation.map((c) => c.parent).filter((p) => p > 0))];
    if (parents.length === 0) break;
    const stored = store.storedRemoteIds(siteId, parents);
    const missing = parents.filter((p) => !stored.has(p));
    const fetched: RemoteComment[] = [];
    await mapBounded(chunk(missing, MAX_PER_PAGE), concurrency, async (batch) => {
      fetched.push(...(await client.getComments(batch, signal)));
      requests++;
    });
    // One transaction per level of the threads, whatever the number of parents in it.
    if (fetched.length) store.upsertComments(siteId, fetched);
    generation = fetched;
  }
  const missingPosts = store.missingPostIds(siteId, [...postIds]);
  if (missingPosts.length) {
    const posts = await client.getPosts(missingPosts, signal);
    requests += Math.ceil(missingPosts.length / MAX_PER_PAGE);
    store.upsertPosts(siteId, posts);
  }
  return requests;
}

/**
 * Approved comments on the site by each new author's email. One request per email (X-WP-Total of a
 * one-item page) — unless the site has so few approved comments that listing all their emails takes
 * fewer requests, which is the common case for a small blog and a first sync with many new authors.
 */
async function fetchAuthorHistory(
  store: SyncStore,
  client: WordPressClient,
  siteId: number,
  fresh: Fresh[],
  limit: number,
  concurrency: number,
  signal?: AbortSignal,
): Promise<number> {
  if (limit <= 0) return 0;
  // Newest comments first, so the authors a moderator sees first get their history first.
  const newestFirst = [...fresh].sort((a, b) => b.date_gmt.localeCompare(a.date_gmt));
  const emails = [...new Set(newestFirst.map((c) => c.author_email.trim().toLowerCase()).filter((e) => e !== ''))];
  // New authors first, then those an earlier, capped (or killed) sync did not reach: every sync
  // resumes the work. Looking for those reads every pending comment, so it is done only while a
  // pending comment was written for an author without history since the last complete step.
  const progress = store.authorHistoryProgress(siteId);
  const resumed = progress.wanted > progress.done ? store.pendingAuthorsWithoutHistory(siteId, limit) : [];
  const unknown = [...new Set([...store.authorsWithoutSiteHistory(siteId, emails), ...resumed])];
  // The look stops at `limit`: fewer found means it found them all.
  const lookFoundAll = resumed.length < limit;
  if (unknown.length === 0) {
    if (lookFoundAll) store.setAuthorHistoryDone(siteId, progress.wanted);
    return 0;
  }

  const approved: CommentQuery = { status: 'approve', type: 'all', perPage: MAX_PER_PAGE, orderby: 'id', order: 'desc' };
  const first = await client.listAuthorEmails({ ...approved, page: 1 }, signal);
  let requests = 1;
  if (first.totalPages - 1 <= Math.min(unknown.length, limit)) {
    const counts = new Map<string, number>();
    const tally = (list: string[]): void => {
      for (const e of list) {
        const key = e.trim().toLowerCase();
        if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    };
    tally(first.items);
    const pages = Array.from({ length: Math.max(0, first.totalPages - 1) }, (_, i) => i + 2);
    await mapBounded(pages, concurrency, async (page) => tally((await client.listAuthorEmails({ ...approved, page }, signal)).items));
    requests += pages.length;
    // Every approved author's count is known now, so every author still without history gets one
    // (a first sync's thousands, and the rest of a look that stopped at `limit`), at once, with the
    // re-scoring that "approved before" brings, in one transaction.
    const everyone = lookFoundAll ? unknown : [...new Set([...unknown, ...store.pendingAuthorsWithoutHistory(siteId)])];
    store.recordAuthorHistory(siteId, new Map(everyone.map((email) => [email, counts.get(email) ?? 0])));
    store.setAuthorHistoryDone(siteId, progress.wanted);
    return requests;
  }
  const batch = unknown.slice(0, limit);
  const counted = await mapBounded(batch, concurrency, (email) => client.approvedCountByEmail(email, signal));
  store.recordAuthorHistory(siteId, new Map(batch.map((email, i) => [email, counted[i]!])));
  if (batch.length === unknown.length && lookFoundAll) store.setAuthorHistoryDone(siteId, progress.wanted);
  return requests + batch.length;
}
