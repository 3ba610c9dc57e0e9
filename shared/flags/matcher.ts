// Word-list matching, compiled once per list change: every entry is reduced to a folded key and
// stored in a Set-like Map (single words), a trie (phrases) or a map of spelled-out words
// ("f u c k"); a comment is tokenised once and each word is looked up. No regex per word.

import type { Span, WordListName } from '../types';
import { fold, isLeetSymbol, unleet, unstretch } from './fold';
import { isWordCode, skipMarkup, tokenize } from './tokenize';

/**
 * abuse: insults and obscenity; spam: vocabulary of commerce; scam: phrases that only commercial
 * spam uses ("tech support number", "buy followers"); blocked: the user's own blocklist;
 * promotion (calls to action), mention (milder self-promotion) and praise: phrases behind the
 * self-promotion and generic-praise signals; support and product: the two halves of a tech-support pitch.
 */
export type WordCategory = 'abuse' | 'spam' | 'scam' | 'blocked' | 'promotion' | 'mention' | 'praise' | 'support' | 'product';

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
  next: Map<string, PhraseNode>;
  entry: WordEntry | null;
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
  /** The text lower-cased (same length as the text when offsets line up). */
  lower: string;
  /** Letters in words, and how many of them are capitals (ASCII and Latin-1). */
  letters: number;
  capitals: number;
}

interface StreamWord {
  key: string;
  start: number;
  end: number;
  /** Its signature matched no list word: it cannot start or continue a phrase. */
  inert: boolean;
}

export class WordMatcher {
  private readonly singles = new Map<string, WordEntry>();
  private readonly spelled = new Map<string, WordEntry>();
  private readonly phrases: PhraseNode = { next: new Map(), entry: null };
  private readonly allowed = new Set<string>();
  /**
   * Signatures (length, first and last letter) of every a–z key a word could match, single or
   * inside a phrase. A plain lower-case word whose signature is absent cannot match anything, so
   * it is neither sliced nor looked up: most words of a comment stop here.
   */
  private readonly signatures = new Uint8Array(SIGNATURE_SIZE);

  /**
   * @param entries bundled and user entries; later entries win over earlier ones for the same key.
   * @param allow words and phrases never flagged, whatever list holds them (the allowlist wins).
   */
  constructor(entries: readonly WordEntry[], allow: readonly string[] = []) {
    for (const a of allow) {
      const keys = entryKeys(a);
      if (keys.length > 0) this.allowed.add(keys.join(' '));
    }
    for (const entry of entries) this.add(entry);
  }

  private add(entry: WordEntry): void {
    const keys = entryKeys(entry.term);
    if (keys.length === 0) return;
    const joined = keys.join(' ');
    if (this.allowed.has(joined)) return;
    if (keys.length === 1) {
      // One-letter entries would flag ordinary text.
      if (keys[0]!.length >= 2) {
        this.singles.set(keys[0]!, entry);
        this.sign(keys[0]!);
      }
      return;
    }
    if (keys.length >= 3 && keys.every((k) => k.length === 1)) {
      // "f u c k", "s.o.b.": only ever matched when the text spells letters out one by one.
      const word = keys.join('');
      if (!this.allowed.has(word)) this.spelled.set(unleet(word) ?? word, entry);
      return;
    }
    let node = this.phrases;
    for (const k of keys) {
      this.sign(k);
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), entry: null };
        node.next.set(k, child);
      }
      node = child;
    }
    node.entry = entry;
  }

  private sign(key: string): void {
    if (/^[a-z]+$/.test(key)) this.signatures[signature(key.length, key.charCodeAt(0), key.charCodeAt(key.length - 1))] = 1;
  }

  /** Every hit in `text`, in order, with offsets into `text` itself. */
  match(text: string, field: Span['field'] = 'content'): WordHit[] {
    return this.scan(text, field, false).hits;
  }

  /**
   * Hits, plus the folded key of every word in order (what the spam filter reads), from one pass
   * over the text: the text is lower-cased once, and only words with accents pay for folding.
   */
  scan(text: string, field: Span['field'] = 'content', wantWords = true): ScanResult {
    const hits: WordHit[] = [];
    let letters = 0;
    let capitals = 0;
    const stream: StreamWord[] = [];
    const lower = text.toLowerCase();
    // Some characters change length when lower-cased ("İ"): then offsets must come from `text`.
    const aligned = lower.length === text.length;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 60 || c === 38) {
        const after = skipMarkup(text, i);
        if (after !== i) {
          i = after;
          continue;
        }
      }
      if (!isWordCode(c)) {
        i++;
        continue;
      }
      const start = i;
      letters++;
      if (c <= 90 ? c >= 65 : c >= 0xc0 && c <= 0xde) capitals++;
      else if (c <= 57) letters--;
      let nonAscii = c > 127;
      let digits = c >= 48 && c <= 57;
      let symbols = false;
      // Three equal letters in a row ("shiiit"): only then is it worth undoing stretched letters.
      let stretched = false;
      let prev = c | 0x20;
      let run = 1;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isWordCode(d)) {
          letters++;
          if (d > 127) {
            nonAscii = true;
            if (d <= 0xde && d >= 0xc0) capitals++;
          } else if (d <= 57) {
            digits = true;
            letters--;
          } else if (d <= 90) capitals++;
        } else if (isLeetSymbol(d)) symbols = true;
        else break;
        const folded = d | 0x20;
        run = folded === prev ? run + 1 : 1;
        if (run === 3) stretched = true;
        prev = folded;
        i++;
      }
      if (aligned && !nonAscii && !digits && !symbols && !stretched && i - start >= 2) {
        const sig = signature(i - start, lower.charCodeAt(start), lower.charCodeAt(i - 1));
        if (this.signatures[sig] === 0) {
          // Cannot match: kept in the stream (phrases must not jump over it), key only if wanted.
          stream.push({ key: wantWords ? lower.slice(start, i) : '', start, end: i, inert: true });
          continue;
        }
      }
      let folded = aligned ? lower.slice(start, i) : text.slice(start, i).toLowerCase();
      if (nonAscii) folded = fold(folded);
      this.matchToken(text, start, i, folded, digits || symbols, symbols, stretched || nonAscii, field, hits, stream);
    }
    if (this.phrases.next.size > 0) this.matchPhrases(stream, field, hits);
    this.matchSpelled(text, stream, field, hits);
    const words = new Array<string>(wantWords ? stream.length : 0);
    if (wantWords) for (let k = 0; k < stream.length; k++) words[k] = stream[k]!.key;
    return { hits: hits.length > 1 ? tidy(hits) : hits, words, lower, letters, capitals };
  }

  private lookup(key: string, maybeStretched = true): WordEntry | undefined {
    const entry = this.singles.get(key);
    if (entry) return entry;
    if (!maybeStretched || key.length < 3) return undefined;
    const variants = unstretch(key);
    if (!variants) return undefined;
    return this.singles.get(variants[0]) ?? this.singles.get(variants[1]);
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
    stream: StreamWord[],
  ): void {
    if (this.isAllowed(folded)) {
      stream.push({ key: folded, start, end, inert: false });
      return;
    }
    const key = mixed ? (unleet(folded) ?? folded) : folded;
    let entry = this.isAllowed(key) ? undefined : this.lookup(key, maybeStretched);
    let hitEnd = end;
    if (!entry && symbols) {
      // "shit!!!": the trailing symbols were punctuation after all.
      let cut = end;
      while (cut > start && isLeetSymbol(text.charCodeAt(cut - 1))) cut--;
      if (cut < end) {
        const trimmed = wordKey(text.slice(start, cut));
        if (!this.isAllowed(trimmed)) entry = this.lookup(trimmed);
        if (entry) hitEnd = cut;
      }
    }
    if (entry) {
      hits.push({ span: { start, end: hitEnd, term: entry.term, list: entry.list, field }, category: entry.category });
      stream.push({ key, start, end: hitEnd, inert: false });
      return;
    }
    if (!symbols) {
      stream.push({ key, start, end, inert: false });
      return;
    }
    // "john@example", "wow!great": read the parts between the symbols as words of their own.
    let from = start;
    for (let i = start; i <= end; i++) {
      if (i === end || isLeetSymbol(text.charCodeAt(i))) {
        if (i > from) {
          const partKey = wordKey(text.slice(from, i));
          const partEntry = this.isAllowed(partKey) ? undefined : this.lookup(partKey);
          if (partEntry) {
            hits.push({ span: { start: from, end: i, term: partEntry.term, list: partEntry.list, field }, category: partEntry.category });
          }
          stream.push({ key: partKey, start: from, end: i, inert: false });
        }
        from = i + 1;
      }
    }
  }

  private matchPhrases(stream: StreamWord[], field: Span['field'], hits: WordHit[]): void {
    for (let i = 0; i < stream.length; i++) {
      if (stream[i]!.inert) continue;
      let node = this.phrases.next.get(stream[i]!.key);
      if (!node) continue;
      let found: { entry: WordEntry; last: number } | null = null;
      for (let j = i + 1; j < stream.length; j++) {
        node = node.next.get(stream[j]!.key);
        if (!node) break;
        if (node.entry) found = { entry: node.entry, last: j };
      }
      if (found) {
        const { entry, last } = found;
        const span: Span = { start: stream[i]!.start, end: stream[last]!.end, term: entry.term, list: entry.list, field };
        hits.push({ span, category: entry.category });
      }
    }
  }

  /** "s.h.i.t", "f u c k": three or more single letters, one separator apart. */
  private matchSpelled(text: string, stream: StreamWord[], field: Span['field'], hits: WordHit[]): void {
    let i = 0;
    while (i < stream.length) {
      if (stream[i]!.end - stream[i]!.start !== 1) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < stream.length && stream[j + 1]!.end - stream[j + 1]!.start === 1 && isSpellingGap(text, stream[j]!.end, stream[j + 1]!.start)) j++;
      if (j - i >= 2) {
        let word = '';
        for (let k = i; k <= j; k++) word += stream[k]!.key;
        const key = unleet(word) ?? word;
        if (!this.isAllowed(key)) {
          const entry = this.spelled.get(key) ?? this.lookup(key);
          if (entry) {
            const span: Span = { start: stream[i]!.start, end: stream[j]!.end, term: entry.term, list: entry.list, field };
            hits.push({ span, category: entry.category });
          }
        }
      }
      i = j + 1;
    }
  }
}

const SIGNATURE_SIZE = 64 * 26 * 26;

/** Index of (length, first letter, last letter) for a–z words; lengths past 63 share a slot. */
function signature(length: number, first: number, last: number): number {
  return Math.min(length, 63) * 676 + (first - 97) * 26 + (last - 97);
}

function isSpellingGap(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = text.charCodeAt(from);
  return c === 32 || c === 46 /* . */ || c === 95 /* _ */ || c === 45 /* - */ || c === 42; /* * */
}

/** Sorted by position; a word inside a longer phrase hit is reported once, as the phrase. */
function tidy(hits: WordHit[]): WordHit[] {
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
