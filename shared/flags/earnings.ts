// "I made $17,450 last month working from home": the testimonial that sells a scheme by what its
// reader says they earn. Its three parts are ordinary words each (readers say what they earn, and
// sums, and periods); together, an earning verb, a sum and a period, they are a claim of income.
// A claim alone is context (a reader's bake sale "made $500 last month", a barista's wage); next
// to where to go for it ("from home", "this website", "my profile") it is the pitch.

/** Word edges that know accented letters (\\b does not: "gagné " has none after the "é"). */
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;
const word = (alternatives: string): string => `${START}(?:${alternatives})${END}`;

/** An earning verb, a sum of money, then a period, within a sentence. English and French. */
const CLAIM = new RegExp(
  [
    // English: "made $17,450 last month", "earning 5000 dollars a week", "I get paid $85 per hour"
    word('made|make|makes|making|earn|earns|earned|earning|got paid|get paid|getting paid|received|receive|pulling in|bringing in|pay ?check|paycheque|turned'),
    String.raw`[^.!?\n]{0,30}?(?:[$£€]\s?\d[\d,.]*\s*k?|${START}\d[\d,.]*\s*k?\s*(?:dollars|usd|euros?|pounds|gbp)${END})`,
    String.raw`[^.!?\n]{0,30}?`,
    word('(?:a|an|per|each|every|last|this|in a|in one|in just|within)\\s+(?:hour|day|week|month|year|hours|days|weeks|months|weekend)'),
    '|',
    // French: "je gagne 2 500 € par mois", "j'ai gagné 3000 euros le mois dernier"
    word('gagne|gagnes|gagné|gagnée|gagner|gagnais|gagnait|touche|touché|empoche|empoché'),
    String.raw`[^.!?\n]{0,30}?(?:\d[\d .,\u00a0\u202f]*\s?(?:€|euros?|\$|dollars)|[$€]\s?\d[\d .,]*)`,
    String.raw`[^.!?\n]{0,30}?`,
    word('(?:par|chaque)\\s+(?:heure|jour|semaine|mois|an)|(?:le|ce)\\s+mois|en\\s+(?:un|une|deux|trois)\\s+(?:jour|jours|semaine|semaines|mois)'),
  ].join(''),
  'iu',
);

/** Where the claimed money is said to come from or to be had: the scheme the claim is for. */
const SCHEME = new RegExp(
  word(
    [
      'from (?:my |your |the comfort of (?:my |your )?)?home', 'at home', 'from my laptop', 'part[- ]time', 'online jobs?', 'jobs? online',
      'work(?:ing)? online', '(?:hours?|a day|a week|a month) online', 'this (?:website|site|link|job|page)', 'my (?:profile|page|bio)', 'go to', 'click', 'open this',
      'copy (?:this|the) link', 'here is what i do', "here'?s what i (?:do|did)", 'ask me how', 'message me', 'dm me', 'contact me',
      '(?:signal|trading) group',
      'depuis chez (?:moi|vous|soi)', 'de chez (?:moi|vous)', 'à domicile', 'a domicile', 'en ligne', 'ce (?:site|lien)', 'mon profil',
    ].join('|'),
  ),
  'iu',
);

export interface EarningsClaim {
  /** The claim as written ("made $17,450 last month"), for the flag's sentence. */
  phrase: string;
  /** Where the claim is in the text: its period ("par mois", "per hour") is no mention of its own there. */
  start: number;
  end: number;
  /** Whether the text says where to go for the money, or that it comes from home or the web. */
  scheme: boolean;
}

/** Currencies written as words: the word scan reports them (matcher.ts tags), as it reads the text anyway. */
export const MONEY_WORDS: ReadonlySet<string> = new Set(['dollars', 'euro', 'euros', 'usd', 'pounds', 'gbp']);

/**
 * The claim of income in `text`, if any. Call it only on texts with digits (the scan counts them);
 * `tagged` are the scan's tags of the text. Read only where a sum of money is written: a currency
 * sign (indexOf is the quickest look there is) or a currency's name among the scan's tags. Run on
 * every text with digits, the claim's expression cost a seventh of a whole check.
 */
export function earningsClaimIn(text: string, tagged: readonly string[]): EarningsClaim | null {
  if (text.indexOf('$') < 0 && text.indexOf('€') < 0 && text.indexOf('£') < 0 && !tagged.some((w) => MONEY_WORDS.has(w))) return null;
  const match = CLAIM.exec(text);
  if (!match) return null;
  return { phrase: match[0].replace(/\s+/g, ' ').trim(), start: match.index, end: match.index + match[0].length, scheme: SCHEME.test(text) };
}
