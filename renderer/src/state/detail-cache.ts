// The comment details the renderer holds around the selection, so that j/k and a
// decision show the next comment from memory. Bounded: a long session walks
// thousands of comments, and only the ones near the selection are worth keeping.
import type { CommentDetail } from '../../../shared/types';

export const CACHE_LIMIT = 300;
/** How far around the selection details are kept loaded (behind, ahead). */
export const WINDOW_BEHIND = 3;
export const WINDOW_AHEAD = 10;
/** Fetch more once fewer than this many comments ahead are loaded: one request every few keys, not one per key. */
export const REFILL_BELOW = 5;

export interface DetailCache {
  /** Insertion order is use order: the oldest entries are dropped first. */
  readonly entries: ReadonlyMap<number, CommentDetail>;
  /** Ids whose site changed since they were fetched: still shown, fetched again when near the selection. */
  readonly stale: ReadonlySet<number>;
}

export const emptyCache: DetailCache = { entries: new Map(), stale: new Set() };

export function putDetails(cache: DetailCache, details: readonly CommentDetail[], keep: ReadonlySet<number>): DetailCache {
  if (details.length === 0) return cache;
  const entries = new Map(cache.entries);
  const stale = new Set(cache.stale);
  for (const detail of details) {
    entries.delete(detail.id);
    entries.set(detail.id, detail);
    stale.delete(detail.id);
  }
  // Drop the least recently stored, never one the screen needs now.
  for (const id of entries.keys()) {
    if (entries.size <= CACHE_LIMIT) break;
    if (keep.has(id)) continue;
    entries.delete(id);
    stale.delete(id);
  }
  return { entries, stale };
}

export function dropDetails(cache: DetailCache, ids: Iterable<number>): DetailCache {
  const entries = new Map(cache.entries);
  const stale = new Set(cache.stale);
  for (const id of ids) {
    entries.delete(id);
    stale.delete(id);
  }
  return { entries, stale };
}

/** After a queue-changed event: every stored detail of those sites is out of date (author history, thread). */
export function markSitesStale(cache: DetailCache, siteIds: readonly number[]): DetailCache {
  const sites = new Set(siteIds);
  const stale = new Set(cache.stale);
  for (const detail of cache.entries.values()) if (sites.has(detail.siteId)) stale.add(detail.id);
  return stale.size === cache.stale.size ? cache : { entries: cache.entries, stale };
}

/**
 * After the user's own change to `changed`: those comments are out of date, and so is every
 * stored comment whose author history or thread shows one of them (same author, parent, reply).
 */
export function markCommentsStale(cache: DetailCache, changed: readonly number[]): DetailCache {
  const ids = new Set(changed);
  const emails = new Set<string>();
  for (const id of changed) {
    const email = cache.entries.get(id)?.authorEmail;
    if (email) emails.add(email);
  }
  const stale = new Set(cache.stale);
  for (const detail of cache.entries.values()) {
    if (
      ids.has(detail.id) ||
      (detail.authorEmail !== '' && emails.has(detail.authorEmail)) ||
      detail.parents.some((p) => ids.has(p.id)) ||
      detail.replies.some((r) => ids.has(r.id))
    ) {
      stale.add(detail.id);
    }
  }
  return { entries: cache.entries, stale };
}

/** The ids around position `index` of the list, nearest first (the next ones before the previous ones). */
export function windowIds(ids: readonly number[], index: number): number[] {
  const out: number[] = [];
  const at = Math.max(0, index);
  for (let i = at; i <= Math.min(ids.length - 1, at + WINDOW_AHEAD); i++) out.push(ids[i]!);
  for (let i = at - 1; i >= Math.max(0, at - WINDOW_BEHIND); i--) out.push(ids[i]!);
  return out;
}

/**
 * What to fetch for the window around `index`: nothing while enough is loaded ahead;
 * otherwise every missing or stale id of the window, the selected one first.
 */
export function idsToFetch(cache: DetailCache, ids: readonly number[], index: number): number[] {
  const around = windowIds(ids, index);
  const needed = (id: number) => !cache.entries.has(id) || cache.stale.has(id);
  const selected = around[0];
  if (selected !== undefined && needed(selected)) return around.filter(needed);
  let loadedAhead = 0;
  for (let i = index; i < Math.min(ids.length, index + WINDOW_AHEAD + 1); i++) {
    if (!needed(ids[i]!)) loadedAhead++;
    else break;
  }
  const aheadAvailable = Math.min(ids.length - Math.max(0, index), WINDOW_AHEAD + 1);
  if (loadedAhead >= Math.min(REFILL_BELOW, aheadAvailable)) {
    // Enough ahead; still pick up a missing comment just behind (k after a jump).
    const behind = around.slice(1 + Math.min(WINDOW_AHEAD, ids.length - 1 - index)).filter((id) => !cache.entries.has(id));
    return behind;
  }
  return around.filter(needed);
}

/**
 * After a decision, while its refresh has not come back: the comments of the window around
 * `index` that are not in memory at all, once fewer than REFILL_BELOW of the ones ahead are.
 * Stale entries count as loaded (they still show at once). Normally the refresh after each
 * decision keeps the window full and this is empty; when decisions answer slowly (the core is
 * busy with a sync) refreshes wait for them, and this keeps the next comments coming.
 */
export function idsMissingAhead(cache: DetailCache, ids: readonly number[], index: number): number[] {
  const at = Math.max(0, index);
  const end = Math.min(ids.length, at + WINDOW_AHEAD + 1);
  let loadedAhead = 0;
  for (let i = at; i < end && cache.entries.has(ids[i]!); i++) loadedAhead++;
  if (loadedAhead >= Math.min(REFILL_BELOW, end - at)) return [];
  return windowIds(ids, index).filter((id) => !cache.entries.has(id));
}
