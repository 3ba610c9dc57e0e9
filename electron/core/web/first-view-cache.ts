// The first view the page carries (page.ts), kept from one page load to the next while the
// database is unchanged. At 100,000 comments the core takes 25-40 ms to make it (the counts,
// the first page, a dozen comments in full), and the first one after the host starts took
// 250-550 ms here (SQLite's cache cold; measured on a busy machine). Made once when the host
// starts, it is ready for every load — the first one included — until a change; a load after a
// change asks the core again, as before.
//
// A change is known two ways: the core's own writes come with an event (a decision or a sync
// writes, then reports queue-changed, sync-progress or sync-finished), and any other process
// writing the same database (the CLI's `moderato sync`) changes its files: every commit appends
// to the write-ahead log, every checkpoint rewrites the database file.
import { statSync } from 'node:fs';
import type { Result } from '../../../shared/errors';
import type { EventBus } from '../events';

export interface FirstViewCache {
  /** The kept view, or a new one from the core when something changed since. */
  get(): Promise<Result<unknown>>;
  /** Stops listening to the core's events. */
  close(): void;
}

/** Size and modification time of each file, so any write to them reads as a change. */
export function filesStamp(paths: readonly string[]): string {
  return paths
    .map((path) => {
      const stat = statSync(path, { throwIfNoEntry: false, bigint: true });
      return stat ? `${stat.size}:${stat.mtimeNs}` : '-';
    })
    .join(' ');
}

export function firstViewCache(make: () => Promise<Result<unknown>>, events: EventBus, databaseFiles: readonly string[] = []): FirstViewCache {
  let kept: { view: Promise<Result<unknown>>; stamp: string } | null = null;
  const unsubscribe = events.on(() => {
    // Also a view still being made: it may have been read before this change.
    kept = null;
  });

  function get(): Promise<Result<unknown>> {
    // Taken before the view is made: a write while it is made leaves the next load a newer stamp.
    const stamp = filesStamp(databaseFiles);
    if (kept && kept.stamp === stamp) return kept.view;
    const mine = { view: make(), stamp };
    kept = mine;
    // A refusal is not kept: the next load asks again.
    const forget = () => {
      if (kept === mine) kept = null;
    };
    mine.view.then((result) => (result.ok ? undefined : forget()), forget);
    return mine.view;
  }

  return { get, close: unsubscribe };
}
