// Nearly the same text: a campaign reposts one message under many names with small changes (a
// word swapped, one added, another link or price). Each text is reduced to a small sketch of its
// words — the SKETCH_SIZE smallest of its distinct words' hashes (a "bottom-k" sketch) — and two
// sketches tell how much of the two texts' vocabulary is shared (Jaccard similarity): exactly for
// texts of up to SKETCH_SIZE distinct words (most short spam), as an estimate beyond. The words
// are those the flag engine already read, with the hashes it computed while reading them, so a
// sketch costs a few dozen integer operations and no string work.

import { keyHash } from './matcher';

/** Hashes kept per text. */
export const SKETCH_SIZE = 16;
/** Fewer distinct words than this and a text is left to exact matching ("Thanks!", "Nice post"). */
export const MIN_SKETCH_WORDS = 4;
/**
 * The smallest hashes of a sketch's words outside FUNCTION_WORDS, by which stored texts are found
 * (texts alike share some); each anchor's most recent MAX_CANDIDATES texts are compared.
 */
export const ANCHORS = 4;
const MAX_CANDIDATES = 12;
/** Share of the words two texts must have in common to be nearly the same text. */
const SIMILAR_SHARE = 0.6;
/**
 * Below this many words in the two texts together, one changed word is already a different
 * message, and the words shared must say something: at least SHORT_SHARED_CONTENT besides function
 * words ("Thanks for this tutorial!" and "Thanks for this amazing tutorial!" share only two).
 */
const SHORT_UNION = 9;
const SHORT_SIMILAR_SHARE = 0.7;
const SHORT_SHARED_CONTENT = 3;

/**
 * The commonest English and French words, folded: in nearly every text, so no use for finding
 * texts alike (they still count in the comparison itself).
 */
const FUNCTION_WORDS = (
  'the a an and or but of to in on at for with from by is are was were be been it its this that these those i you he she we they ' +
  'me my your his her our their not no do does did have has had will would can could so if as just very all more there what ' +
  'le la les l un une des de du d et ou mais est sont a au aux en dans pour par sur avec ce cet cette ces il elle je j vous nous ' +
  'ils on y ne n pas plus que qu qui se s sa son ses mon ma mes ton ta tes tu c m'
).split(' ');

/** Scrambles keyHash's 30 bits (FNV, weak in its low bits) so the smallest values are a fair sample. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FUNCTION_WORDS as they appear in a sketch. */
const FUNCTION_HASHES = new Set(FUNCTION_WORDS.map((w) => mix(keyHash(w))));

/**
 * The sketch of a text from its folded words and their keyHash (Observations.words and
 * wordHashes), ascending; null for a text of too few words. Numbers are left out: a campaign's
 * copies change prices, phone numbers and counts.
 */
export function textSketch(words: readonly string[], hashes: readonly number[]): number[] | null {
  if (scratch.length < words.length) scratch = new Uint32Array(words.length * 2);
  let n = 0;
  for (let i = 0; i < words.length; i++) {
    const c = words[i]!.charCodeAt(0);
    if (c >= 48 && c <= 57) continue;
    scratch[n++] = mix(hashes[i]!);
  }
  if (n < MIN_SKETCH_WORDS) return null;
  // A typed array sorts its numbers as numbers, without a comparison function.
  const mixed = scratch.subarray(0, n).sort();
  const sketch: number[] = [];
  for (let i = 0; i < n && sketch.length < SKETCH_SIZE; i++) {
    if (i === 0 || mixed[i] !== mixed[i - 1]) sketch.push(mixed[i]!);
  }
  return sketch.length >= MIN_SKETCH_WORDS ? sketch : null;
}

/** Reused by textSketch from one text to the next. */
let scratch = new Uint32Array(256);

/**
 * The smallest ANCHORS hashes of a sketch that are not function words' (any, for a text of
 * nothing else), cut to 30 bits: small integers, which V8's maps look up fastest.
 */
function anchorsOf(sketch: readonly number[]): number[] {
  const anchors: number[] = [];
  for (const h of sketch) if (anchors.length < ANCHORS && !FUNCTION_HASHES.has(h)) anchors.push(h & 0x3fffffff);
  return anchors.length > 0 ? anchors : sketch.slice(0, ANCHORS).map((h) => h & 0x3fffffff);
}

/**
 * Whether two sketches are of nearly the same text: among the smallest hashes of both texts
 * together (all of them for short texts), the share found in both.
 */
export function similarSketches(a: readonly number[], b: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  let union = 0;
  let shared = 0;
  let sharedContent = 0;
  while (union < SKETCH_SIZE && (i < a.length || j < b.length)) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x === y) {
      shared++;
      if (!FUNCTION_HASHES.has(x)) sharedContent++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    union++;
  }
  // The merge stops at SKETCH_SIZE hashes of the union: a sketch cut at SKETCH_SIZE holds all of
  // its text's hashes up to there, so each of them is known to be in both texts or not.
  if (union === 0) return false;
  const share = shared / union;
  return union < SHORT_UNION ? share >= SHORT_SIMILAR_SHARE && sharedContent >= SHORT_SHARED_CONTENT : share >= SIMILAR_SHARE;
}

interface Entry {
  key: number;
  /** The lookup that last compared this entry (NearTexts.lookups): each is compared once per lookup. */
  seenBy: number;
  sketch: number[];
  anchors: number[];
  counts: number[];
}

/**
 * Texts kept by their exact key (Observations.textKey) with their sketch and a few counts (spam
 * examples; or the owner's spam and not-spam marks), the oldest dropped first past `max`.
 * Found again through their anchors.
 */
export class NearTexts {
  private readonly entries = new Map<number, Entry>();
  /** The texts with this anchor, oldest first. */
  private readonly byAnchor = new Map<number, Entry[]>();
  /** Lookups made so far: an entry found under two anchors of one text is compared once. */
  private lookups = 0;

  constructor(
    private readonly max: number,
    private readonly width: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** Adds `delta` to count `which` of the text with this key, stored with its sketch if new. */
  add(key: number, sketch: readonly number[], which: number, delta: number): void {
    let e = this.entries.get(key);
    if (!e) {
      if (delta <= 0) return;
      e = { key, seenBy: 0, sketch: [...sketch], anchors: anchorsOf(sketch), counts: new Array<number>(this.width).fill(0) };
      for (const a of e.anchors) {
        const list = this.byAnchor.get(a);
        if (list) list.push(e);
        else this.byAnchor.set(a, [e]);
      }
    } else this.entries.delete(key); // re-inserted below: the most recent last
    e.counts[which] = Math.max(0, e.counts[which]! + delta);
    if (e.counts.some((n) => n > 0)) this.entries.set(key, e);
    else this.forget(e);
    while (this.entries.size > this.max) {
      const [oldest, entry] = this.entries.entries().next().value!;
      this.entries.delete(oldest);
      this.forget(entry);
    }
  }

  /**
   * The counts, summed, of the stored texts nearly the same as this one, its own key left out;
   * null when there are none. Each anchor's most recent texts only: a long campaign is found by
   * its latest copies, and the work per comment stays bounded (the counts are then a floor).
   */
  similar(key: number, sketch: readonly number[]): number[] | null {
    let sums: number[] | null = null;
    for (const e of this.nearlySame(key, sketch)) {
      sums ??= new Array<number>(this.width).fill(0);
      for (let c = 0; c < this.width; c++) sums[c]! += e.counts[c]!;
    }
    return sums;
  }

  /** The keys of the stored texts nearly the same as this one, its own key left out (see similar). */
  similarKeys(key: number, sketch: readonly number[]): number[] {
    return this.nearlySame(key, sketch).map((e) => e.key);
  }

  /** The keys of every stored text nearly the same as this one, however old: a full pass, for a single lookup. */
  everySimilarKey(sketch: readonly number[]): number[] {
    const keys: number[] = [];
    for (const e of this.entries.values()) if (similarSketches(sketch, e.sketch)) keys.push(e.key);
    return keys;
  }

  /** The keys stored, oldest first. */
  keys(): number[] {
    return [...this.entries.keys()];
  }

  /** The sketch stored with this key, if any. */
  sketchOf(key: number): readonly number[] | undefined {
    return this.entries.get(key)?.sketch;
  }

  /** Forgets the text with this key, whatever its counts. */
  remove(key: number): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.forget(e);
  }

  private nearlySame(key: number, sketch: readonly number[]): Entry[] {
    const found: Entry[] = [];
    const lookup = ++this.lookups;
    for (const a of anchorsOf(sketch)) {
      const list = this.byAnchor.get(a);
      if (!list) continue;
      for (let k = list.length - 1; k >= 0 && k >= list.length - MAX_CANDIDATES; k--) {
        const e = list[k]!;
        if (e.key === key || e.seenBy === lookup) continue;
        e.seenBy = lookup;
        if (similarSketches(sketch, e.sketch)) found.push(e);
      }
    }
    return found;
  }

  /** [key, sketch length, ...sketch, ...counts], oldest first: what the site's saved model keeps. */
  toRows(): number[][] {
    return [...this.entries].map(([key, e]) => [key, e.sketch.length, ...e.sketch, ...e.counts]);
  }

  /** Reads a row of toRows() back; false when it is not one. */
  addRow(row: unknown): boolean {
    if (!Array.isArray(row) || !row.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)) return false;
    const [key, length] = row as number[];
    if (!Number.isSafeInteger(key) || length! < 1 || length! > SKETCH_SIZE || row.length !== 2 + length! + this.width) return false;
    const sketch = (row as number[]).slice(2, 2 + length!);
    (row as number[]).slice(2 + length!).forEach((n, which) => this.add(key!, sketch, which, n));
    return true;
  }

  private forget(e: Entry): void {
    for (const a of e.anchors) {
      const list = this.byAnchor.get(a);
      if (!list) continue;
      const at = list.indexOf(e);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.byAnchor.delete(a);
    }
  }
}
