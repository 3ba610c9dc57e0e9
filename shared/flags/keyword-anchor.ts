// "Best digital marketing company in Gurgaon", "leading roofing contractor in Houston",
// "affordable dental implants clinic in Istanbul": the search phrase a local or offshore business
// wants to rank for, written into a comment as its anchor text. A praising word, a trade's noun
// and a place with a capital; a reader names the place of their own work or of a bakery ("a
// software company in Berlin", "the best bakery in Paris") without the praise or the trade.

import type { WordHit } from './matcher';

/** The trade's nouns, looked for among the scan's tags (engine.ts) before the expression is run. */
export const ANCHOR_NOUNS: ReadonlySet<string> = new Set([
  'company', 'companies', 'agency', 'agencies', 'services', 'institute', 'institutes', 'training', 'course', 'courses',
  'classes', 'coaching', 'academy', 'clinic', 'clinics', 'centre', 'center', 'hospital', 'contractor', 'contractors',
  'dealers', 'suppliers', 'manufacturers', 'developers', 'consultants', 'firm', 'lawyer', 'lawyers', 'dentist', 'movers',
]);

/** The praising words, looked for among the tags too; "no. 1", "number one" and "#1" hold a digit 1 or "one". */
const ANCHOR_PRAISE = ['best', 'top', 'leading', 'affordable', 'cheapest', 'one'];
/** Every tag the scan is to report for this reading (engine.ts). */
export const ANCHOR_TAGS: readonly string[] = [...ANCHOR_NOUNS, ...ANCHOR_PRAISE];
const PRAISE_TAGS: ReadonlySet<string> = new Set(ANCHOR_PRAISE);

const ANCHOR = new RegExp(
  // The praise starts a word: "#1" has no word edge before it for \b to find.
  String.raw`(?<![\p{L}\p{N}#])(?:best|top(?:\s+\d+)?|leading|affordable|cheapest|no\.?\s?1|number\s+one|#1)\s+(?:[\p{L}&-]+\s+){0,4}?` +
    String.raw`(?:${[...ANCHOR_NOUNS].join('|')})\s+(?:in|at|near)\s+\p{Lu}\p{L}+`,
  'giu',
);

/** The anchors in `content` as hits of a phrase only spam uses; `tagged` are the scan's tags of the text. */
export function keywordAnchors(content: string, tagged: readonly string[]): WordHit[] {
  // The expression runs only where the scan met a trade's noun and a praising word (or a 1).
  if (!tagged.some((w) => ANCHOR_NOUNS.has(w)) || !(tagged.some((w) => PRAISE_TAGS.has(w)) || content.includes('1'))) return [];
  const hits: WordHit[] = [];
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(content); m !== null; m = ANCHOR.exec(content)) {
    const term = m[0].replace(/\s+/g, ' ');
    hits.push({ category: 'scam', span: { start: m.index, end: m.index + m[0].length, term, list: 'en', field: 'content' } });
  }
  return hits;
}
