// Keyboard mashing ("sdfgsdfg dfghdfgh"): what bots post to test whether a form publishes, and
// people who only want to see the form work. No language writes most of a comment in words
// without a vowel; a reader's "hmmm", "grrr" or "pfff" repeats two or three letters.

/** Past this length a text has something to say: not looked at. */
const MAX_LENGTH = 400;
/**
 * A mashed word: this many letters or more, none of them a vowel, and this many different ones
 * ("sdfgsdfg"); or longer and of three letters ("kjhkjh"). "hmmmm", "grrrr", "pfff" have fewer.
 */
const MIN_LETTERS = 5;
const MIN_DISTINCT = 4;
const LONG_LETTERS = 6;
const LONG_DISTINCT = 3;
/** Words shorter than this ("a", "I", "ok") do not count either way. */
const MIN_COUNTED = 3;

/**
 * The mashed words of a short text when they are at least half of its words, else null. Words
 * of links and addresses are left out: a URL's path is often made of such letters.
 */
export function mashedWords(text: string): string[] | null {
  // The engine asks only when the word scan saw a word of five letters without a vowel (matcher.ts `vowelless`).
  if (text.length > MAX_LENGTH) return null;
  let counted = 0;
  let mashed: string[] | null = null;
  for (const token of text.split(/\s+/)) {
    if (token.includes('/') || token.includes('@') || token.includes('=') || /\w\.\w/.test(token)) continue;
    for (const word of token.match(/\p{L}+/gu) ?? []) {
      if (word.length < MIN_COUNTED) continue;
      counted++;
      if (isMashed(word)) (mashed ??= []).push(word);
    }
  }
  return mashed !== null && mashed.length * 2 >= counted ? mashed : null;
}

function isMashed(word: string): boolean {
  if (word.length < MIN_LETTERS || !/^[a-z]+$/i.test(word) || /[aeiouy]/i.test(word)) return false;
  const distinct = new Set(word.toLowerCase()).size;
  return distinct >= MIN_DISTINCT || (word.length >= LONG_LETTERS && distinct >= LONG_DISTINCT);
}
