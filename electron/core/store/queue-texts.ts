// Nearly the same text from several authors in the queue: a campaign posts one message under many
// names with a few words changed each time ("{Hello|Hi} there! This {post|article} could not be
// written any better…"), which the text hash cannot tie together. Each site keeps its newest
// pending comments' word sketches (shared/flags/near-text.ts) in memory, read from the database
// the first time they are needed, and found again through their anchors. The window may hold
// comments decided or removed since: what it finds is checked against the database, so it
// never has to follow every status change.
import { NearTexts } from '../../../shared/flags/near-text';
import type { ContextItem } from './flag-context';
import type { Db } from './open-database';

/** The newest pending comments of a site compared for nearly the same text. */
const NEAR_WINDOW = 2000;

/**
 * Other authors alike past which a stored copy is not scored again when more arrive: no
 * campaign weight grows beyond five (shared/flags/signals.ts), only the count in its reason,
 * brought up to date by the next re-flag. Without it a campaign of thousands of copies would
 * score its earlier copies again on every page a sync reads.
 */
const ALIKE_ENOUGH = 5;

/** A text's word sketch, from the flag engine's reading of it; null for a text of too few words. */
export type TextSketcher = (content: string) => number[] | null;

export interface SimilarAuthors {
  /** Per item, the other authors with a pending comment of nearly the same text, not the same. */
  counts: number[];
  /**
   * Stored comments, outside the items, found alike by an item: they may now have one more
   * author alike (those that already had ALIKE_ENOUGH left out).
   */
  alike: number[];
}

type Candidate = { key: string; hash: number };

export class QueueTexts {
  private readonly windows = new Map<number, NearTexts>();
  /** Stored comments' counts of other authors alike when last scored (see ALIKE_ENOUGH). */
  private readonly known = new Map<number, number>();
  private sketcher: TextSketcher | null = null;
  private readonly newestPending;
  private readonly pendingAmong;

  constructor(db: Db) {
    this.newestPending = db
      .prepare(`SELECT id, content_raw FROM comments WHERE site_id = ? AND local_status = 'pending' AND type = 'comment' ORDER BY id DESC LIMIT ${NEAR_WINDOW}`)
      .raw();
    this.pendingAmong = db
      .prepare(`SELECT id, author_key, text_hash FROM comments WHERE local_status = 'pending' AND type = 'comment' AND id IN (SELECT value FROM json_each(?))`)
      .raw();
  }

  /** Without a sketcher (a scorer that reads no words) nothing is compared. */
  setSketcher(sketcher: TextSketcher | null): void {
    this.sketcher = sketcher;
    this.windows.clear();
    this.known.clear();
  }

  sketch(content: string): number[] | null {
    return this.sketcher ? this.sketcher(content) : null;
  }

  /**
   * Other authors alike for each item. `sketches[i]` is the sketch of item i's text when the
   * caller has just read it (a comment arriving or edited); otherwise a stored comment's is
   * taken from its site's window (none: not among the newest, nothing compared).
   */
  similarAuthors(items: readonly ContextItem[], sketches?: readonly (number[] | null)[]): SimilarAuthors {
    const counts = new Array<number>(items.length).fill(0);
    if (!this.sketcher) return { counts, alike: [] };
    // The items' own texts, found by their index (-1 - i): a campaign's copies often arrive together.
    const batch = new NearTexts(Number.MAX_SAFE_INTEGER, 1);
    const batchIds = new Set<number>();
    const sketchOf: (readonly number[] | null)[] = items.map(({ now }, i) => {
      if (now.id !== undefined) batchIds.add(now.id);
      if (now.status !== 'pending' || now.type !== 'comment') return null;
      const sketch = sketches ? (sketches[i] ?? null) : now.id !== undefined ? (this.window(now.siteId).sketchOf(now.id) ?? null) : null;
      if (sketch && sketches) batch.add(-1 - i, sketch, 0, 1);
      return sketch;
    });
    const storedFound: number[][] = [];
    const wanted = new Set<number>();
    items.forEach(({ now }, i) => {
      const sketch = sketchOf[i];
      if (!sketch) return;
      // Stored comments that are items of this batch count as their new versions, below.
      const stored = this.window(now.siteId)
        .similarKeys(now.id ?? 0, sketch)
        .filter((id) => !(sketches && batchIds.has(id)));
      storedFound[i] = stored;
      for (const id of stored) wanted.add(id);
    });
    const pending = new Map<number, Candidate>();
    if (wanted.size > 0) {
      for (const [id, key, hash] of this.pendingAmong.all(JSON.stringify([...wanted])) as [number, string, number][]) pending.set(id, { key, hash });
    }
    const alike = new Set<number>();
    items.forEach(({ now }, i) => {
      const sketch = sketchOf[i];
      if (!sketch) return;
      const authors = new Set<string>();
      const other = (c: Candidate): boolean => c.key !== now.key && c.hash !== now.hash;
      for (const id of storedFound[i] ?? []) {
        const c = pending.get(id);
        if (c && other(c)) {
          authors.add(c.key);
          if (!batchIds.has(id) && (this.known.get(id) ?? 0) < ALIKE_ENOUGH) alike.add(id);
        }
      }
      if (sketches) {
        for (const key of batch.similarKeys(-1 - i, sketch)) {
          const j = -1 - key;
          if (other(items[j]!.now)) authors.add(items[j]!.now.key);
        }
      }
      counts[i] = authors.size;
      if (now.id !== undefined) this.remember(now.id, authors.size);
    });
    return { counts, alike: [...alike] };
  }

  /**
   * The site's pending comments (within its window) nearly the same as any of these texts: the
   * copies of a campaign the owner just decided on. May hold comments decided since; the caller
   * reads them back as pending.
   */
  pendingLike(siteId: number, sketches: readonly (readonly number[])[]): number[] {
    if (!this.sketcher || sketches.length === 0) return [];
    const window = this.window(siteId);
    return [...new Set(sketches.flatMap((sketch) => window.everySimilarKey(sketch)))];
  }

  /**
   * Each stored pending comment's count of other authors alike, for a re-flag of everything:
   * only the windows' comments can have any.
   */
  allCounts(siteIds: readonly number[]): Map<number, number> {
    const out = new Map<number, number>();
    if (!this.sketcher) return out;
    for (const siteId of siteIds) {
      const window = this.window(siteId);
      const ids = window.keys();
      if (ids.length === 0) continue;
      const pending = new Map<number, Candidate>();
      for (const [id, key, hash] of this.pendingAmong.all(JSON.stringify(ids)) as [number, string, number][]) pending.set(id, { key, hash });
      for (const [id, me] of pending) {
        const authors = new Set<string>();
        for (const other of window.similarKeys(id, window.sketchOf(id)!)) {
          const c = pending.get(other);
          if (c && c.key !== me.key && c.hash !== me.hash) authors.add(c.key);
        }
        if (authors.size > 0) out.set(id, authors.size);
      }
    }
    return out;
  }

  /**
   * A comment written, with the count of other authors alike it was scored with: its text joins
   * its site's window while it is pending, and leaves it otherwise.
   */
  written(siteId: number, id: number, sketch: readonly number[] | null, pendingComment: boolean, similarAuthors: number): void {
    this.remember(id, similarAuthors);
    const window = this.windows.get(siteId);
    if (!window) return; // read from the database, this comment included, when first needed
    window.remove(id);
    if (sketch && pendingComment) window.add(id, sketch, 0, 1);
  }

  private remember(id: number, similarAuthors: number): void {
    // Forgetting only costs a few copies scored again: bounded without tracking the windows' evictions.
    if (this.known.size >= 8 * NEAR_WINDOW) this.known.clear();
    this.known.set(id, similarAuthors);
  }

  private window(siteId: number): NearTexts {
    let window = this.windows.get(siteId);
    if (!window) {
      window = new NearTexts(NEAR_WINDOW, 1);
      const rows = this.newestPending.all(siteId) as [number, string][];
      // Oldest first: the window drops its oldest texts first, as new ones arrive.
      for (let i = rows.length - 1; i >= 0; i--) {
        const sketch = this.sketcher!(rows[i]![1]);
        if (sketch) window.add(rows[i]![0], sketch, 0, 1);
      }
      this.windows.set(siteId, window);
    }
    return window;
  }
}
