// Folding turns a word as written into the key the word lists are stored under:
// lower case, accents removed, ligatures spelled out, leetspeak read as letters.

// Every combining mark (accents after NFD), whatever the script.
const COMBINING_MARKS = /\p{M}/gu;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ﬁ: 'fi', ﬂ: 'fl', ı: 'i', ø: 'o', ł: 'l', đ: 'd' };
const LIGATURE_RE = /[œæßﬁﬂıøłđ]/g;

/**
 * Cyrillic and Greek letters drawn like Latin ones, mixed into a Latin word to slip past word
 * lists ("вuy сheap"): read as the Latin letters they show, only in a word that has Latin letters
 * too. A Russian or Greek word stays itself.
 */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's',
  ԁ: 'd', α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ϲ: 'c', ԝ: 'w', һ: 'h', ӏ: 'l',
};
const HOMOGLYPH_RE = /[авекмнорстухіјѕԁαειкνορτυχϲԝһӏ]/g;
const LATIN_LETTER = /[a-z]/;

function foldSlow(lower: string): string {
  const plain = lower.normalize('NFD').replace(COMBINING_MARKS, '').replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c);
  return LATIN_LETTER.test(plain) ? plain.replace(HOMOGLYPH_RE, (c) => HOMOGLYPHS[c] ?? c) : plain;
}

// Latin-1 and Latin Extended-A small letters folded ahead of time: French and most European
// words never reach Unicode normalisation. "" = not in the table.
const LATIN_FOLD: string[] = [];
for (let c = 0xdf; c <= 0x17f; c++) {
  const ch = String.fromCharCode(c);
  LATIN_FOLD[c - 0xdf] = ch === ch.toLowerCase() ? foldSlow(ch) : '';
}

/** Lower case without accents: "Enculé" → "encule", "Œuvre" → "oeuvre". */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  let i = 0;
  while (i < lower.length && lower.charCodeAt(i) < 128) i++;
  if (i === lower.length) return lower;
  let out = lower.slice(0, i);
  for (; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 128) out += lower[i];
    else {
      const mapped = c >= 0xdf && c <= 0x17f ? LATIN_FOLD[c - 0xdf] : '';
      // Anything else (other scripts, combining marks) takes the general path.
      if (!mapped) return foldSlow(lower);
      out += mapped;
    }
  }
  return out;
}

// Digits and symbols that stand for letters in obfuscated words ("sh1t", "a$$", "b!+ch").
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '+': 't' };
/** LEET by character code: the letter's code, or 0. */
const LEET_CODES = new Uint8Array(128);
for (const [from, to] of Object.entries(LEET)) LEET_CODES[from.charCodeAt(0)] = to.charCodeAt(0);

/** Characters that may sit inside an obfuscated word without splitting it. */
export function isLeetSymbol(code: number): boolean {
  return code === 64 /* @ */ || code === 36 /* $ */ || code === 33 /* ! */ || code === 43 /* + */;
}

/**
 * Reads leetspeak as letters, but only in words that mix letters with digits or symbols:
 * "2013" stays a number, "sh1t" becomes "shit". Returns null when there is nothing to read.
 */
export function unleet(folded: string): string | null {
  let letters = false;
  let other = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c >= 97 && c <= 122) letters = true;
    else if ((c >= 48 && c <= 57) || isLeetSymbol(c)) other = true;
  }
  if (!letters || !other) return null;
  let out = '';
  let from = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    const letter = c < 128 ? LEET_CODES[c]! : 0;
    if (letter === 0) continue;
    out += folded.slice(from, i) + String.fromCharCode(letter);
    from = i + 1;
  }
  return out + folded.slice(from);
}

/**
 * Undoes stretched letters ("shiiiit", "fuuuck"): runs of 3 or more of one letter become one
 * and two letters. Returns the variants, or null when the word has no such run.
 */
export function unstretch(folded: string): [string, string] | null {
  let hasRun = false;
  for (let i = 2; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c === folded.charCodeAt(i - 1) && c === folded.charCodeAt(i - 2)) {
      hasRun = true;
      break;
    }
  }
  if (!hasRun) return null;
  // One pass, no regex: a run of 3 or more of one character is written once and twice.
  let one = '';
  let two = '';
  let i = 0;
  while (i < folded.length) {
    let j = i + 1;
    while (j < folded.length && folded.charCodeAt(j) === folded.charCodeAt(i)) j++;
    const run = folded.slice(i, j);
    if (j - i >= 3) {
      one += run[0];
      two += run.slice(0, 2);
    } else {
      one += run;
      two += run;
    }
    i = j;
  }
  return [one, two];
}
