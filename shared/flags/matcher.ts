// Word-list matching, compiled once per list change: every entry is reduced to a folded key and
// stored in a Set-like Map (single words), a trie (phrases) or a map of spelled-out words
// ("f u c k"); a comment is tokenised once and each word is looked up. No regex per word.

import type { Span, WordListName } from '../types';
import { fold, isLeetSymbol, unleet, unstretch } from './fold';
import { isStyledLetter } from './scripts';
import { isWordCode, skipMarkup, tokenize } from './tokenize';

/**
 * abuse: insults and obscenity; spam: vocabulary of commerce; scam: phrases that only commercial
 * spam uses ("tech support number", "buy followers"); blocked: the user's own blocklist;
 * promotion (calls to action), mention (milder self-promotion), request (to go and look, counted
 * only with a mention) and praise: phrases behind the
 * self-promotion and generic-praise signals; support (an offer of service), trouble (what the stuck
 * search for) and product: the parts of a tech-support pitch.
 */
export type WordCategory = 'abuse' | 'spam' | 'scam' | 'blocked' | 'promotion' | 'mention' | 'request' | 'praise' | 'support' | 'trouble' | 'product' | 'price';

export interface WordEntry {
  term: string;
  list: WordListName;
  category: WordCategory;
}

export interface WordHit {
  span: Span;
  category: WordCategory;
}

interface PhraseNode {
  /** Children by the id of their word (KnownWords). */
  next: Map<number, PhraseNode>;
  entry: WordEntry | null;
  /** The entry's word keys, to confirm a match found by hashes. */
  keys: string[] | null;
}

interface SingleEntry {
  key: string;
  entry: WordEntry;
}

const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;
/** 30 bits: a hash V8 keeps as a small integer, so the maps below never box it. */
const HASH_MASK = 0x3fffffff;

/**
 * The hash of a word key, the same as scan() computes on the fly from a plain lower-case word:
 * the lists are looked up by this number, so no word of a comment is sliced out to be looked up.
 * A hit is confirmed against the key itself, so a collision can never make a false match.
 */
export function keyHash(key: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), HASH_PRIME);
  return h & HASH_MASK;
}

/**
 * Every key the lists use, single or inside a phrase, by hash: an open-addressing table in
 * typed arrays, so telling that a word of a comment is in no list (most words) is one or two
 * array reads. Each key has a small id; singles and phrase starts are kept by id.
 */
class KnownWords {
  private slots = new Int32Array(1024);
  private ids = new Int32Array(1024);
  private mask = 1023;
  private readonly keys: string[] = [];
  readonly singles: (SingleEntry | undefined)[] = [];
  readonly phraseStarts: (PhraseNode | undefined)[] = [];

  get size(): number {
    return this.keys.length;
  }

  key(id: number): string {
    return this.keys[id]!;
  }

  /** The id of `key`, added if new. */
  add(key: string): number {
    const hash = keyHash(key);
    const found = this.find(hash);
    if (found >= 0 && this.keys[found] === key) return found;
    const id = this.keys.length;
    this.keys.push(key);
    this.singles.push(undefined);
    this.phraseStarts.push(undefined);
    if (this.keys.length * 2 > this.mask) this.grow();
    this.insert(hash, id);
    return id;
  }

  /**
   * The id of the key with this hash, or -1. Two keys sharing a hash (30 bits) are possible in
   * principle: the first added wins, and callers confirm a hit against the key itself.
   */
  find(hash: number): number {
    const tag = hash | 0x40000000;
    const mask = this.mask;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const t = this.slots[i]!;
      if (t === tag) return this.ids[i]!;
      if (t === 0) return -1;
    }
  }

  private insert(hash: number, id: number): void {
    const tag = hash | 0x40000000;
    let i = hash & this.mask;
    while (this.slots[i] !== 0) {
      if (this.slots[i] === tag) return; // a colliding key: the first keeps the slot
      i = (i + 1) & this.mask;
    }
    this.slots[i] = tag;
    this.ids[i] = id;
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    this.slots = new Int32Array(size);
    this.ids = new Int32Array(size);
    this.mask = size - 1;
    for (let id = 0; id < this.keys.length - 1; id++) this.insert(keyHash(this.keys[id]!), id);
  }
}

/**
 * The pairs of words phrases open with ("check out", "great post"), as bits of a small table (8 KB,
 * which stays in the processor's cache) indexed by a hash of the two word ids. A set bit may be a
 * collision; a clear bit is certain: no phrase starts with that pair.
 */
class PhrasePairs {
  private readonly bits = new Uint32Array(PAIR_TABLE >>> 5);

  private static slot(first: number, second: number): number {
    return (Math.imul(first, 0x9e3779b1) ^ second) & (PAIR_TABLE - 1);
  }

  add(first: number, second: number): void {
    const slot = PhrasePairs.slot(first, second);
    this.bits[slot >>> 5] = this.bits[slot >>> 5]! | (1 << (slot & 31));
  }

  has(first: number, second: number): boolean {
    const slot = PhrasePairs.slot(first, second);
    return (this.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
  }
}

/** Slots of PhrasePairs' table: a few thousand pairs leave most of it clear. */
const PAIR_TABLE = 1 << 16;

/**
 * The words of the text being scanned, in order, in arrays reused from one comment to the next
 * (no object per word). keys[k] is set when the word's key was worked out as a string; plain
 * lower-case words are read back from the lower-cased text when needed.
 */
class WordStream {
  count = 0;
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  /** KnownWords id of each word, -1 for a word no list uses. */
  ids = new Int32Array(256);
  /** keyHash of each word's key. */
  hashes = new Int32Array(256);
  keys: (string | undefined)[] = [];
  /**
   * Where a phrase may start: words whose next word makes a pair some phrase opens with
   * (PhrasePairs). Most comments have none, and the phrase search then reads nothing.
   */
  phraseStarts = new Int32Array(256);
  phraseStartCount = 0;

  /** Words of one character so far. */
  singleLetters = 0;

  constructor(private readonly pairs: PhrasePairs) {}

  reset(): void {
    // keys keeps its length: push() writes every slot below count, so nothing stale is read.
    this.count = 0;
    this.singleLetters = 0;
    this.phraseStartCount = 0;
  }

  push(start: number, end: number, id: number, hash: number, key: string | undefined): void {
    const k = this.count;
    if (k === this.starts.length) this.grow();
    this.starts[k] = start;
    this.ends[k] = end;
    this.ids[k] = id;
    this.hashes[k] = hash;
    if (end - start === 1) this.singleLetters++;
    this.keys[k] = key;
    this.count = k + 1;
    if (id >= 0 && k > 0) {
      const before = this.ids[k - 1]!;
      if (before >= 0 && this.pairs.has(before, id)) this.phraseStarts[this.phraseStartCount++] = k - 1;
    }
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const widen = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.starts = widen(this.starts);
    this.ends = widen(this.ends);
    this.ids = widen(this.ids);
    this.hashes = widen(this.hashes);
    this.phraseStarts = widen(this.phraseStarts);
  }

  /** The key of word k: worked out, or the plain (ASCII) word of `text` lower-cased. */
  keyAt(k: number, text: string): string {
    return this.keys[k] ?? text.slice(this.starts[k]!, this.ends[k]!).toLowerCase();
  }
}

/** The folded key of one written word: "Sh1T" → "shit", "Enculé" → "encule". */
export function wordKey(raw: string): string {
  const folded = fold(raw);
  return unleet(folded) ?? folded;
}

/** Keys of the words of a list entry: "Mother Fucker" → ["mother", "fucker"]. */
export function entryKeys(term: string): string[] {
  return tokenize(term).map((t) => wordKey(t.raw));
}

export interface ScanResult {
  hits: WordHit[];
  /** Folded key of every word, in order (empty when the caller did not ask for them). */
  words: string[];
  /** keyHash of each of `words`, computed while reading them. */
  hashes: number[];
  /** The text lower-cased when the caller asked for words, else null (most checks never need it). */
  lower: string | null;
  /** Letters in words, and how many of them are capitals (ASCII and Latin-1). */
  letters: number;
  capitals: number;
  /** Digits in words (ASCII 0-9). */
  digits: number;
  /** The constructor's tags found in the text, in order (single words). */
  tagged: readonly string[];
  /**
   * False when the text cannot hold a link (findLinks would find none): no anchor tag, no word
   * right after a dot that follows a letter or digit ("example.com"), no "://", no "dot"/"com"
   * spelled apart. Most comments, which then skip the link search.
   */
  mayLink: boolean;
  /** Whether a domain spelled apart ("example dot com", "example . com", "goo . gl") may be there: a "dot", "com", "net", "org", "gl" or "ly" word. */
  spacedLink: boolean;
  /** Letters styled to slip past word lists were seen (scripts.ts isStyledLetter): the text is worth reading again, plain. */
  styled: boolean;
  /** Plain ASCII words of five letters or more without a vowel ("sdfgsdfg", "https"): only then is a text worth reading for keyboard mashing (gibberish.ts). */
  vowelless: number;
  /** A "<" or an "&" was met: markup, an entity, or angle brackets in prose ("> a title <", generic-text.ts). */
  markup: boolean;
}

export class WordMatcher {
  private readonly known = new KnownWords();
  /** By word id: LINK_WORD for the words a link spelled apart uses ("example dot com"), TAGGED for the tags. */
  private readonly marks: Uint8Array;
  private readonly spelled = new Map<string, WordEntry>();
  private readonly allowed = new Set<string>();
  private readonly pairs = new PhrasePairs();
  private readonly stream = new WordStream(this.pairs);

  /**
   * @param entries bundled and user entries; later entries win over earlier ones for the same key.
   * @param allow words and phrases never flagged, whatever list holds them (the allowlist wins).
   * @param tags single words reported by scan() wherever they are, without being hits (the
   *   engine's words that make an author's name read like a business).
   */
  constructor(entries: readonly WordEntry[], allow: readonly string[] = [], tags: readonly string[] = []) {
    for (const a of allow) {
      const keys = entryKeys(a);
      if (keys.length > 0) this.allowed.add(keys.join(' '));
    }
    for (const entry of entries) this.add(entry);
    const linkIds = ['dot', 'com', 'net', 'org', 'gl', 'ly', 'tk'].map((w) => this.known.add(w));
    const tagIds = tags.flatMap((t) => {
      const keys = entryKeys(t);
      return keys.length === 1 ? [this.known.add(keys[0]!)] : [];
    });
    this.marks = new Uint8Array(this.known.size);
    for (const id of linkIds) this.marks[id] = this.marks[id]! | LINK_WORD;
    for (const id of tagIds) this.marks[id] = this.marks[id]! | TAGGED;
  }

  private add(entry: WordEntry): void {
    const keys = entryKeys(entry.term);
    if (keys.length === 0) return;
    const joined = keys.join(' ');
    if (this.allowed.has(joined)) return;
    if (keys.length === 1) {
      // One-letter entries would flag ordinary text.
      if (keys[0]!.length >= 2) this.known.singles[this.known.add(keys[0]!)] = { key: keys[0]!, entry };
      return;
    }
    if (keys.length >= 3 && keys.every((k) => k.length === 1)) {
      // "f u c k", "s.o.b.": only ever matched when the text spells letters out one by one.
      const word = keys.join('');
      if (!this.allowed.has(word)) this.spelled.set(unleet(word) ?? word, entry);
      return;
    }
    const first = this.known.add(keys[0]!);
    this.pairs.add(first, this.known.add(keys[1]!));
    let node = (this.known.phraseStarts[first] ??= { next: new Map(), entry: null, keys: null });
    for (const k of keys.slice(1)) {
      const id = this.known.add(k);
      let child = node.next.get(id);
      if (!child) {
        child = { next: new Map(), entry: null, keys: null };
        node.next.set(id, child);
      }
      node = child;
    }
    node.entry = entry;
    node.keys = keys;
  }

  /** Every hit in `text`, in order, with offsets into `text` itself. */
  match(text: string, field: Span['field'] = 'content'): WordHit[] {
    return this.scan(text, field, false).hits;
  }

  /**
   * Hits, plus the folded key of every word in order (what the spam filter reads), from one pass
   * over the text: the text is lower-cased once; a plain word is hashed as it is read and looked
   * up by that number, and only words with accents, digits or symbols pay for slicing and folding.
   */
  scan(text: string, field: Span['field'] = 'content', wantWords = true): ScanResult {
    const hits: WordHit[] = [];
    let letters = 0;
    let capitals = 0;
    const stream = this.stream;
    stream.reset();
    this.scanned = text;
    const known = this.known;
    // The whole text is lower-cased only when its words are wanted: plain words are read from
    // `text` itself, their case folded as they are hashed.
    const lower = wantWords ? text.toLowerCase() : null;
    // Some characters change length when lower-cased ("İ"): then offsets must come from `text`.
    const aligned = lower !== null && lower.length === text.length;
    let mayLink = false;
    let spacedLink = false;
    let digitCount = 0;
    let styled = false;
    let markup = false;
    let vowelless = 0;
    this.slowLinkWord = false;
    if (this.tagged.length > 0) this.tagged.length = 0;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        const kind = ASCII_KIND[c]!;
        if (kind === MARKUP) {
          markup = true;
          if (c === 60 && (text.charCodeAt(i + 1) | 0x20) === 97 /* <a */) mayLink = true;
          const after = skipMarkup(text, i);
          i = after !== i ? after : i + 1;
          continue;
        }
        if (kind === OTHER || kind === LEET) {
          // "example.com", "http://": a dot between a letter or digit and a word, or "://" after a word.
          if ((c === 46 || c === 58) && !mayLink && i > 0 && i + 1 < n) mayLink = linkAt(text, i, c);
          i++;
          continue;
        }
        if (kind !== DIGIT) letters++;
        if (kind === UPPER) capitals++;
      } else if (isWordCode(c)) {
        letters++;
        if (c >= 0xc0 && c <= 0xde) capitals++;
        else if (c >= 0xff21) styled ||= isStyledLetter(c);
      } else {
        styled ||= isStyledLetter(c);
        i++;
        continue;
      }
      const start = i;
      // What the word's other characters are, as WORD_BITS: counted without a branch per kind.
      let seen = 0;
      if (c >= 48 && c <= 57) digitCount++;
      // Three equal letters in a row ("shiiit"): only then is it worth undoing stretched letters.
      let stretched = false;
      let prev = c | 0x20;
      let prev2 = -1;
      let hash = Math.imul(HASH_SEED ^ prev, HASH_PRIME);
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        let bits: number;
        if (d < 128) {
          bits = WORD_BITS[d]!;
          if (bits === 0) break;
        } else if (isWordCode(d)) {
          bits = d <= 0xde && d >= 0xc0 ? NON_ASCII_BIT | LETTER_BIT | CAPITAL_BIT : NON_ASCII_BIT | LETTER_BIT;
        } else break;
        seen |= bits;
        letters += bits & LETTER_BIT;
        capitals += (bits >> 1) & 1;
        digitCount += (bits >> 2) & 1;
        const folded = d | 0x20;
        hash = Math.imul(hash ^ folded, HASH_PRIME);
        if (folded === prev && folded === prev2) stretched = true;
        prev2 = prev;
        prev = folded;
        i++;
      }
      const nonAscii = c > 127 || (seen & NON_ASCII_BIT) !== 0;
      const digits = (c >= 48 && c <= 57) || (seen & DIGIT_BIT) !== 0;
      const alpha = !(c >= 48 && c <= 57) || (seen & LETTER_BIT) !== 0;
      const symbols = (seen & LEET_BIT) !== 0;
      // A number is never stretched ("1000" is not "100"): only letters are read as stretched.
      if (!nonAscii && !symbols && !(stretched && alpha) && !(digits && alpha)) {
        // Counted from the bits already gathered: no second look at the word's letters.
        // A link's scheme or path ("https:", "/gLxkTpQ") is no typing: only words in prose count.
        if (i - start >= 5 && !digits && ((seen | WORD_BITS[c]!) & VOWEL_BIT) === 0 && !inLink(text, start, i)) vowelless++;
        // A plain word or number: its key is the lower-cased text itself, looked up by its hash.
        hash &= HASH_MASK;
        const id = known.find(hash);
        if (id >= 0) {
          const mark = this.marks[id]!;
          if (mark !== 0) {
            if ((mark & LINK_WORD) !== 0) mayLink = spacedLink = true;
            if ((mark & TAGGED) !== 0 && isWordAt(text, start, i, known.key(id))) this.tagged.push(known.key(id));
          }
          const single = known.singles[id];
          if (single && isWordAt(text, start, i, single.key)) {
            hits.push({ span: { start, end: i, term: single.entry.term, list: single.entry.list, field }, category: single.entry.category });
          }
        }
        stream.push(start, i, id, hash, wantWords ? (aligned ? lower!.slice(start, i) : text.slice(start, i).toLowerCase()) : undefined);
        continue;
      }
      let folded = aligned ? lower!.slice(start, i) : text.slice(start, i).toLowerCase();
      if (nonAscii) folded = fold(folded);
      this.matchToken(text, start, i, folded, digits || symbols, symbols, stretched || nonAscii, field, hits);
    }
    if (stream.phraseStartCount > 0) this.matchPhrases(text, field, hits);
    // "f u c k" takes three one-letter words at least.
    if (stream.singleLetters >= 3) this.matchSpelled(text, field, hits);
    const words = wantWords ? new Array<string>(stream.count) : NO_WORDS;
    const hashes = wantWords ? new Array<number>(stream.count) : NO_HASHES;
    if (wantWords) {
      for (let k = 0; k < stream.count; k++) {
        words[k] = stream.keyAt(k, text);
        hashes[k] = stream.hashes[k]!;
      }
    }
    if (this.slowLinkWord) mayLink = spacedLink = true;
    const tagged = this.tagged.length > 0 ? this.tagged.slice() : NONE;
    return { hits: hits.length > 1 ? tidy(hits) : hits, words, hashes, lower, letters, capitals, digits: digitCount, mayLink, spacedLink, tagged, styled, vowelless, markup };
  }

  /**
   * Of the first `limit` words of prose the last scan() read, how many, and how many have their
   * keyHash in `hashes`: read from the scan's own word stream, so nothing is sliced or looked up
   * twice. Numbers, the parts of an address ("www", "facebook" and "com" in
   * "www.facebook.com/pages") and names (capitalised inside a sentence) are no language's own and
   * are left out. Counting stops once `enough` words were found (the caller's answer is known).
   * Call it right after the scan of the text it is about.
   */
  countWords(hashes: ReadonlySet<number>, limit: number, enough = Infinity): { words: number; found: number } {
    const { count, hashes: wordHashes, starts, ends } = this.stream;
    const text = this.scanned;
    let words = 0;
    let found = 0;
    // Words before this offset belong to an address met earlier (up to the next space).
    let addressEnd = -1;
    for (let k = 0; k < count && words < limit && found < enough; k++) {
      const start = starts[k]!;
      if (start < addressEnd) continue;
      const c = text.charCodeAt(start);
      if (c >= 48 && c <= 57) continue; // numbers say nothing of a language
      if (start > 0 && ADDRESS_BEFORE[text.charCodeAt(start - 1)] === 1) continue;
      const end = ends[k]!;
      const after = text.charCodeAt(end);
      // "example.com/…", "name@example", "https://…": the rest of the address up to a space.
      if ((after === 46 || after === 64 || after === 58) && (isWordCode(text.charCodeAt(end + 1)) || text.charCodeAt(end + 1) === 47)) {
        addressEnd = nextSpace(text, end);
        continue;
      }
      // A capitalised word inside a sentence is a name ("Katy Perry", "McAfee"): no language's own.
      if (((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde)) && !startsSentence(text, start)) continue;
      words++;
      if (hashes.has(wordHashes[k]!)) found++;
    }
    return { words, found };
  }

  /** The text the last scan() read. */
  private scanned = '';
  /** Tags met by the scan under way, in order. */
  private readonly tagged: string[] = [];
  /** A link word ("com", "dot") met on the slow path by the scan under way. */
  private slowLinkWord = false;

  /** Pushes a word whose key was worked out as a string; `hash` is keyHash(key). */
  private pushKey(start: number, end: number, key: string, hash: number): void {
    const id = this.known.find(hash);
    if (id >= 0 && this.marks[id] !== 0 && this.known.key(id) === key) {
      if ((this.marks[id]! & TAGGED) !== 0) this.tagged.push(key);
      if ((this.marks[id]! & LINK_WORD) !== 0) this.slowLinkWord = true; // "dot com!"
    }
    this.stream.push(start, end, id, hash, key);
  }

  private single(key: string, hash = keyHash(key)): WordEntry | undefined {
    const id = this.known.find(hash);
    const found = id >= 0 ? this.known.singles[id] : undefined;
    return found && found.key === key ? found.entry : undefined;
  }

  private lookup(key: string, maybeStretched = true, hash = keyHash(key)): WordEntry | undefined {
    const entry = this.single(key, hash);
    if (entry) return entry;
    if (!maybeStretched || key.length < 3) return undefined;
    const variants = unstretch(key);
    if (!variants) return undefined;
    return this.single(variants[0]) ?? this.single(variants[1]);
  }

  private isAllowed(key: string): boolean {
    return this.allowed.size > 0 && this.allowed.has(key);
  }

  private matchToken(
    text: string,
    start: number,
    end: number,
    folded: string,
    mixed: boolean,
    symbols: boolean,
    maybeStretched: boolean,
    field: Span['field'],
    hits: WordHit[],
  ): void {
    if (this.isAllowed(folded)) {
      this.pushKey(start, end, folded, keyHash(folded));
      return;
    }
    const key = mixed ? (unleet(folded) ?? folded) : folded;
    const hash = keyHash(key);
    let entry = this.isAllowed(key) ? undefined : this.lookup(key, maybeStretched, hash);
    let hitEnd = end;
    // "shit!!!": the trailing symbols were punctuation after all. Its key is kept: if nothing
    // matches, it is the first part below and is not looked up twice.
    let cut = end;
    let trimmed = '';
    if (!entry && symbols) {
      while (cut > start && isLeetSymbol(text.charCodeAt(cut - 1))) cut--;
      if (cut < end) {
        trimmed = wordKey(text.slice(start, cut));
        if (!this.isAllowed(trimmed)) entry = this.lookup(trimmed);
        if (entry) hitEnd = cut;
      }
    }
    if (entry) {
      hits.push({ span: { start, end: hitEnd, term: entry.term, list: entry.list, field }, category: entry.category });
      this.pushKey(start, hitEnd, key, hash);
      return;
    }
    if (!symbols) {
      this.pushKey(start, end, key, hash);
      return;
    }
    // "john@example", "wow!great": read the parts between the symbols as words of their own.
    let from = start;
    for (let i = start; i <= end; i++) {
      if (i === end || isLeetSymbol(text.charCodeAt(i))) {
        if (i > from) {
          const same = from === start && i === cut && trimmed !== '';
          const partKey = same ? trimmed : wordKey(text.slice(from, i));
          const partHash = keyHash(partKey);
          const partEntry = same || this.isAllowed(partKey) ? undefined : this.lookup(partKey, true, partHash);
          if (partEntry) {
            hits.push({ span: { start: from, end: i, term: partEntry.term, list: partEntry.list, field }, category: partEntry.category });
          }
          this.pushKey(from, i, partKey, partHash);
        }
        from = i + 1;
      }
    }
  }

  private matchPhrases(text: string, field: Span['field'], hits: WordHit[]): void {
    const { count, ids, starts, ends, phraseStarts, phraseStartCount } = this.stream;
    const roots = this.known.phraseStarts;
    for (let c = 0; c < phraseStartCount; c++) {
      const i = phraseStarts[c]!;
      const id = ids[i]!;
      let node = roots[id];
      if (!node) continue;
      let found: PhraseNode | null = null;
      let last = i;
      for (let j = i + 1; j < count; j++) {
        const next = ids[j]!;
        node = next < 0 ? undefined : node.next.get(next);
        // A phrase is said within one sentence: "the first visit? My son…" holds no "visit my".
        if (!node || endsSentenceBetween(text, ends[j - 1]!, starts[j]!)) break;
        if (node.entry) {
          found = node;
          last = j;
        }
      }
      if (found && this.sameWords(i, found.keys!, text)) {
        const entry = found.entry!;
        const span: Span = { start: starts[i]!, end: ends[last]!, term: entry.term, list: entry.list, field };
        hits.push({ span, category: entry.category });
      }
    }
  }

  /** The stream's words from `from` on are these keys (a phrase found by hashes, confirmed). */
  private sameWords(from: number, keys: readonly string[], text: string): boolean {
    const stream = this.stream;
    for (let k = 0; k < keys.length; k++) {
      // A plain word (no key worked out) is compared where it is written, without slicing it out.
      const key = stream.keys[from + k];
      if (key !== undefined ? key !== keys[k] : !isWordAt(text, stream.starts[from + k]!, stream.ends[from + k]!, keys[k]!)) return false;
    }
    return true;
  }

  /** "s.h.i.t", "f u c k": three or more single letters, one separator apart. */
  private matchSpelled(text: string, field: Span['field'], hits: WordHit[]): void {
    const stream = this.stream;
    const { count, starts, ends } = stream;
    let i = 0;
    while (i < count) {
      if (ends[i]! - starts[i]! !== 1) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < count && ends[j + 1]! - starts[j + 1]! === 1 && isSpellingGap(text, ends[j]!, starts[j + 1]!)) j++;
      if (j - i >= 2) {
        let word = '';
        for (let k = i; k <= j; k++) word += stream.keyAt(k, text);
        const key = unleet(word) ?? word;
        if (!this.isAllowed(key)) {
          const entry = this.spelled.get(key) ?? this.lookup(key);
          if (entry) {
            const span: Span = { start: starts[i]!, end: ends[j]!, term: entry.term, list: entry.list, field };
            hits.push({ span, category: entry.category });
          }
        }
      }
      i = j + 1;
    }
  }
}

const NONE: readonly string[] = [];
/** The words of a scan that did not ask for them: shared, frozen, never written to. */
const NO_WORDS = Object.freeze([]) as unknown as string[];
const NO_HASHES = Object.freeze([]) as unknown as number[];
/** Whether the word at `start` opens the text, a line or a sentence (after . ! ? and spaces or quotes). */
function startsSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0 || c === 34 || c === 39 || c === 40 || c === 0x201c || c === 0xab) continue;
    return c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 0xbf || c === 0xa1;
  }
  return true;
}

/** The offset of the first white space at or after `from`, or the text's length. */
function nextSpace(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0) return i;
  }
  return text.length;
}

/** Characters before a word that make it part of an address: . / : = ? & _ @ # */
const ADDRESS_BEFORE = new Uint8Array(65536);
for (const c of [46, 47, 58, 61, 63, 38, 95, 64, 35]) ADDRESS_BEFORE[c] = 1;
/** Marks of a word id. */
const LINK_WORD = 1;
const TAGGED = 2;

/** What an ASCII character is to the scanner, read from one table. */
const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
/** @ $ ! +: inside a word they may stand for letters ("sh!t"); they never start one. */
const LEET = 4;
/** < and &: a tag or an entity may start here. */
const MARKUP = 5;
/** Inside a word, by ASCII code: what the character is, as bits (0: it ends the word). */
const LETTER_BIT = 1;
const CAPITAL_BIT = 2;
const DIGIT_BIT = 4;
const LEET_BIT = 8;
const NON_ASCII_BIT = 16;
const VOWEL_BIT = 32;
const WORD_BITS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  WORD_BITS[c] =
    c >= 97 && c <= 122 ? LETTER_BIT : c >= 65 && c <= 90 ? LETTER_BIT | CAPITAL_BIT : c >= 48 && c <= 57 ? DIGIT_BIT : isLeetSymbol(c) ? LEET_BIT : 0;
  if ('aeiouyAEIOUY'.includes(String.fromCharCode(c))) WORD_BITS[c]! |= VOWEL_BIT;
}
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_KIND[c] =
    c >= 97 && c <= 122 ? LOWER : c >= 65 && c <= 90 ? UPPER : c >= 48 && c <= 57 ? DIGIT : isLeetSymbol(c) ? LEET : c === 60 || c === 38 ? MARKUP : OTHER;
}

/** The word text[start, end) is part of an address: a scheme ("https:"), or after a slash, dot, "=" or "@". */
function inLink(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = text.charCodeAt(end);
  return after === 58 /* : */ || after === 46 /* . */ || before === 47 /* / */ || before === 46 || before === 61 /* = */ || before === 64; /* @ */
}

/** A character of a domain name, before its last dot (either case). */
function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 /* - */ || c > 127;
}

/** At text[i], a dot (46) or colon (58) inside a text, could a link be written here? */
function linkAt(text: string, i: number, c: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (c === 46) return isDomainChar(text.charCodeAt(i - 1)) && isWordCode(next);
  return next === 47 /* :/ */ && isWordCode(text.charCodeAt(i - 1));
}

/** The plain ASCII word text[start, end) is `key`, whatever its case. */
function isWordAt(text: string, start: number, end: number, key: string): boolean {
  if (key.length !== end - start) return false;
  for (let j = 0; j < key.length; j++) if ((text.charCodeAt(start + j) | 0x20) !== key.charCodeAt(j)) return false;
  return true;
}

function isSpellingGap(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = text.charCodeAt(from);
  return c === 32 || c === 46 /* . */ || c === 95 /* _ */ || c === 45 /* - */ || c === 42; /* * */
}

/** Sorted by position; a word inside a longer phrase hit is reported once, as the phrase. */
function tidy(hits: WordHit[]): WordHit[] {
  // Most texts' hits come in order, each ending before the next starts: nothing to sort or drop.
  let ordered = true;
  for (let k = 1; k < hits.length && ordered; k++) ordered = hits[k - 1]!.span.end <= hits[k]!.span.start;
  if (ordered) return hits;
  hits.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: WordHit[] = [];
  let coveredTo = -1;
  for (const hit of hits) {
    if (hit.span.end <= coveredTo) continue;
    out.push(hit);
    coveredTo = Math.max(coveredTo, hit.span.end);
  }
  return out;
}

/** Whether the characters of `text` in [from, to) close a sentence: "?", "!", or "." before a space. */
function endsSentenceBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 63 /* ? */ || c === 33 /* ! */) return true;
    if (c === 46 /* . */ && k + 1 < text.length && (text.charCodeAt(k + 1) === 32 || text.charCodeAt(k + 1) === 10)) return true;
  }
  return false;
}
