// The writing system of a language franc-min names: a comment in another script than the site's
// language (Cyrillic or Chinese on an English blog, Latin letters on a Russian one) is rarely a
// reader of that site, and often a campaign sent to every blog.

/** franc-min's languages written in another script than the Latin alphabet (ISO 639-3). */
const NON_LATIN = new Set([
  // Cyrillic
  'rus', 'ukr', 'bel', 'bul', 'kaz', 'koi', 'mkd',
  // Arabic script
  'arb', 'urd', 'pes', 'skr', 'pbu', 'ckb',
  // Devanagari, Bengali and the other scripts of India and South-East Asia
  'hin', 'mar', 'mai', 'bho', 'npi', 'mag', 'ben', 'tel', 'tam', 'guj', 'kan', 'mal', 'pan', 'sin', 'mya', 'tha', 'khm', 'lao',
  // Chinese, Japanese, Korean; Greek, Hebrew, Armenian, Georgian, Ethiopic
  'cmn', 'jpn', 'kor', 'ell', 'heb', 'hye', 'kat', 'amh',
]);

/** Written in both scripts (franc-min knows them in Latin and in Cyrillic): never a script apart. */
const BOTH = new Set(['srp', 'bos', 'uzn', 'azj']);

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
