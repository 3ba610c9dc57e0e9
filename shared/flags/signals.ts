// Signals beyond words. Each is a Flag with a sentence a blog owner understands and a weight;
// weights add up to the comment's score. Content signals depend only on the comment; context
// signals on what the store knows about its author and text.

import type { Flag, FlagContext, FlagInput, FlagKind, Span } from '../types';
import { categoryName, hasGivenName, isGivenName, signsWithOwnHomePage } from './category-name';
import type { FlagCode, FlagParams } from './codes';
import { isHostedBlog, siteOfHost } from './domains';
import { fold } from './fold';
import { PINGBACK_TEMPLATE_PHRASES, PLACEHOLDER_NAMES } from './lists/pingbacks';
import { COMMERCIAL_NAME_WORDS } from './lists/phrases';
import { PRODUCT_TERMS } from './lists/support';
import { containsUrl, hostOf } from './links';
import type { WordHit } from './matcher';
import { renderReason } from './reasons';
import { tokenize } from './tokenize';

/** A flag with its code, parameters and English sentence. */
export function makeFlag(kind: FlagKind, code: FlagCode, params: FlagParams | undefined, weight: number, extra?: Pick<Flag, 'note' | 'spans'>): Flag {
  const flag: Flag = { kind, code, reason: renderReason(code, params), weight };
  if (params) flag.params = params;
  if (extra?.note) flag.note = true;
  if (extra?.spans) flag.spans = extra.spans;
  return flag;
}

/** The words that open a request to look something up, reported by the word matcher's scan (engine.ts): the text is searched only when it has one. */
export const SEARCH_TAGS = ['search', 'look'] as const;
const SEARCH_REQUEST =
  /\b(?:search|look up)\s+(?:for\s+)?["'“‘](?:[^"'”’\n]{1,40}\s[-–]\s[^"'”’\n]{1,40}["'”’]|[^"'”’\n]{3,60}["'”’]\s+on\s+(?:youtube|spotify|itunes|soundcloud|instagram|tiktok|facebook|deezer|bandcamp))/i;

/**
 * "Search 'Kid Vega - Concrete Summer'", "look up “Nightdrive Kyo” on Spotify": an artist's work in
 * quotes for the reader to look up, the link a video's comments cannot carry. Not an error message
 * to search for on the web ("search for 'ModuleNotFoundError'"). The span of the request, or null.
 */
export function searchRequestIn(content: string): Span | null {
  const m = SEARCH_REQUEST.exec(content);
  return m ? { start: m.index, end: m.index + m[0].length, term: m[0], list: 'en', field: 'content' } : null;
}

/** The words that make a name its writer's own ("my photography blog"). */
const OWNED = new Set(['my', 'mon', 'ma', 'our', 'notre']);

/** A note's extra, shared: makeFlag only reads it. */
const NOTE: Pick<Flag, 'note'> = Object.freeze({ note: true });

/** Score at which a comment counts as likely spam. */
export const LIKELY_SPAM_SCORE = 4;

/**
 * What Moderato knows of an author and a text it has never seen: the context a new comment
 * gets in an empty database. Used where there is no database to ask (the CLI's flags without
 * --db), so the same comment gets the same verdict there as in a freshly installed app.
 */
export const UNKNOWN_AUTHOR_CONTEXT: Readonly<FlagContext> = {
  approvedByAuthor: 0,
  spamByEmail: 0,
  spamByIp: 0,
  sameText: 0,
  knownPingbackSource: false,
};

/** WordPress's default "hold a comment if it contains 2 or more links". */
export const WORDPRESS_LINK_LIMIT = 2;

/**
 * Single words that make a name read like a business — the business words, and the products sold
 * with "support numbers" ("Hp Printer Assistant"): the engine's word matcher reports them (its tags).
 */
export const COMMERCIAL_NAME_SINGLE_WORDS = [...COMMERCIAL_NAME_WORDS, ...PRODUCT_TERMS].filter((w) => !w.includes(' '));
const COMMERCIAL_WORDS = new Set(COMMERCIAL_NAME_SINGLE_WORDS.map(fold));
const COMMERCIAL_PHRASES = COMMERCIAL_NAME_WORDS.filter((w) => w.includes(' ')).map(fold);

/**
 * The business words of a name, from the word matcher's scan of it: its tags (single words) and
 * its hits on a business phrase ("pas cher" is in the spam lists too).
 */
export function commercialNameWords(tagged: readonly string[], hits: readonly WordHit[]): readonly string[] {
  // Copied only when a phrase joins the tags: most names have neither.
  let words: string[] | null = null;
  for (const h of hits) {
    if (h.span.term.includes(' ')) {
      const term = fold(h.span.term);
      if (COMMERCIAL_PHRASES.includes(term)) (words ??= [...tagged]).push(term);
    }
  }
  return words ?? tagged;
}

function termsOf(spans: readonly Span[]): { terms: string[] } {
  // One span (most flags): no set needed.
  if (spans.length === 1) return { terms: [spans[0]!.term.toLowerCase()] };
  return { terms: [...new Set(spans.map((s) => s.term.toLowerCase()))] };
}

function distinctTerms(spans: readonly Span[]): number {
  if (spans.length <= 1) return spans.length;
  return new Set(spans.map((s) => s.term.toLowerCase())).size;
}

/**
 * `spans` in text order. Each category's spans come in the order of the hits, which is the
 * text's: sorting is only needed when two categories were joined (a stable sort of spans already
 * in order leaves them as they are).
 */
function inTextOrder(spans: Span[]): Span[] {
  for (let k = 1; k < spans.length; k++) if (spans[k]!.start < spans[k - 1]!.start) return spans.sort((a, b) => a.start - b.start);
  return spans;
}

const NO_SPANS: Span[] = [];

/** Two spans share a character ("please check" and "check my" in "please check my code"). */
const overlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Mild self-promotion that opens a sentence with its verb is a call to action: "Subscribe and like!", "Check my channel". */
const IMPERATIVE_VERBS = new Set(['subscribe', 'check', 'add', 'join', 'like', 'share', 'contact', 'call', 'abonnez', 'contactez', 'venez']);

/** Audience words that, after a number, make a call for more of them. */
const AUDIENCE_WORDS = new Set(['subscribers', 'followers', 'abonnés']);

/** What may stand between a count and its audience: "50 more subscribers", "100 nouveaux abonnés". */
const COUNT_QUALIFIERS = ['more', 'new', 'extra', 'nouveaux'];

/** A number ("500", "1,000", "10k") right before `at`, a space (or a word of COUNT_QUALIFIERS) apart: where it starts, else -1. */
function numberBefore(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  for (const q of COUNT_QUALIFIERS) {
    if (i + 1 >= q.length && text.slice(i + 1 - q.length, i + 1).toLowerCase() === q) {
      i -= q.length;
      while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
      break;
    }
  }
  if (i >= 0 && (text.charCodeAt(i) | 0x20) === 107 /* k */) i--;
  let c = text.charCodeAt(i);
  if (!(i >= 0 && c >= 48 && c <= 57)) return -1;
  while (i > 0 && (((c = text.charCodeAt(i - 1)) >= 48 && c <= 57) || c === 44 || c === 46 || c === 32 || c === 0xa0)) i--;
  return i;
}

/** Words that say whose audience a count is: the author's own, or someone else's. */
const OWN_WORDS = new Set(['i', 'me', 'my', 'im', 'we', 'us', 'our', 'je', 'j', 'jai', 'moi', 'mon', 'ma', 'mes', 'nous', 'notre', 'nos']);
const OTHERS_WORDS = new Set(['you', 'your', 'youre', 'u', 'ur', 'she', 'her', 'he', 'his', 'they', 'their', 'tu', 'ta', 'ton', 'tes', 'vous', 'votre', 'vos', 'il', 'elle', 'ils', 'elles', 'leur', 'leurs']);
const AUDIENCE_LOOKBACK_WORDS = 6;

/**
 * "You are so close to 14,000,000 subscribers", "tu as 2000 abonnés": a count of somebody else's
 * audience (the artist's, the blogger's) is a compliment, not a plea for more of one's own. Read
 * from the few words before the number, in its sentence, then, when they name nobody, from the
 * few after the count ("20 more subscribers to go for your channel"); with no person named, it is a plea.
 */
function othersAudience(text: string, numberStart: number, audienceEnd: number): boolean {
  let own = false;
  let others = false;
  let words = 0;
  let end = numberStart;
  for (let i = numberStart - 1; i >= -1 && words < AUDIENCE_LOOKBACK_WORDS; i--) {
    const c = i >= 0 ? text.charCodeAt(i) : 46;
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019 || c > 0xbf;
    if (letter) continue;
    if (end - i > 1) {
      const word = text.slice(i + 1, end).toLowerCase().replace(/['’]/g, '');
      words++;
      if (OWN_WORDS.has(word)) own = true;
      else if (OTHERS_WORDS.has(word)) others = true;
    }
    if (c === 46 || c === 33 || c === 63 || c === 10) break;
    end = i;
  }
  if (!own && !others) {
    const sentence = text.slice(audienceEnd, audienceEnd + 80).split(/[.!?\n]/, 1)[0]!;
    for (const word of sentence.toLowerCase().replace(/['’]/g, '').split(/[^\p{L}]+/u).filter((w) => w !== '').slice(0, AUDIENCE_LOOKBACK_WORDS)) {
      if (OWN_WORDS.has(word)) own = true;
      else if (OTHERS_WORDS.has(word)) others = true;
    }
  }
  return others && !own;
}

/** Nothing but spaces, quotes or a sentence's end between the start of the text and `at`. */
function opensSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 34 || c === 39 || c === 0xa0 || c === 0x2019) continue;
    return c === 10 || c === 13 || c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 62 /* > of a tag */;
  }
  return true;
}

/**
 * What the site itself offers, named in the few words after a call ("Subscribe to the RSS feed",
 * "Share your newsletter"): a reader pointing others to the site, not to their own.
 */
const SITE_OFFERS = new Set(['rss', 'feed', 'newsletter', 'your', 'votre', 'vos', 'flux', 'infolettre']);
const SITE_OFFER_LOOKAHEAD_WORDS = 3;

function aboutTheSite(text: string, from: number): boolean {
  const words = text.slice(from, from + 40).toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');
  return words.slice(0, SITE_OFFER_LOOKAHEAD_WORDS).some((w) => SITE_OFFERS.has(w));
}

/**
 * Somebody else's audience counted ("so close to 14,000,000 subscribers"): no mention of one's
 * own at all, for the flags (wordFlags) and for what the site's model reads (engine.ts).
 */
export function countsOthersAudience(h: WordHit, text: string): boolean {
  if (h.category !== 'mention' || !AUDIENCE_WORDS.has(h.span.term)) return false;
  const number = numberBefore(text, h.span.start);
  return number >= 0 && othersAudience(text, number, h.span.end);
}

/** @param text the text the hits were found in: a mild mention that opens a sentence with a verb is a call to action. */
export function wordFlags(hits: readonly WordHit[], inName = false, text?: string): Flag[] {
  if (hits.length === 0) return [];
  // One object of one shape, arrays only for the categories present: this runs for every comment checked.
  const by: SpansByCategory = {
    abuse: NO_SPANS, spam: NO_SPANS, scam: NO_SPANS, blocked: NO_SPANS, promotion: NO_SPANS, mention: NO_SPANS, request: NO_SPANS, praise: NO_SPANS,
  };
  for (const h of hits) {
    let category = h.category;
    if (category === 'mention' && text !== undefined) {
      const space = h.span.term.indexOf(' ');
      const verb = space < 0 ? h.span.term : h.span.term.slice(0, space);
      if (IMPERATIVE_VERBS.has(verb) && opensSentence(text, h.span.start) && !aboutTheSite(text, h.span.end)) category = 'promotion';
      // "help me reach 500 subscribers", "j'ai 2000 abonnés": a count of one's audience is a plea or a boast.
      else if (AUDIENCE_WORDS.has(h.span.term) && numberBefore(text, h.span.start) >= 0) {
        // Somebody else's audience counted is no mention of one's own at all.
        if (countsOthersAudience(h, text)) continue;
        category = 'promotion';
      }
    }
    switch (category) {
      case 'abuse': by.abuse = withSpan(by.abuse, h.span); break;
      case 'spam': by.spam = withSpan(by.spam, h.span); break;
      case 'scam': by.scam = withSpan(by.scam, h.span); break;
      case 'blocked': by.blocked = withSpan(by.blocked, h.span); break;
      case 'promotion': by.promotion = withSpan(by.promotion, h.span); break;
      case 'mention': by.mention = withSpan(by.mention, h.span); break;
      case 'request': by.request = withSpan(by.request, h.span); break;
      case 'praise': by.praise = withSpan(by.praise, h.span); break;
      default: break; // support, trouble, product: read by the engine, not flags of their own
    }
  }
  return flagsOf(by, inName);
}

type SpansByCategory = Record<'abuse' | 'spam' | 'scam' | 'blocked' | 'promotion' | 'mention' | 'request' | 'praise', Span[]>;

/** `list` with `span` added; the shared empty list is never written to. */
function withSpan(list: Span[], span: Span): Span[] {
  if (list === NO_SPANS) return [span];
  list.push(span);
  return list;
}

function flagsOf(by: SpansByCategory, inName: boolean): Flag[] {
  const flags: Flag[] = [];
  if (by.blocked.length > 0) {
    const weight = Math.min(6, 3 * distinctTerms(by.blocked));
    flags.push(makeFlag('word', inName ? 'name-blocked-words' : 'blocked-words', termsOf(by.blocked), weight, { spans: by.blocked }));
  }
  if (by.abuse.length > 0) {
    // Abuse is worth a look, but on its own it is not spam: it stays under the threshold. One
    // swear word ("holy shit") is how many genuine readers talk: a note; several are a flag.
    const several = distinctTerms(by.abuse) > 1;
    const code = inName ? 'name-abuse-words' : 'abuse-words';
    flags.push(makeFlag('word', code, termsOf(by.abuse), several ? 3 : 2, several ? { spans: by.abuse } : { spans: by.abuse, note: true }));
  }
  if (by.spam.length > 0 || by.scam.length > 0) {
    // Phrases only spam uses ("tech support number") weigh double a word commerce shares with readers ("cheap").
    const spans = inTextOrder([...by.scam, ...by.spam]);
    const scam = distinctTerms(by.scam);
    const weight = Math.min(6, 1.5 * distinctTerms(by.spam) + (scam > 0 ? 3.5 + 3 * (scam - 1) : 0));
    // One word commerce shares with readers ("cheaper", "moins cher") is a note; more, or a phrase only spam uses, a flag.
    const note = scam === 0 && distinctTerms(by.spam) === 1;
    flags.push(makeFlag('word', inName ? 'name-spam-words' : 'spam-words', termsOf(spans), weight, note ? { spans, note } : { spans }));
  }
  if (inName) return flags;
  if (by.promotion.length > 0 || by.mention.length > 0) {
    // A call to action ("check out my") weighs more than a mention ("my blog"); several add up a little.
    // Three different mentions ("my channel", "subscribe", "my latest video") are a call to action
    // too, and so is a mention of one's own work with a request to go and look ("check out … my channel").
    const distinct = distinctTerms([...by.promotion, ...by.mention]);
    const asked = by.request.some((r) => by.mention.some((m) => !overlap(r, m)));
    const spans = inTextOrder([...by.promotion, ...by.mention, ...(asked ? by.request : NO_SPANS)]);
    const base = by.promotion.length > 0 || distinct >= 3 || asked ? 4 : 2;
    const weight = distinct > 1 ? base + 1 : base;
    flags.push(makeFlag('promotion', 'self-promotion', termsOf(spans), weight, { spans }));
  }
  if (by.praise.length > 0) {
    // Most genuine thanks read like this: a note, not a flag, unless an advertised link comes with it.
    flags.push(makeFlag('generic-praise', 'generic-praise', termsOf(by.praise), 1, { spans: by.praise, note: true }));
  }
  return flags;
}

export function linkFlag(count: number): Flag | null {
  if (count <= 0) return null;
  // With a first comment's note, one link to anything but a reference site is worth a look.
  if (count < WORDPRESS_LINK_LIMIT) return makeFlag('links', 'link', undefined, 3.5);
  const weight = Math.min(6, 4 + 0.5 * (count - WORDPRESS_LINK_LIMIT));
  return makeFlag('links', 'links', { count, limit: WORDPRESS_LINK_LIMIT }, weight);
}

/** "stage 4 U" + stage4u.example → true: the name is the website's brand. */
function nameIsWebsite(name: string, authorUrl: string | undefined): string | null {
  if (!authorUrl) return null;
  const host = hostOf(authorUrl);
  if (!host) return null;
  const compact = fold(name).replace(/[^a-z0-9]/g, '');
  if (compact.length < 4) return null;
  const label = host.split('.').slice(0, -1).join('.').replace(/[^a-z0-9]/g, '');
  return label.includes(compact) ? host : null;
}

/**
 * What the author's name says. `business` are the name's business words when the engine's scan
 * of the name found them (commercialNameWords); `nameMayLink` is false when that scan saw that
 * the name cannot hold a web address.
 */
/** The words of a text as the lists hold them: lower-cased, accents and leet symbols folded. */
function foldedWords(text: string): string[] {
  return tokenize(text).map((t) => fold(t.raw));
}

const PLACEHOLDERS: ReadonlySet<string> = new Set(PLACEHOLDER_NAMES);
const PLACEHOLDER_FIRST_WORDS: ReadonlySet<string> = new Set(PLACEHOLDER_NAMES.map((n) => n.split(' ')[0]!));
const LONGEST_PLACEHOLDER = Math.max(...PLACEHOLDER_NAMES.map((n) => n.length));

/** The name's first run of ASCII letters, lower-cased ("" when it starts otherwise): every label's first word is one. */
function firstAsciiWord(name: string): string {
  let i = 0;
  while (i < name.length && name.charCodeAt(i) === 32) i++;
  const start = i;
  for (; i < name.length; i++) {
    const c = name.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
  }
  return name.slice(start, i).toLowerCase();
}

/** "Homepage", "Click here!": the author's name when it is a link's label (lists/pingbacks.ts), else null. */
export function placeholderName(name: string): string | null {
  // Room for a label's punctuation ("Click here!!"); a longer name is no label. Nor is one whose
  // first word starts no label ("Marie", "Paul Dubois"): most names stop at one of these two.
  if (name.length > LONGEST_PLACEHOLDER + 4 || !PLACEHOLDER_FIRST_WORDS.has(firstAsciiWord(name))) return null;
  const key = foldedWords(name).join(' ');
  return PLACEHOLDERS.has(key) ? key : null;
}

/**
 * "[…] Source: How to Prune Hydrangeas […]", "[…] Lire la suite : Tarte aux pommes […]": a scraper's
 * excerpt that is only a label and the title of the page it copied.
 */
const LABEL_EXCERPT = /^\s*(?:\[(?:…|\.\.\.|&hellip;|&#8230;)\]\s*)?(source|via|read more|read the full (?:article|post|story)|continue reading|full article|original article|lire l['’]article original|article original|lire la suite|la suite|article complet|voir l['’]article)(?:\s+(?:here|ici))?\s*:/i;

/** What ends a page's title before its site's name: "Post title – Site", "Post | Site", "Post &#8211; Site". */
const TITLE_SITE_SEPARATOR = /\s(?:[–—|»·-]|::|&#8211;|&#8212;|&ndash;|&mdash;|&raquo;)\s/g;
/** A site's name is short; more after the last separator is still the post's title. */
const MAX_SITE_NAME_LETTERS = 60;

/**
 * The name of the site that signs a pingback ("Notre longère dans le Finistère" in "Rénovation,
 * épisode 12 | Notre longère dans le Finistère"), else null. WordPress names a pingback after the
 * linking page's title; the post's part of it is about what it links to, this blog's own subject.
 */
export function pingbackSigner(name: string): string | null {
  let last = -1;
  TITLE_SITE_SEPARATOR.lastIndex = 0;
  for (let m = TITLE_SITE_SEPARATOR.exec(name); m !== null; m = TITLE_SITE_SEPARATOR.exec(name)) last = m.index + m[0].length;
  if (last < 0) return null;
  const site = name.slice(last).trim();
  return site !== '' && site.length <= MAX_SITE_NAME_LETTERS ? site : null;
}

/**
 * A content farm's title: a ranking with its year ("Best Pressure Washers 2024", "Top 10 Budget
 * Tips You Need in 2024", "Les 10 meilleurs robots cuiseurs en 2023"), written to rank on a search.
 * A blogger's own list says whose it is ("My top 10 books of 2023").
 */
const RANKING_TITLE = /^(?:the\s+|les\s+)?(?:\d+\s+)?(?:best|top\s+\d+|meilleur(?:e|s|es)?)\s/i;
const YEAR = /(?<!\d)20\d\d(?!\d)/;

export function isRankingTitle(title: string): boolean {
  return RANKING_TITLE.test(title.trim()) && YEAR.test(title);
}

const ELLIPSIS_MARK = /\[(?:…|\.\.\.|&hellip;|&#8230;)\]/g;

/**
 * "[…] Debian server tips […]" under "Debian server tips – Linux Admin News": an excerpt that is
 * only the linking page's own title, as a scraper's page holds nothing else. The title, or null.
 */
export function titleOnlyExcerpt(content: string, name: string): string | null {
  const excerpt = content.replace(ELLIPSIS_MARK, ' ').trim();
  if (excerpt === '' || excerpt.length > name.length) return null;
  const signer = pingbackSigner(name);
  const title = (signer !== null ? name.slice(0, name.lastIndexOf(signer)).replace(TITLE_SITE_SEPARATOR, ' ') : name).trim();
  const plain = (s: string): string => foldedWords(s).join(' ');
  return title.includes(' ') && plain(excerpt) === plain(title) ? excerpt : null;
}

/** The first phrase of a link farm's excerpt in a pingback's or trackback's text (lists/pingbacks.ts), else null. */
export function pingbackTemplate(content: string): string | null {
  const label = LABEL_EXCERPT.exec(content);
  if (label) return label[1]!.toLowerCase();
  const words = ` ${foldedWords(content).join(' ')} `;
  return PINGBACK_TEMPLATE_PHRASES.find((p) => words.includes(` ${p} `)) ?? null;
}

/** Business words in a name that blogs are named for too: what they write about, not what they sell. */
const BLOG_TOPIC_WORDS = new Set(['travel', 'travels', 'tips', 'reviews', 'photography', 'photographer', 'media', 'studio', 'web', 'digital', 'online', 'wedding', 'tv']);

/** Parts of a one-word name this long or longer are words of their own ("rolex" + "replica"). */
const JOINED_PART_LETTERS = 4;
const JOINED_TRADE_LETTERS = 5;

/** The trade's word a one-word name starts or ends with ("rolexreplica" → "replica"), else null; never a given name. */
function joinedCommercialWord(word: string): string | null {
  if (word.length < JOINED_PART_LETTERS + JOINED_TRADE_LETTERS || isGivenName(word)) return null;
  for (const w of COMMERCIAL_WORDS) {
    if (w.length < JOINED_TRADE_LETTERS || word.length - w.length < JOINED_PART_LETTERS) continue;
    if (word.startsWith(w) || word.endsWith(w)) return w;
  }
  return null;
}

export function authorFlags(input: FlagInput, business?: readonly string[], nameMayLink = true): Flag[] {
  const name = input.author_name?.trim() ?? '';
  // Most names: no business word, no address in the name, no website to compare with.
  const spelledAddress = endsWithDomainSuffix(name);
  if (business !== undefined && business.length === 0 && !nameMayLink && !input.author_url && !spelledAddress) return [];
  if (!name) return [];
  const flags: Flag[] = [];
  if (nameMayLink && containsUrl(name)) flags.push(makeFlag('author-url-name', 'author-url-name', undefined, 4));
  // "Mywifiext Net", "Routerlogin Com": a web address with its dot left out, the name of no person.
  else if (spelledAddress) flags.push(makeFlag('author-url-name', 'author-url-name', undefined, 3));
  // The name's words, folded: read once for the business words, the category and the brand.
  const words = foldedWords(name);
  let commercial: string[];
  if (business) commercial = [...business];
  else {
    commercial = words.filter((w) => COMMERCIAL_WORDS.has(w));
    const joined = ` ${words.join(' ')} `;
    for (const p of COMMERCIAL_PHRASES) if (joined.includes(` ${p} `)) commercial.push(p);
  }
  // "Rolexreplica", "Cheapjerseys": a trade's word run into another, as a one-word name.
  if (commercial.length === 0 && words.length === 1) {
    const joined = joinedCommercialWord(words[0]!);
    if (joined) commercial = [joined];
  }
  // "Best Chef Knives Under $100", "Best Air Fryers": a buyer's guide that earns on its links, not a person.
  if (commercial.length === 0 && words.length >= 3 && words[0] === 'best') commercial = ['best'];
  // "Marie de Tours", "François de Sales": a given name, then a place or a family after a particle,
  // not a trade ("Centre de Formation" stays a business's name).
  if (commercial.length > 0 && (words.includes('de') || words.includes('du')) && isGivenName(name.split(/\s+/)[0]!.toLowerCase())) {
    const afterParticle = new Set(words.filter((_, i) => i > 0 && (words[i - 1] === 'de' || words[i - 1] === 'du')));
    commercial = commercial.filter((w) => !afterParticle.has(w));
  }
  // "Travel Tales", "Book Nook Reviews" signed with their own home page: a blog named for what it
  // writes about. Those words make a business's name only elsewhere ("Travel Agency Deals").
  // So is one that calls itself a blog ("The Corner Shop Blog", "Le blog de la boutique"): what
  // it writes about, whatever that is.
  if (commercial.length > 0 && input.author_url && (commercial.every((w) => BLOG_TOPIC_WORDS.has(w)) || words.includes('blog')) && signsWithOwnHomePage(name, input.author_url)) {
    commercial = [];
  }
  // "my photography blog", "mon blog de cuisine": a blog its writer calls their own, whatever its address.
  if (commercial.length > 0 && words.includes('blog') && words.some((w) => OWNED.has(w))) commercial = [];
  // "Kitchen Cabinets", "Payday Loans" under a website: the category the website sells, signed as a
  // name. Unless the name is a blog's, signed with its home page ("Green Thumbs", greenthumbs.net).
  if (commercial.length === 0 && input.author_url) {
    const category = categoryName(words);
    if (category && !signsWithOwnHomePage(name, input.author_url)) commercial = [category.join(' ')];
  }
  // "Seo" capitalised as a name is a Korean family name (Jae Duk Seo); the trade is written "SEO" or "seo".
  if (commercial.includes('seo') && !/(?:^|[^\p{L}])(?:SEO|seo)(?:$|[^\p{L}])/u.test(name)) commercial = commercial.filter((w) => w !== 'seo');
  let weight = 0;
  // A product sold with "support numbers" and who sells the help ("Hp Printer Assistant",
  // "Norton Customer Care"): the name of a tech-support page, the kind the pitch comes from.
  if (commercial.some((w) => SUPPORT_PRODUCT_WORDS.has(w)) && commercial.some((w) => SUPPORT_SELLER_WORDS.has(w))) weight += 4;
  else if (commercial.length > 0) weight += 2.5;
  const site = nameIsWebsite(name, input.author_url);
  if (site) {
    // A brand written with digits ("stage 4 U", "Shop24") is a business; a plain name that matches
    // its website is most often a personal blog ("Hélène Roussel", helene-roussel.example): a note.
    const branded = words.some((w) => /^[0-9]+$/.test(w)) || words.some((w) => /[a-z][0-9]|[0-9][a-z]/.test(w));
    weight += branded ? 2.5 : 0;
  }
  const uniq = [...new Set(commercial)];
  // "Pergola Bioclimatique" (pergola-bioclimatique-prix.example) writing that "a bioclimatic pergola
  // is an excellent option": a business named for what it sells, selling it in the text. A
  // person's name, or a blog's on a blogging platform, is not the subject of its own comment.
  const sold = site && uniq.length === 0 && weight === 0 && input.type !== 'pingback' && input.type !== 'trackback' ? nameSoldInText(name, words, site, input.content) : NO_TERMS;
  if (site && sold.length > 0) {
    flags.push(makeFlag('author-commercial', 'author-name-in-text', { site, words: sold }, NAME_SOLD_IN_TEXT_WEIGHT));
  } else if (uniq.length > 0 && site) {
    flags.push(makeFlag('author-commercial', 'author-commercial-website', { words: uniq, site }, Math.min(4, weight)));
  } else if (uniq.length > 0) {
    flags.push(makeFlag('author-commercial', 'author-commercial-name', { words: uniq }, Math.min(4, weight)));
  } else if (site) {
    flags.push(makeFlag('author-commercial', 'author-name-is-website', { site }, Math.min(4, weight), weight < 1 ? { note: true } : undefined));
  }
  return flags;
}

/** A business named for what it sells, selling it in its comment: with a first comment's note, likely spam. */
const NAME_SOLD_IN_TEXT_WEIGHT = 3.5;
/** Shorter words of a name are its links ("de", "du", "the") or too common to tell ("bio", "pro"). */
const SOLD_WORD_LETTERS = 5;
const NO_TERMS: readonly string[] = [];

/**
 * The words of a name of two or more, none a given name, that its comment's text repeats
 * ("literie" for "Literie Confort Plus"), when the name is its own website's (not a blog on a
 * blogging platform). Read only for names that match their website: few do.
 */
function nameSoldInText(name: string, words: readonly string[], site: string, content: string): readonly string[] {
  if (words.length < 2 || hasGivenName(name) || isHostedBlog(site)) return NO_TERMS;
  const candidates = words.filter((w) => w.length >= SOLD_WORD_LETTERS);
  if (candidates.length === 0) return NO_TERMS;
  const text = new Set(foldedWords(content));
  return candidates.filter((w) => text.has(w));
}

/**
 * The last word of a name of two words or more is a domain suffix ("Mywifiext Net"). Compared
 * letter by letter, case aside, without slicing: this runs for every comment's author.
 */
function endsWithDomainSuffix(name: string): boolean {
  const space = name.lastIndexOf(' ');
  const length = name.length - space - 1;
  if (space <= 0 || length < 3 || length > 4) return false;
  for (const suffix of NAME_DOMAIN_SUFFIXES) {
    if (suffix.length !== length) continue;
    let same = true;
    // `| 0x20` lower-cases an ASCII letter; no other character becomes one of a suffix's letters.
    for (let j = 0; j < length && same; j++) same = (name.charCodeAt(space + 1 + j) | 0x20) === suffix.charCodeAt(j);
    if (same) return true;
  }
  return false;
}

/** Suffixes that end the names of sites, not of people (".in", ".co" and ".us" are words and names too). */
const NAME_DOMAIN_SUFFIXES: readonly string[] = ['com', 'net', 'org', 'info', 'biz', 'xyz'];
const SUPPORT_PRODUCT_WORDS = new Set(PRODUCT_TERMS.filter((w) => !w.includes(' ')).map(fold));
const SUPPORT_SELLER_WORDS = new Set(['support', 'assistant', 'assistance', 'helpline', 'helpdesk', 'desk', 'hotline', 'customer', 'technician', 'technicians', 'expert', 'experts', 'repair', 'service', 'services']);

/** Mostly capital letters, on a text long enough for that to mean something. Counts come from the word scan. */
export function shoutingFlag(letters: number, capitals: number): Flag | null {
  if (letters < 12 || capitals / letters < 0.7) return null;
  // Caps lock is a tone, not a reason to look twice: a note that still adds to the score.
  return makeFlag('shouting', 'shouting', { percent: Math.round((100 * capitals) / letters) }, 1, NOTE);
}

/** Letters from which a text is long enough that the same words from two people is no coincidence. */
export const LONG_TEXT_LETTERS = 40;

/** `url` is on the site's own registrable domain: the site's own pages, its owner's link. */
export function onTheSite(url: string | undefined, siteHost: string | null | undefined): boolean {
  if (!url || !siteHost) return false;
  const host = hostOf(url);
  return host !== null && siteOfHost(host) === siteOfHost(siteHost);
}

/** @param letters letters in the comment's text: short thanks repeat innocently, long texts do not. */
export function contextFlags(input: FlagInput, ctx: Partial<FlagContext>, letters = LONG_TEXT_LETTERS): Flag[] {
  const flags: Flag[] = [];
  if (ctx.spamByEmail !== undefined && ctx.spamByEmail > 0) {
    flags.push(makeFlag('known-spam-email', 'known-spam-email', { count: ctx.spamByEmail }, 5));
  }
  if (ctx.spamByIp !== undefined && ctx.spamByIp > 0) {
    flags.push(makeFlag('known-spam-ip', 'known-spam-ip', { count: ctx.spamByIp }, 3));
  }
  if (ctx.approvedByAuthor !== undefined) {
    if (ctx.approvedByAuthor > 0) {
      const weight = ctx.approvedByAuthor >= 3 ? -6 : -4;
      flags.push(makeFlag('approved-author', 'approved-author', { count: ctx.approvedByAuthor }, weight));
    } else {
      // Every new reader is a first-time author: context, not a reason to look twice.
      flags.push(makeFlag('first-time-author', 'first-time-author', undefined, 0.5, NOTE));
    }
  }
  const authors = ctx.sameTextAuthors ?? 0;
  const similar = ctx.similarTextAuthors ?? 0;
  const long = letters >= LONG_TEXT_LETTERS;
  let campaign = true;
  if (authors > 0 && (long || authors >= 3)) {
    // A campaign: one text under several names. Short thanks ("thank you!") repeat innocently,
    // so a short text takes several other authors, and weighs less.
    const weight = long ? (authors >= 2 ? 5 : 4) : authors >= 5 ? 3 : 2;
    flags.push(makeFlag('campaign', 'campaign', { authors }, weight));
  } else if (similar > 0 && (long || similar >= 3)) {
    // Its spun copies, a few words changed: a little less than the same text, as a few changed
    // words also make two readers' short replies alike ("Thanks, this fixed my build on Windows").
    // From two other authors, enough to outweigh what a trained filter may say of a new campaign.
    const weight = long ? (similar >= 2 ? 4.5 : 3) : similar >= 5 ? 3 : 2;
    flags.push(makeFlag('campaign', 'campaign-similar', { authors: similar }, weight));
  } else campaign = false;
  if (!campaign && ctx.sameText !== undefined && ctx.sameText > 0) {
    const weight = ctx.sameText >= 3 ? 4 : 2;
    flags.push(makeFlag('duplicate', 'duplicate', { count: ctx.sameText }, weight));
  }
  const type = input.type ?? 'comment';
  // A pingback from the site's own posts is the site linking to itself: the commonest pingback of all.
  if (type !== 'comment' && ctx.knownPingbackSource === false && !onTheSite(input.author_url, ctx.siteHost)) {
    flags.push(makeFlag('unknown-pingback', 'unknown-pingback', { type }, 3));
  }
  return flags;
}
