// Splits a comment into words with their offsets in the original string, on Unicode word
// boundaries: letters, marks and digits of any script make up a word, so "assécher" is one word
// (JavaScript's \b would cut it after "ass"). HTML tags and entities are skipped, not read.

import { isLeetSymbol } from './fold';

/** One word of the text: [start, end) are UTF-16 offsets into the original string. */
export interface Token {
  start: number;
  end: number;
  /** The word as written, symbols included ("sh!t"). */
  raw: string;
}

// 0 = not yet known, 1 = word character, 2 = not a word character. Filled lazily.
const classes = new Uint8Array(65536);
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
for (let c = 0; c < 128; c++) {
  const isWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  classes[c] = isWord ? 1 : 2;
}
// Surrogates (emoji and rare scripts) separate words.
for (let c = 0xd800; c <= 0xdfff; c++) classes[c] = 2;

export function isWordCode(code: number): boolean {
  let k = classes[code]!;
  if (k === 0) {
    k = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    classes[code] = k;
  }
  return k === 1;
}

/** Past an HTML tag or entity starting at `i`, or `i` itself when there is none. */
export function skipMarkup(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 60 /* < */) {
    const n = text.charCodeAt(i + 1);
    const startsTag = (n >= 65 && n <= 90) || (n >= 97 && n <= 122) || n === 47 /* / */ || n === 33; /* ! */
    if (startsTag) {
      const close = text.indexOf('>', i + 1);
      if (close !== -1) return close + 1;
    }
  } else if (c === 38 /* & */) {
    // &amp; &eacute; &#233; &#x2019;
    let j = i + 1;
    if (text.charCodeAt(j) === 35) j++;
    const from = j;
    while (j < text.length && j - from < 10) {
      const d = text.charCodeAt(j);
      if (!((d >= 48 && d <= 57) || (d >= 65 && d <= 90) || (d >= 97 && d <= 122))) break;
      j++;
    }
    if (j > from && text.charCodeAt(j) === 59 /* ; */) return j + 1;
  }
  return i;
}

/**
 * The words of `text`. Leetspeak symbols (@ $ ! +) stay inside a word that starts with a letter or
 * digit ("sh!t", "a$$"), so the matcher can read them; it splits them off again when that reads nothing.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
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
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isWordCode(d) || isLeetSymbol(d)) i++;
      else break;
    }
    tokens.push({ start, end: i, raw: text.slice(start, i) });
  }
  return tokens;
}
