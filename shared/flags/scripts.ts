// The writing system of a language franc-min names: a comment in another script than the site's
// language (Cyrillic or Chinese on an English blog, Latin letters on a Russian one) is rarely a
// reader of that site, and often a campaign sent to every blog.

/** franc-min's languages written in another script than the Latin alphabet (ISO 639-3). */
const NON_LATIN = new Set([
  // Cyrillic
  'rus', 'ukr', 'bel', 'bul', 'kaz', 'koi', 'mkd',
  // Arabic script (franc-min's Sorani, "ckb", is a profile of Latin-script text: not here)
  'arb', 'urd', 'pes', 'skr', 'pbu',
  // Devanagari, Bengali and the other scripts of India and South-East Asia
  'hin', 'mar', 'mai', 'bho', 'npi', 'mag', 'ben', 'tel', 'tam', 'guj', 'kan', 'mal', 'pan', 'sin', 'mya', 'tha', 'khm', 'lao',
  // Chinese, Japanese, Korean; Greek, Hebrew, Armenian, Georgian, Ethiopic
  'cmn', 'jpn', 'kor', 'ell', 'heb', 'hye', 'kat', 'amh',
]);

/** Written in two scripts (franc-min knows them in Latin and in Cyrillic or Arabic): never a script apart. */
const BOTH = new Set(['srp', 'bos', 'uzn', 'azj', 'zlm']);

/** `language` is written in another script than every one of `siteLanguages`. */
export function otherScript(language: string, siteLanguages: readonly string[]): boolean {
  if (BOTH.has(language) || siteLanguages.length === 0) return false;
  const nonLatin = NON_LATIN.has(language);
  return siteLanguages.every((l) => !BOTH.has(l) && NON_LATIN.has(l) !== nonLatin);
}

/** Letters of scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, Chinese and Japanese. */
function unspaced(c: number): boolean {
  return (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff);
}

/**
 * Whether a text has any letter of a script written without spaces (Thai, Chinese, Japanese …).
 * Asked of every comment: a regular expression's character class scans a text some twenty
 * times faster than a loop over its characters (the same ranges as unspaced()).
 */
export function hasUnspacedLetters(text: string): boolean {
  return UNSPACED_LETTER.test(text);
}

const UNSPACED_LETTER = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u9FFF]/;

/**
 * A UTF-16 code unit of a letter styled to slip past word lists: mathematical bold, italic,
 * script… (𝐁𝐮𝐲, whose surrogate pairs all start with U+D835), fullwidth (ｂｕｙ) and circled (ⓑⓤⓨ);
 * or of a character that shows nothing, slipped into a word to split it ("vi\u200Bagra": zero-width
 * space, word joiner, soft hyphen). Not the joiners that emoji and Persian words are written with.
 * The word scan asks it of the non-ASCII characters it meets (matcher.ts).
 */
export function isStyledLetter(code: number): boolean {
  return (
    code === 0xd835 || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a) || (code >= 0x24b6 && code <= 0x24e9) ||
    code === 0x200b || code === 0x2060 || code === 0xad
  );
}

const HIDDEN = /[\u200b\u2060\u00ad]/g;

/** The text with styled letters written plainly (Unicode's compatibility form, NFKC, maps each to its letter) and hidden characters taken out. */
export function unstyled(text: string): string {
  return text.normalize('NFKC').replace(HIDDEN, '');
}

/** Unspaced letters from which a text is worth judging though it counts few "words". */
const UNSPACED_ENOUGH = 15;

/**
 * The text is written in a script without spaces between words (at least UNSPACED_ENOUGH of its
 * letters): its few "words" say nothing of its length, so word counts cannot gate its language.
 */
export function writtenWithoutSpaces(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (unspaced(text.charCodeAt(i)) && ++n >= UNSPACED_ENOUGH) return true;
  return false;
}

/** `language` is written with the Latin alphabet (or in both alphabets). */
export function latinScript(language: string): boolean {
  return !NON_LATIN.has(language);
}

const LETTER = /\p{L}/u;

/** Letters a short text needs before its script says anything. */
export const SHORT_SCRIPT_LETTERS = 8;

/**
 * Most of the text's letters (two thirds, and at least SHORT_SCRIPT_LETTERS of them) are of
 * another script than the Latin alphabet: Cyrillic, Greek, Arabic, the scripts of India, Chinese…
 * Read only for short texts, which the language check otherwise leaves alone.
 */
export function mostlyNonLatin(text: string): boolean {
  let latin = 0;
  let other = 0;
  // Past a third of the text in Latin letters, the rest cannot outnumber them twice: most texts stop early.
  const latinLimit = text.length / 3;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0xff21 && c <= 0xff5a)) {
      if (++latin > latinLimit) return false;
    } else if ((c >= 0x370 && c <= 0x1dff) || (c >= 0x2e80 && c <= 0xd7ff) || (c >= 0xf900 && c <= 0xfaff)) {
      // Letters only: the ornaments such scripts lend to decorated comments ("۞", "۩") are none.
      if (LETTER.test(text[i]!)) other++;
    }
  }
  return other >= SHORT_SCRIPT_LETTERS && other >= 2 * latin;
}
