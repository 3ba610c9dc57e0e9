// Word-list matching, compiled once per list change: every entry is reduced to a folded key and
// stored in a Set-like Map (single words), a trie (phrases) or a map of spelled-out words
// ("f u c k"); a comment is tokenised once and each word is looked up. No regex per word.

import type { Span, WordListName } from '../types';
import { fold, isLeetSymbol, unleet, unstretch } from './fold';
import { tokenize, type Token } from './tokenize';

/**
 * abuse: insults and obscenity; spam: vocabulary of commerce; blocked: the user's own blocklist;
 * promotion and praise: phrases behind the self-promotion and generic-praise signals.
 */
export type WordCategory = 'abuse' | 'spam' | 'blocked' | 'promotion' | 'praise';

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

interface StreamWord {
  key: string;
  start: number;
  end: number;
}

export class WordMatcher {
  private readonly singles = new Map<string, WordEntry>();
  private readonly spelled = new Map<string, WordEntry>();
  private readonly phrases: PhraseNode = { next: new Map(), entry: null };
  private readonly allowed = new Set<string>();

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
      if (keys[0]!.length >= 2) this.singles.set(keys[0]!, entry);
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
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), entry: null };
        node.next.set(k, child);
      }
      node = child;
    }
    node.entry = entry;
  }

  /** Every hit in `text`, in order, with offsets into `text` itself. */
  match(text: string, field: Span['field'] = 'content'): WordHit[] {
    const hits: WordHit[] = [];
    const stream: StreamWord[] = [];
    for (const token of tokenize(text)) this.matchToken(token, field, hits, stream);
    if (this.phrases.next.size > 0) this.matchPhrases(stream, field, hits);
    if (this.spelled.size > 0 || this.singles.size > 0) this.matchSpelled(text, stream, field, hits);
    if (hits.length > 1) return tidy(hits);
    return hits;
  }

  private lookup(key: string): WordEntry | undefined {
    const entry = this.singles.get(key);
    if (entry) return entry;
    const variants = unstretch(key);
    if (!variants) return undefined;
    return this.singles.get(variants[0]) ?? this.singles.get(variants[1]);
  }

  private matchToken(token: Token, field: Span['field'], hits: WordHit[], stream: StreamWord[]): void {
    const raw = token.raw;
    const folded = fold(raw);
    if (this.allowed.has(folded)) {
      stream.push({ key: folded, start: token.start, end: token.end });
      return;
    }
    const key = unleet(folded) ?? folded;
    let entry = this.allowed.has(key) ? undefined : this.lookup(key);
    let end = token.end;
    let symbols = false;
    for (let i = 0; i < raw.length; i++) {
      if (isLeetSymbol(raw.charCodeAt(i))) {
        symbols = true;
        break;
      }
    }
    if (!entry && symbols) {
      // "shit!!!": the trailing symbols were punctuation after all.
      let cut = raw.length;
      while (cut > 0 && isLeetSymbol(raw.charCodeAt(cut - 1))) cut--;
      if (cut < raw.length) {
        const trimmed = wordKey(raw.slice(0, cut));
        if (!this.allowed.has(trimmed)) entry = this.lookup(trimmed);
        if (entry) end = token.start + cut;
      }
    }
    if (entry) {
      hits.push({ span: { start: token.start, end, term: entry.term, list: entry.list, field }, category: entry.category });
      stream.push({ key, start: token.start, end });
      return;
    }
    if (!symbols) {
      stream.push({ key, start: token.start, end: token.end });
      return;
    }
    // "john@example", "wow!great": read the parts between the symbols as words of their own.
    let from = 0;
    for (let i = 0; i <= raw.length; i++) {
      if (i === raw.length || isLeetSymbol(raw.charCodeAt(i))) {
        if (i > from) {
          const partKey = wordKey(raw.slice(from, i));
          const start = token.start + from;
          const partEnd = token.start + i;
          const partEntry = this.allowed.has(partKey) ? undefined : this.lookup(partKey);
          if (partEntry) {
            hits.push({ span: { start, end: partEnd, term: partEntry.term, list: partEntry.list, field }, category: partEntry.category });
          }
          stream.push({ key: partKey, start, end: partEnd });
        }
        from = i + 1;
      }
    }
  }

  private matchPhrases(stream: StreamWord[], field: Span['field'], hits: WordHit[]): void {
    for (let i = 0; i < stream.length; i++) {
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
        if (!this.allowed.has(key)) {
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
