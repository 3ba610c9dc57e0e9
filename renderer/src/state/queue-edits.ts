// Pure helpers for the optimistic queue: what a decision does to the list, the
// selection and the counts before the core has answered, and how to undo it.
import type { CommentSummary, Counts, FilterCounts, QueueFilter, StatusAction } from '../../../shared/types';

/** Where a comment ends up after an action; null when it leaves every list (deleted). */
export const RESULT_STATUS: Record<StatusAction, QueueFilter['status'] | null> = {
  approve: 'approved',
  unapprove: 'pending',
  spam: 'spam',
  unspam: 'pending',
  trash: 'trash',
  restore: 'pending',
  delete: null,
};

/** Whether comments acted on with `kind` leave the list shown under `filter`. */
export function leavesView(kind: StatusAction, filter: QueueFilter): boolean {
  const target = RESULT_STATUS[kind];
  if (filter.unsent || filter.failed) return target === null;
  return filter.status !== 'all' ? target !== filter.status : target === null;
}

/** The comment to select after `acted` leave the list: the next one that stays, else the previous one (as WordPress does). */
export function nextSelection(items: readonly CommentSummary[], current: number | null, acted: ReadonlySet<number>): number | null {
  if (current === null || !acted.has(current)) return current;
  const at = items.findIndex((c) => c.id === current);
  for (let i = at + 1; i < items.length; i++) if (!acted.has(items[i]!.id)) return items[i]!.id;
  for (let i = at - 1; i >= 0; i--) if (!acted.has(items[i]!.id)) return items[i]!.id;
  return null;
}

/** Removed rows with the position each had, so a refused decision can put them back where they were. */
export interface Removed {
  index: number;
  comment: CommentSummary;
}

export function removeRows(items: readonly CommentSummary[], ids: ReadonlySet<number>): { items: CommentSummary[]; removed: Removed[] } {
  const kept: CommentSummary[] = [];
  const removed: Removed[] = [];
  items.forEach((comment, index) => {
    if (ids.has(comment.id)) removed.push({ index, comment });
    else kept.push(comment);
  });
  return { items: kept, removed };
}

/** Puts rows back at their old positions (rows already back, e.g. by a refresh, are not doubled). */
export function restoreRows(items: readonly CommentSummary[], removed: readonly Removed[]): CommentSummary[] {
  const present = new Set(items.map((c) => c.id));
  const out = [...items];
  for (const { index, comment } of [...removed].sort((a, b) => a.index - b.index)) {
    if (present.has(comment.id)) continue;
    out.splice(Math.min(index, out.length), 0, comment);
  }
  return out;
}

/** The sidebar counts after moving these comments to the action's status (the next refresh has the truth). */
export function moveCounts(counts: Counts | null, comments: readonly CommentSummary[], kind: StatusAction): Counts | null {
  if (!counts) return counts;
  const target = RESULT_STATUS[kind];
  const total: FilterCounts = { ...counts.total };
  const bySite: Record<number, FilterCounts> = { ...counts.bySite };
  for (const c of comments) {
    if (c.localStatus === target) continue;
    const site = bySite[c.siteId] ? { ...bySite[c.siteId]! } : undefined;
    for (const scope of site ? [total, site] : [total]) {
      scope[c.localStatus] = Math.max(0, scope[c.localStatus] - 1);
      if (target) scope[target === 'all' ? 'all' : target] += 1;
      else scope.all = Math.max(0, scope.all - 1);
      if (c.localStatus === 'pending' && c.flagCount > 0) scope.flagged = Math.max(0, scope.flagged - 1);
    }
    if (site) bySite[c.siteId] = site;
  }
  return { total, bySite };
}

/** A stable key for a filter, to tell a page's answer to an older filter from the current one. */
export function filterKey(filter: QueueFilter): string {
  return JSON.stringify(filter, Object.keys(filter).sort());
}

/**
 * A page that arrived again after a refresh, reusing the rows that did not change: the list's
 * rows are memoised on their comment, so an unchanged row is not rendered again.
 */
export function reuseUnchanged(old: readonly CommentSummary[], fresh: readonly CommentSummary[]): CommentSummary[] {
  if (old.length === 0) return [...fresh];
  const byId = new Map(old.map((c) => [c.id, c]));
  return fresh.map((c) => {
    const before = byId.get(c.id);
    return before && sameSummary(before, c) ? before : c;
  });
}

function sameSummary(a: CommentSummary, b: CommentSummary): boolean {
  for (const key of Object.keys(b) as (keyof CommentSummary)[]) if (a[key] !== b[key]) return false;
  return Object.keys(a).length === Object.keys(b).length;
}

/**
 * The list after a refresh that brought back only its first rows: the refreshed rows, then the
 * rows loaded earlier below the last refreshed one (they come back refreshed as the user nears them).
 */
export function mergeRefreshed(
  old: { items: readonly CommentSummary[]; next: string | null },
  fresh: { items: readonly CommentSummary[]; next: string | null },
): { items: CommentSummary[]; next: string | null } {
  const last = fresh.items[fresh.items.length - 1];
  const at = last === undefined || fresh.next === null ? -1 : old.items.findIndex((c) => c.id === last.id);
  if (at < 0 || at === old.items.length - 1) return { items: [...fresh.items], next: fresh.next };
  const seen = new Set(fresh.items.map((c) => c.id));
  return { items: fresh.items.concat(old.items.slice(at + 1).filter((c) => !seen.has(c.id))), next: old.next };
}

/** The views that are questions rather than statuses (Unreplied, Likely fine), as their count's key. */
export type QuestionView = 'unreplied' | 'likelyFine';

export function questionViewOf(filter: QueueFilter): QuestionView | null {
  return filter.unreplied ? 'unreplied' : filter.likelyFine ? 'likelyFine' : null;
}

/**
 * The counts after `comments` left a question view (approved from Likely fine, answered from
 * Unreplied…): its count drops at once; the next refresh has the truth.
 */
export function leaveQuestionView(counts: Counts | null, comments: readonly CommentSummary[], view: QuestionView): Counts | null {
  if (!counts || comments.length === 0) return counts;
  const total: FilterCounts = { ...counts.total, [view]: Math.max(0, counts.total[view] - comments.length) };
  const bySite: Record<number, FilterCounts> = { ...counts.bySite };
  for (const c of comments) {
    const site = bySite[c.siteId];
    if (site) bySite[c.siteId] = { ...site, [view]: Math.max(0, site[view] - 1) };
  }
  return { total, bySite };
}

/** The counts once every comment of the Likely fine view (one site's, or every site's) is approved. */
export function approveLikelyFine(counts: Counts | null, siteId: number | undefined): Counts | null {
  if (!counts) return counts;
  const approve = (c: FilterCounts, n: number): FilterCounts => ({
    ...c,
    pending: Math.max(0, c.pending - n),
    approved: c.approved + n,
    likelyFine: Math.max(0, c.likelyFine - n),
  });
  const bySite: Record<number, FilterCounts> = { ...counts.bySite };
  let moved = 0;
  for (const [id, site] of Object.entries(counts.bySite)) {
    if (siteId !== undefined && Number(id) !== siteId) continue;
    moved += site.likelyFine;
    bySite[Number(id)] = approve(site, site.likelyFine);
  }
  return { total: approve(counts.total, siteId === undefined ? counts.total.likelyFine : moved), bySite };
}
