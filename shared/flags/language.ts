// The language of a comment (franc-min: trigram profiles of the 82 most spoken languages).
// Costly next to the rest of a check (a third of a millisecond), and unreliable on a few words,
// so it is only asked about texts long enough to tell and mostly made of words the site's
// approved comments never used (or, on a fresh install, of words its language rarely goes without).

import { franc, francAll } from 'franc-min';

/** Letters franc needs before its answer means something. */
export const MIN_LANGUAGE_LETTERS = 30;
/** Only the start of a long text is read: enough to tell, and the cost stays bounded. */
const MAX_LANGUAGE_CHARS = 160;

/** ISO 639-3 code ("eng", "fra", "eus"…), or "und" when the text is too short or unclear. */
export function detectLanguage(text: string): string {
  const sample = text.length > MAX_LANGUAGE_CHARS ? text.slice(0, MAX_LANGUAGE_CHARS) : text;
  return franc(sample, { minLength: MIN_LANGUAGE_LETTERS });
}

const LINK_OR_MARKUP = /<[^>]*>|&[a-z#0-9]+;|\b(?:https?:\/\/|www\.)\S*|\S+@\S+\.\S+|\b\S+\.(?:com|net|org|info|biz|io|ly|me|co|us|uk|fr|de|ru|in)(?:\/\S*)?/gi;
/** Characters of program code: a pasted traceback or snippet is no language franc knows. */
const CODE_CHARS = /[=(){}[\];_<>$#\\|]/g;
/** Above this share of code characters, a text is taken for code and its language is not judged. */
const MAX_CODE_SHARE = 0.04;
/**
 * How close (franc's scores, the best language at 1) a site language may come before the text
 * counts as possibly in it: franc ranks languages by trigram distance, and on a dozen words of
 * slang, song lyrics or product names its first answer is often a guess among near ties.
 */
const SITE_LANGUAGE_CLOSE = 0.8;

/**
 * Languages of franc-min's Latin-script profiles that are seldom written in blog comments (they
 * are mostly spoken, or written in another script online): left out of the comparison unless
 * they are the site's. franc named them for slang, song lyrics and names in English ("Ching ling
 * long ding" read as Tagalog-like Miao), and each profile left out saves a share of its cost.
 */
const RARELY_WRITTEN: readonly string[] = [
  'hms', 'hnj', 'zyb', 'qug', 'mad', 'ilo', 'fuv', 'run', 'nya', 'kin', 'lin', 'plt', 'sun', 'jav', 'ceb', 'ckb', 'uzn',
  'azj', 'yor', 'ibo', 'hau', 'zul', 'som',
];

/**
 * The language of a comment that is clearly not in any of `siteLanguages` (nor a close relative
 * of one), or null: when franc cannot tell, when a site language scores close to the best, or
 * when the text is code. Addresses, tags and entities are left out first: they are no language,
 * and franc reads "https://www.facebook.com/pages/…" as Portuguese. Only called on the few
 * comments that reach the language check, so its regexes cost nothing per comment. `minLetters`
 * is lower only for a short text in another script than the site's, which franc tells by its script.
 */
export function foreignLanguageOf(text: string, siteLanguages: readonly string[], minLetters = MIN_LANGUAGE_LETTERS): string | null {
  const prose = text.replace(LINK_OR_MARKUP, ' ');
  const sample = prose.length > MAX_LANGUAGE_CHARS ? prose.slice(0, MAX_LANGUAGE_CHARS) : prose;
  if ((sample.match(CODE_CHARS)?.length ?? 0) > MAX_CODE_SHARE * sample.length) return null;
  const ignore = siteLanguages.some((l) => RARELY_WRITTEN.includes(l)) ? RARELY_WRITTEN.filter((l) => !siteLanguages.includes(l)) : RARELY_WRITTEN;
  const ranked = francAll(sample, { minLength: minLetters, ignore: [...ignore] });
  const [best] = ranked[0] ?? ['und'];
  if (best === 'und' || isSiteLanguage(best, siteLanguages)) return null;
  for (const [language, score] of ranked) {
    if (score < SITE_LANGUAGE_CLOSE) break;
    if (isSiteLanguage(language, siteLanguages)) return null;
  }
  return best;
}

/**
 * WordPress locales' language part (ISO 639-1, or 639-3 where WordPress uses it) → the code
 * franc-min answers with for that language. Only languages franc-min can tell: for any other (a
 * Danish or Catalan site), its nearest neighbour would be answered for every comment, and the
 * site's own comments would all look foreign. franc answers individual languages where ISO 639-1
 * names a macrolanguage: Standard Arabic (arb), Iranian Persian (pes), Malay (zlm), Mandarin (cmn).
 */
const LOCALE_LANGUAGES: Readonly<Record<string, string>> = {
  en: 'eng', fr: 'fra', es: 'spa', pt: 'por', de: 'deu', it: 'ita', nl: 'nld', id: 'ind', vi: 'vie', tr: 'tur',
  pl: 'pol', sw: 'swh', ro: 'ron', ha: 'hau', bs: 'bos', hr: 'hrv', sr: 'srp', ckb: 'ckb', yo: 'yor', uz: 'uzn',
  ms: 'zlm', ig: 'ibo', ceb: 'ceb', tl: 'tgl', hu: 'hun', az: 'azj', cs: 'ces', rn: 'run', mg: 'plt', ny: 'nya',
  rw: 'kin', zu: 'zul', sv: 'swe', ln: 'lin', so: 'som', ru: 'rus', uk: 'ukr', be: 'bel', bg: 'bul', kk: 'kaz',
  ar: 'arb', ur: 'urd', fa: 'pes', ps: 'pbu', hi: 'hin', mr: 'mar', ne: 'npi', zh: 'cmn', bn: 'ben', ja: 'jpn',
  jv: 'jav', ko: 'kor', te: 'tel', ta: 'tam', gu: 'guj', kn: 'kan', ml: 'mal', my: 'mya', pa: 'pan', am: 'amh',
  th: 'tha', si: 'sin', el: 'ell', su: 'sun',
};

/**
 * The language of a WordPress locale ("en_US", "fr_FR", "de_CH_informal", "pt_BR") as franc-min
 * names it, or null when it is unknown or franc-min cannot tell it.
 */
export function languageOfLocale(locale: string | null | undefined): string | null {
  if (!locale) return null;
  const match = /^([a-z]{2,3})(?:[_-]|$)/i.exec(locale.trim());
  return match ? (LOCALE_LANGUAGES[match[1]!.toLowerCase()] ?? null) : null;
}

/** Languages franc-min tells apart that a reader of one writes and reads as the other's. */
const RELATIVES: readonly (readonly string[])[] = [
  ['bos', 'hrv', 'srp'],
  ['ind', 'zlm'],
  ['hin', 'mar', 'mai', 'bho', 'npi', 'mag', 'urd'],
];

/** `language` is one of `languages`, or a close relative of one (Croatian on a Serbian site). */
export function isSiteLanguage(language: string, languages: readonly string[]): boolean {
  if (languages.includes(language)) return true;
  const family = RELATIVES.find((f) => f.includes(language));
  return family !== undefined && languages.some((l) => family.includes(l));
}
