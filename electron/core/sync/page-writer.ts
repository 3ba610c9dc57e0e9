// Stores fetched pages in as few transactions as the work allows. Pages that come back from the
// parallel requests are queued and written together once about ten pages' worth (BATCH) waits, on
// the next turn of the event loop, so a batch is being stored while the next requests are already
// on the wire; drain() writes whatever is left. Why batches rather than a commit per page: the
// database has 16 KiB pages and indexes on random keys (text hash, author), so every commit rewrites
// most of their leaves into the WAL whatever its size — a 10,000-comment first sync wrote 81 MB a
// page at a time and 25 MB ten pages at a time, with a third less CPU for storing (measured). A
// killed sync loses at most one batch of fetched comments, which the next sync fetches again.

/** Comments per write: ten pages of 100 (the REST API's maximum per page). */
export const BATCH = 1_000;

export class PageWriter<T> {
  private queued: T[] = [];
  private scheduled = false;
  private failure: { error: unknown } | null = null;

  constructor(
    private readonly write: (items: T[]) => void,
    private readonly batch = BATCH,
  ) {}

  /** Queues a page; throws the error of an earlier failed write so the fetching stops. */
  add(items: readonly T[]): void {
    if (this.failure) throw this.failure.error;
    if (items.length === 0) return;
    this.queued.push(...items);
    if (this.queued.length >= this.batch && !this.scheduled) {
      this.scheduled = true;
      setImmediate(this.flushQueued);
    }
  }

  /** Writes whatever is still queued; throws if any write failed. */
  drain(): void {
    this.flushQueued();
    if (this.failure) throw this.failure.error;
  }

  private readonly flushQueued = (): void => {
    this.scheduled = false;
    if (this.queued.length === 0 || this.failure) return;
    const batch = this.queued;
    this.queued = [];
    try {
      this.write(batch);
    } catch (error) {
      this.failure = { error };
    }
  };
}
