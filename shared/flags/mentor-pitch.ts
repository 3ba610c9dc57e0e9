// "Mrs Catherine is the real deal!! Just got my second withdrawal": the testimonials posted in chains
// under finance videos and posts, each vouching for the same "mentor" or "expert" to look up or write
// to. A reader names Mr. Buffett and his strategy too, or calls an album "the real deal": what makes
// the pitch is vouching for a person next to money ("been with him", "got my withdrawal", "how do I
// reach this Mr. …"), or vouching twice over ("he's legit", "look him up").

/** Word edges that know accented letters. */
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;

/** Vouching for a person: each a phrase of the testimonials, none a reader's about a product. */
const VOUCH = new RegExp(
  `${START}(?:${[
    'the real deal',
    "(?:he|she)(?:'s|’s| is) (?:legit|the best in the field|a genius|so patient)",
    'legit (?:trader|broker|expert|mentor|account manager)',
    'best in the field',
    'been (?:with|trading with|investing with) (?:him|her)',
    '(?:working|trading|investing) with (?:him|her|mr|mrs|ms|\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+)',
    '(?:look|looked) (?:him|her) up',
    'search (?:his|her) name',
    '(?:reach|contact|write to|message) (?:him|her|this (?:mr|mrs|ms)|mr|mrs|ms)',
    '(?:got|received|made) my (?:first|second|third|fourth|\\d+(?:st|nd|rd|th)) withdrawal',
    'god bless (?:him|her)',
    "you(?:'ll| will) thank me later",
  ].join('|')})${END}`,
  'giu',
);

/** A person named with an honorific: "Mr. Howard Klein", "Mrs Catherine". */
const HONORIFIC_NAME = /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Madam)\.?\s+\p{Lu}\p{Ll}+/u;

/** Money, as the testimonials speak of it. */
const MONEY = new RegExp(
  `${START}(?:withdrawals?|portfolio|profits?|invest(?:ing|ment|ments|ed|or|ors)?|trading|trader|broker|mentor|strategy|payouts?|returns|mortgage|crypto|bitcoin|btc|forex|funds|money|income)${END}|[$€£]\\s?\\d`,
  'iu',
);

/**
 * Words one of which every testimonial holds: an honorific, or a vouching phrase's own word. The
 * flag engine tags them as it scans a text (matcher.ts), and asks mentorPitchIn() only when one is
 * there: its expressions cost a fifth of a check when run on every comment (measured).
 */
export const MENTOR_TAGS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'madam', 'legit', 'deal', 'field', 'withdrawal', 'bless', 'later']);

/** The first vouching phrase of a testimonial for a money mentor, or null. `tagged` are the scan's tags of the text. */
export function mentorPitchIn(text: string, tagged: readonly string[]): string | null {
  if (!tagged.some((w) => MENTOR_TAGS.has(w))) return null;
  VOUCH.lastIndex = 0;
  const first = VOUCH.exec(text);
  if (!first) return null;
  const second = VOUCH.exec(text);
  if (second || (MONEY.test(text) && HONORIFIC_NAME.test(text))) return first[0];
  return null;
}
