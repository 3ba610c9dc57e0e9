// Listing every comment in moderation with page-number paging, which shifts when someone moderates
// on the site at the same time (an approved comment pulls the next page's first item back a page,
// a new one pushes items forward). A listing is trusted only when every page reported the same
// X-WP-Total and the union of the pages holds exactly that many ids; otherwise it is re-listed.
import type { Page } from '../sources/wordpress-client';
import { mapBounded } from './bounded';

export interface Listing {
  /** The ids seen; the items themselves go to onPage and are not kept (100,000 comments weigh ~200 MB). */
  ids: Set<number>;
  total: number;
  /** Every page agreed on the total and the union matches it. */
  consistent: boolean;
  requests: number;
}

export async function listAllPages<T>(
  fetchPage: (page: number) => Promise<Page<T>>,
  idOf: (item: T) => number,
  concurrency: number,
  onPage?: (items: T[], pagesDone: number, totalPages: number) => void,
): Promise<Listing> {
  const first = await fetchPage(1);
  const ids = new Set<number>();
  const totals = new Set<number>([first.total]);
  let pagesDone = 1;
  for (const item of first.items) ids.add(idOf(item));
  onPage?.(first.items, pagesDone, first.totalPages);
  const rest = Array.from({ length: Math.max(0, first.totalPages - 1) }, (_, i) => i + 2);
  await mapBounded(rest, concurrency, async (page) => {
    const result = await fetchPage(page);
    totals.add(result.total);
    for (const item of result.items) ids.add(idOf(item));
    pagesDone++;
    onPage?.(result.items, pagesDone, first.totalPages);
  });
  // An approval plus a new arrival between two page requests keeps the total and the union size
  // unchanged while the set is wrong; page 1 (newest first) shows the newcomer, so it is read again.
  let firstPageStable = true;
  if (rest.length > 0) {
    const again = await fetchPage(1);
    totals.add(again.total);
    const before = first.items.map(idOf).join(',');
    firstPageStable = again.items.map(idOf).join(',') === before;
  }
  return {
    ids,
    total: first.total,
    consistent: firstPageStable && totals.size === 1 && ids.size === first.total,
    requests: 1 + rest.length + (rest.length > 0 ? 1 : 0),
  };
}

/** Re-lists until a listing is consistent, at most `attempts` times; returns the last one either way. */
export async function listUntilConsistent(list: () => Promise<Listing>, attempts: number): Promise<Listing & { attempts: number }> {
  let listing = await list();
  let tries = 1;
  while (!listing.consistent && tries < attempts) {
    listing = await list();
    tries++;
  }
  return { ...listing, attempts: tries };
}
