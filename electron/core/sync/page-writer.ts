// Stores fetched pages in as few transactions as the arrivals allow. Pages that come back from the
// parallel requests are queued and written together once the event loop turns, so a page is being
// stored while the next requests are already on the wire, and pages that arrived together share
// one commit (each commit waits for the disk under synchronous = FULL).
export class PageWriter<T> {
  private queued: T[] = [];
  private scheduled = false;
  private failure: { error: unknown } | null = null;

  constructor(private readonly write: (items: T[]) => void) {}

  /** Queues a page; throws the error of an earlier failed write so the fetching stops. */
  add(items: readonly T[]): void {
    if (this.failure) throw this.failure.error;
    if (items.length === 0) return;
    this.queued.push(...items);
    if (!this.scheduled) {
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
