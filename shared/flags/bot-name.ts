// The names comment bots sign with: a given name with a few random letters stuck on ("Jamesfup",
// "Thomasbeext", "Georgekib", "RobertPaw"). Posting tools draw a name from a list of
// given names and add letters so that each account differs; WordPress Spam folders are full of
// them. A person's one-word name is a name ("Annabel", "Jameson"), a name and a word ("Johnsmith"),
// a name and an initial ("Sarahb") or a name and a surname or its ending ("Davidson", "Johnston",
// "Rajeshkumar") or a name the lists lack that ends as other names do ("Bertrand", "Roselyne"):
// none of those is read so.

import { isGivenName, isGivenNameEnding, isWord } from './category-name';

/** The letters bots add: three to five, none a word longer than a syllable. */
const MIN_ADDED = 3;
const MAX_ADDED = 5;
/** Endings that make a given name a surname or another name ("Johnston", "Petersen", "Marikova"). */
const NAME_ENDINGS = ['kumar', 'singh', 'raj', 'das', 'lal', 'nath', 's', 'son', 'sen', 'ston', 'ton', 'ley', 'man', 'mann', 'berg', 'stein', 'ez', 'es', 'ov', 'ova', 'ev', 'eva', 'ski', 'sky', 'kins', 'ette', 'ito', 'ita', 'ine', 'ina', 'ie', 'y', 'o', 'a'];

/** One word of letters, a capital first: "Jamesfup", "RobertPaw". */
const ONE_WORD = /^[A-Z][a-z]{2,11}(?:[A-Z][a-z]{0,4})?$/;

/**
 * The given name a bot's name is made from and the letters added to it ("James" + "fup"), or
 * null when the name is not one.
 */
export function botName(name: string): { given: string; added: string } | null {
  const trimmed = name.trim();
  if (trimmed.length < 5 || trimmed.length > 16 || !ONE_WORD.test(trimmed)) return null;
  const lower = trimmed.toLowerCase();
  if (isGivenName(lower) || isWord(lower)) return null;
  // The longest given name the name starts with. One letter after it is an initial ("Sarahb", "Jacobs").
  for (let cut = lower.length - 1; cut >= 3; cut--) {
    const added = lower.slice(cut);
    if (added.length > MAX_ADDED) break;
    if (!isGivenName(lower.slice(0, cut))) continue;
    if (added.length < MIN_ADDED) return null;
    // A word of its own longer than a bot's syllable ("Johnsmith", "Peterwell"), another name, a surname's ending.
    if ((added.length > 3 && isWord(added)) || isGivenName(added) || isGivenNameEnding(added) || NAME_ENDINGS.some((e) => added === e || (added.endsWith(e) && e.length >= 3))) return null;
    return { given: trimmed.slice(0, cut), added: trimmed.slice(cut) };
  }
  return null;
}
