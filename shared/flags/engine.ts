// The flag engine: word lists compiled once per list change, plus the signals beyond words.
// Pure and deterministic; check() is what the store calls on ingest and on re-flag.

import type { Flag, FlagContext, FlagInput, FlagResult, Span } from '../types';
import { isPersonalSite, readAuthorSite, tradeWordsWeight, type AuthorSiteReading } from './author-site';
import { isDisposableEmailDomain, emailDomain, isReferenceHost, isSharedProvider, isSharingPlatform, isShortener, linkFarmSuffix, siteOfHost } from './domains';
import { foreignLanguageOf, isSiteLanguage, MIN_LANGUAGE_LETTERS } from './language';
import { hasUnspacedLetters, latinScript, mostlyNonLatin, otherScript, SHORT_SCRIPT_LETTERS, unstyled, writtenWithoutSpaces } from './scripts';
import { COMMON_WORDS } from './lists/common-words';
import { BUNDLED_LISTS_VERSION, bundledEntries } from './lists/bundled';
import { COMMERCIAL_EN, COMMERCIAL_FR, UNSPACED_COMMERCIAL } from './lists/commercial';
import { PRICE_WORDS } from './lists/price-words';
import { PRODUCT_TERMS, SERVICE_NAME_TERMS, SUPPORT_TERMS, TROUBLE_TERMS } from './lists/support';
import {
  MEDIA_MENTION_PHRASES,
  MILD_PROMOTION_PHRASES_EN,
  MILD_PROMOTION_PHRASES_FR,
  MILD_PROMOTION_PHRASES_OTHER,
  OWN_WORK_PHRASES_EN,
  PRAISE_PHRASES_EN,
  PRAISE_PHRASES_FR,
  PROMOTION_PHRASES_EN,
  PROMOTION_PHRASES_FR,
  PROMOTION_PHRASES_OTHER,
  REQUEST_PHRASES_EN,
  REQUEST_PHRASES_FR,
} from './lists/phrases';
import { contactAddressIn, findLinks, hostOf, messengerContactIn, type LinkInfo } from './links';
import { mashedWords } from './gibberish';
import { hasWordsOfItsOwn, saysNothingInParticular, spinTemplateIn, templateTitleSlot } from './generic-text';
import { isWordCode } from './tokenize';
import { entryKeys, keyHash, WordMatcher, type WordCategory, type WordEntry, type WordHit } from './matcher';
import { textSketch } from './near-text';
import { MIN_PHONE_DIGITS, phoneNumberIn } from './phone';
import { earningsClaimIn, MONEY_WORDS } from './earnings';
import { MENTOR_TAGS, mentorPitchIn } from './mentor-pitch';
import { botName } from './bot-name';
import { hasGivenName } from './category-name';
import { ANCHOR_TAGS, keywordAnchors } from './keyword-anchor';
import {
  authorFlags,
  COMMERCIAL_NAME_SINGLE_WORDS,
  commercialNameWords,
  contextFlags,
  countsOthersAudience,
  LIKELY_SPAM_SCORE,
  linkFlag,
  LONG_TEXT_LETTERS,
  makeFlag,
  isRankingTitle,
  pingbackSigner,
  pingbackTemplate,
  placeholderName,
  searchRequestIn,
  SEARCH_TAGS,
  titleOnlyExcerpt,
  shoutingFlag,
  wordFlags,
} from './signals';
import type { Observations, SiteModel } from './site-model';

export interface UserWordLists {
  /** Words and phrases the user wants flagged. */
  block?: readonly string[];
  /** Words and phrases never flagged, even when a bundled list or the blocklist holds them. */
  allow?: readonly string[];
}

/** What check() found out about the comment itself, before any context or model. */
export interface ContentAnalysis {
  flags: Flag[];
  observations: Observations;
}

interface Analysis extends ContentAnalysis {
  /** The text the rules read: the comment's, or the same with its styled letters written plainly ("𝐁𝐮𝐲" as "Buy"). */
  text: string;
  /** The text had styled letters: its flags' spans point into `text`, not into the text shown. */
  styled: boolean;
  letters: number;
  /** The text's words (numbers aside), and how many are common words of the site's stated language; null when not asked. */
  siteWords: { words: number; found: number } | null;
  /** The words for "price" in other languages than English and French that the text holds (lists/price-words.ts). */
  priceTerms: readonly string[];
  /** The comment advertises something: its author's website (not a reference one), a link, or a business name. */
  advertised: boolean;
}

export interface FlagEngine {
  /** Identifies bundled lists + these user lists: when it changes, stored comments need re-flagging. */
  readonly listsVersion: string;
  /**
   * Flags, score and verdict for one comment. `ctx` comes from the store (missing fields are
   * simply not judged). A site `model` brings what the site's history knows — domains and texts
   * seen in its spam, the owner's decisions, its languages — and, once out of its learning
   * phase, its own verdict, which weighs more the more history it has seen.
   */
  check(input: FlagInput, ctx?: Partial<FlagContext>, model?: SiteModel | null): FlagResult;
  /** Word-list hits in `text` (bundled lists and blocklist, minus allowlist), for highlighting. */
  wordHits(text: string, field?: Span['field']): Span[];
  /** The context-free part of check(): content and author signals, and what the model reads. */
  analyse(input: FlagInput): ContentAnalysis;
  /** What the model reads in a comment (analyse() without the flags' sentences). */
  observe(input: FlagInput): Observations;
  /** The word sketch of a text (near-text.ts), from its words alone: what observe() would give, for less. */
  sketch(content: string): number[] | null;
}

/** How much the model's log-odds move the score, and the most it can move it, with little and with much history. */
const CLASSIFIER_SCALE = [0.6, 1.2] as const;
const CLASSIFIER_CAP = [6, 9] as const;
/** The most the model's "genuine" may take off the score, with little and with much history. */
const GENUINE_CAP = [2, 6] as const;
/** Examples seen in the site's spam before a domain counts as a spam domain, and how few approved ones it may have. */
const SPAM_DOMAIN_MIN = 2;
/** Signals a site's model cannot have learned from its past spam, at this weight or more. */
const STRONG_SIGNAL = 4;
const UNSEEN_BY_MODEL = new Set<string>(['campaign', 'campaign-similar', 'campaign-site', 'campaign-spam', 'campaign-spam-similar', 'phone-support', 'support-pitch', 'spam-domain', 'like-marked-spam', 'spam-words']);
/** What a comment like one the owner marked weighs, [marked spam, marked not spam]: by its text, e-mail, domain or IP; by nearly the same text. */
const MARKED_WEIGHT = { same: [6, -5], similar: [5, -4], similarShort: [3.5, -3] } as const;
/** The share of a text's words seen in the site's approved comments from which the model's "genuine" counts in full. */
const VOUCHED_WORD_SHARE = 0.5;
/** With one of them present, the most the model's "genuine" may take off the score. */
const UNSEEN_GENUINE_CAP = 1;
/** "Check out my …" when every link goes to code or documentation: a mention's weight (signals.ts wordFlags). */
const OWN_CODE_PROMOTION_WEIGHT = 2;
/** The names of a company's help desk (lists/support.ts SERVICE_NAME_TERMS), and what a product next to them alone weighs. */
const SERVICE_NAMES = new Set(SERVICE_NAME_TERMS);
const SERVICE_NAME_WEIGHT = 2.5;
/** An e-mail address or a messenger contact to write to, given in the text (links.ts contactAddressIn, messengerContactIn). */
const CONTACT_ADDRESS_WEIGHT = 2;
/** Most of a short text typed at random (gibberish.ts): with a first comment's note, likely spam. */
const KEYBOARD_MASH_WEIGHT = 3.5;
/**
 * A claim of income (earnings.ts): alone a note (readers of a finance blog say what they earn),
 * with where to go for the money the pitch.
 */
const EARNINGS_CLAIM_WEIGHT = [1.5, 3.5] as const;
/** A template's slot for the article's title (generic-text.ts templateTitleSlot): a look, as a comparison in prose may look like one. */
const TEMPLATE_TITLE_WEIGHT = 3;
/** An author's name that is a link's label ("Homepage"), and a link farm's phrase in a pingback's excerpt (lists/pingbacks.ts). */
const PLACEHOLDER_NAME_WEIGHT = 2.5;
/** A bot's name, a given name with letters stuck on (bot-name.ts): a look; the site's filter learns what it weighs there. */
const BOT_NAME_WEIGHT = 2;
/** A testimonial for a money mentor: likely spam with a first comment's note. */
const MENTOR_PITCH_WEIGHT = 3.5;
const PINGBACK_TEMPLATE_WEIGHT = 3;
/**
 * Letters styled to slip past word filters (scripts.ts unstyled): said, as context, but not
 * counted. Readers write in fancy letters for fun too ("ＤＡＭＮ ＴＨＩＳ ＣＯＭＭＥＮＴ ＩＳ ＦＡＮＣＹ"); what
 * the letters say, read plainly, is what counts.
 */
const STYLED_LETTERS_WEIGHT = 0;
/** Letters under which a comment is little more than a mention of its author's channel, videos or music; and what that mention then weighs. */
const SHORT_MENTION_LETTERS = 80;
const SHORT_MENTION_WEIGHT = 3.5;
const MEDIA_MENTIONS: ReadonlySet<string> = new Set(MEDIA_MENTION_PHRASES);
/** Calls to follow a link or use a code: a reader's quote where there is nothing to follow. */
const LINK_CALLS: ReadonlySet<string> = new Set(['click here', 'click this', 'click the link', 'click on the link', 'link below', 'discount code', 'cliquez ici', 'cliquez sur le lien']);
/** What self-promotion weighs when it is read as context: a quoted call, a blogger naming the post the link goes to. */
const PROMOTION_NOTE_WEIGHT = 1;
/**
 * A version number ("6.4", "3.12.1"), code in backticks, an identifier (snake_case, camelCase) or a
 * file name (".py", ".php"): what a reader's question names and spun praise never does. Not a
 * brand's capital ("iPhone", "eBay": spun comments are "written from my new iPhone").
 */
const SPECIFIC = /\b\d+\.\d+\b|`[^`\n]+`|\b[a-z]+_[a-z0-9_]+\b|\b[a-z]{2,}[A-Z][a-z]+[A-Za-z]*\b|\.(?:py|js|ts|php|css|html|json|ya?ml|sh|sql|md|csv)\b/;
function namesSomethingSpecific(text: string): boolean {
  return SPECIFIC.test(text);
}
/** Letters under which a comment of generic praise is little more than the praise (some 40 words). */
const SHORT_PRAISE_LETTERS = 200;
/** Words outside the commonest that make short praise more than praise: a reader with something to say. */
const OWN_WORDS_BEYOND_PRAISE = 4;
/**
 * A short text of the commonest words only, from an author advertising a website (generic-text.ts),
 * [a website, their own name's]: with a first comment's note a look; with the website's trade
 * words or a business name, likely spam. Readers' short bug reports are written in common words
 * too; under a personal blog's address, a note.
 */
const GENERIC_TEXT_WEIGHT = [3, 1] as const;
/** Below this share of words the site's approved comments use, the language is worth checking. */
const FOREIGN_WORD_SHARE = 0.25;
/**
 * On a fresh install, below this share of the site language's common words (lists/common-words.ts),
 * among at least FOREIGN_MIN_WORDS words: a text in that language is rarely a tenth made of them.
 */
const FOREIGN_COMMON_SHARE = 0.1;
const FOREIGN_MIN_WORDS = 5;
/** Approved comments with a known language from which they may outvote the language WordPress states. */
const OUTVOTING_SAMPLES = 3;
/** Words read for that share: about what franc reads of a long text (its first 160 characters). */
const LANGUAGE_SAMPLE_WORDS = 30;
/** Common words after which the share can no longer fall below FOREIGN_COMMON_SHARE: reading stops there. */
const COMMON_WORDS_ENOUGH = Math.ceil(FOREIGN_COMMON_SHARE * LANGUAGE_SAMPLE_WORDS);
/** Words of prose (addresses aside) from which a comment has much to say besides its one link; and that link's weight then. */
const LONG_COMMENT_WORDS = 50;
const LINK_IN_LONG_COMMENT = 2.5;
/** One link to the author's own personal site: a blogger pointing to their write-up, a look at most. */
const LINK_TO_OWN_BLOG = 1.5;
/** One link among as many to reference sites: one more source cited, a look. */
const LINK_AMONG_SOURCES = 2.5;
/** A request to look up a name in quotes: a call to action, as "check out my" is (signals.ts flagsOf). */
const SEARCH_REQUEST_WEIGHT = 4;
/** Words of prose from which a question asked with one link is a reader's (see ASKS). */
const QUESTION_WITH_LINK_WORDS = 25;
/** A question mark ending a sentence (not a URL's query). */
const ASKS = /\?(?:\s|$)/;
/** Words of prose per link from which links to pages that sell nothing are a reader's sources. */
const CITED_PAGE_WORDS = 12;
/** Words of its own from which a pingback's excerpt is the linking page's text, not a link farm's bare link. */
const PINGBACK_PROSE_WORDS = 5;
/** A pingback from a site on a top-level domain link farms favour (domains.ts linkFarmSuffix). */
const PINGBACK_FARM_DOMAIN_WEIGHT = 1.5;
/** A spinner's template posted unspun: only spam is written so. */
const SPIN_TEMPLATE_WEIGHT = 4;
/** A name that is its own website's, where that address reads as a trade. */
const TRADE_SIGNS_AS_SITE_WEIGHT = 2;
/** What a trade's page adds to its words when given as the author's website ("/dental-implants-houston/" rather than the home page). */
const LANDING_PAGE_WEIGHT = 1.5;
/** What a link to a video or an outing weighs less with this many words of prose said about it. */
const PLATFORM_LINK_DISCOUNT = 1;
const SHARED_LINK_WORDS = 10;
const NO_WORDS: ReadonlySet<number> = new Set();
/**
 * One website from one other author is a look; from two or more, likely spam, and (a campaign the
 * site's filter cannot have seen) strong enough that the filter's "genuine" does not cancel it.
 */
const SITE_CAMPAIGN_WEIGHT = [2, 4.5] as const;
/** An author's website given as a referral link: a sign-up that pays the author, not a reader's own site. */
const REFERRAL_WEIGHT = 3;
/** Each word for "price" of lists/price-words.ts, and the languages it is written in. */
const PRICE_WORD_LANGUAGES = new Map<string, string[]>();
for (const [language, words] of Object.entries(PRICE_WORDS)) {
  for (const w of words) PRICE_WORD_LANGUAGES.set(w, [...(PRICE_WORD_LANGUAGES.get(w) ?? []), language]);
}
const NO_TERMS: readonly string[] = [];
/**
 * A short comment asking for a price in a language the site does not use: the enquiry posted
 * under many names in a new language each time. With a first comment's note, likely spam.
 */
const FOREIGN_PRICE_WEIGHT = 3.5;
const FOREIGN_PRICE_MAX_LETTERS = 120;
/** What a comment in a language the site does not use weighs: a look, not a verdict on its own. */
const FOREIGN_WEIGHT = 3;
/** …and with nothing else against the comment (no link, no pitch, no campaign). */
const FOREIGN_ALONE_WEIGHT = 2;
/**
 * In another script than the site's language as well (Cyrillic or Chinese on an English blog):
 * with a first comment's note, likely spam. Readers of a site read its script; campaigns sent to
 * every blog are written in theirs.
 */
const OTHER_SCRIPT_WEIGHT = 3.5;

function phraseEntries(terms: readonly string[], list: 'en' | 'fr', category: WordCategory): WordEntry[] {
  return terms.map((term) => ({ term, list, category }));
}

function hashLists(block: readonly string[], allow: readonly string[]): string {
  // FNV-1a over the user lists: a short, stable fingerprint for "did the lists change".
  let h = 0x811c9dc5;
  const text = `${block.join('\n')}\u0000${allow.join('\n')}`;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * One number for the text: the same text whatever its case, punctuation and spacing ("Great
 * post!!" and "great   post"). One pass over the lower-cased text, letters and digits only.
 */
function textKeyOf(lower: string): number {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  let gap = false;
  let any = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const word = c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : isWordCode(c);
    if (!word) {
      gap = any;
      continue;
    }
    if (gap) {
      a = Math.imul(a ^ 32, 0x01000193);
      b = Math.imul(b ^ 32, 0x5bd1e995);
      gap = false;
    }
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    any = true;
  }
  return any ? (a >>> 0) * 0x200000 + (b >>> 11) : 0;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * The stated language is outvoted by the approved comments read so far: a few of them already,
 * and under a third in that language (or a close relative).
 */
function outvoted(language: string, soFar: ReadonlyMap<string, number>): boolean {
  if (soFar.size === 0) return false;
  let total = 0;
  let stated = 0;
  for (const [l, n] of soFar) {
    total += n;
    if (isSiteLanguage(l, [language])) stated += n;
  }
  return total >= OUTVOTING_SAMPLES && stated * 3 < total;
}

const foreignWeight = (language: string, siteLanguages: readonly string[]): number =>
  otherScript(language, siteLanguages) ? OTHER_SCRIPT_WEIGHT : FOREIGN_WEIGHT;

/**
 * One website given by several authors in the queue or the Spam folder: a campaign posting its
 * client's site under many names and texts. Not for the websites millions share (a profile on a
 * social network, a code host) nor for the site itself.
 */
function siteCampaignFlag(input: FlagInput, authors: number, siteHost: string | null): Flag | null {
  const host = input.author_url ? hostOf(input.author_url) : null;
  if (host === null) return null;
  const site = siteOfHost(host);
  if (isSharedProvider(site) || isReferenceHost(host, site)) return null;
  if (siteHost !== null && site === siteOfHost(siteHost)) return null;
  return makeFlag('campaign', 'campaign-site', { authors, site }, authors >= 2 ? SITE_CAMPAIGN_WEIGHT[1] : SITE_CAMPAIGN_WEIGHT[0]);
}

/** "Seo" capitalised in a name is a Korean family name (Jae Duk Seo), not the trade ("SEO", "seo"). */
function isFamilyName(name: string, hit: WordHit): boolean {
  return hit.span.end - hit.span.start === 3 && name.slice(hit.span.start, hit.span.end) === 'Seo';
}

const NO_SIGNALS: string[] = [];
/** No link at all: most comments. Shared, so never changed by anyone. */
const NO_LINKS: Readonly<LinkInfo> = Object.freeze({ count: 0, domains: Object.freeze([]) as unknown as string[] });
const NO_LINK_READING: Readonly<LinkReading> = Object.freeze({ counted: 0, referenceLinks: 0, platformLinks: 0, sites: Object.freeze([]) as unknown as string[], reference: Object.freeze([]) as unknown as string[], shortener: null });
/** What check() without a site model hands on: nothing reads it. */
const NO_OBSERVATIONS: Observations = Object.freeze({
  signals: NO_SIGNALS, words: [], wordHashes: [], nameWords: [], linkCount: 0, linkDomains: [], linkSites: [], authorSite: null, textKey: 0,
}) as Observations;

/** One bit per word category. */
const CATEGORY_BIT: Record<WordCategory, number> = {
  abuse: 1, spam: 2, scam: 4, blocked: 8, promotion: 16, mention: 32, request: 64, praise: 128, support: 256, trouble: 512, product: 1024, price: 2048,
};

/**
 * Words in text[from, to) when only spaces and hyphens part them ("HP  printer", "Canon - printer"),
 * else Infinity: punctuation ends a search phrase ("heroku[router]: at=error" is a log line).
 */
function wordsBetween(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const word = isWordCode(c);
    if (!word && c !== 32 && c !== 0xa0 && c !== 45) return Infinity;
    if (word && !inWord) words++;
    inWord = word;
  }
  return words;
}

/** Verbs that make "Norton support" the subject of a reader's sentence ("Norton support was useless"), not a search phrase. */
const SUBJECT_VERBS = new Set([
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'never', 'did', 'does', 'didn', 'doesn', 'wasn', 'isn', 'told', 'said',
  'kept', 'helped', 'fixed', 'answered', 'replied', 'refused', 'took', 'gave', 'asked', 'called', 'just', 'still', 'finally',
  'est', 'était', 'a', 'm', 'ne', 'n',
]);

/** The word right after `end` (past spaces), lower-cased; '' when a sign comes first. */
function wordAfter(text: string, end: number): string {
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i++;
  let j = i;
  while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
  return text.slice(i, j).toLowerCase();
}

/**
 * A product followed by its trouble or by "support", at most one word apart ("HP printer support",
 * "Outlook password", "Canon printer error"): how often, and the first product so named. A reader
 * writes "an error in Outlook", or makes the pair a sentence's subject ("Norton support was
 * useless"); a page selling support numbers writes "Outlook error".
 */
function productKeywords(hits: readonly WordHit[], text: string): { count: number; product: string | null } {
  let count = 0;
  let product: string | null = null;
  for (let i = 0; i + 1 < hits.length; i++) {
    const h = hits[i]!;
    if (h.category !== 'product') continue;
    const next = hits[i + 1]!;
    if (
      (next.category === 'trouble' || next.category === 'support') &&
      wordsBetween(text, h.span.end, next.span.start) <= 1 &&
      !SUBJECT_VERBS.has(wordAfter(text, next.span.end))
    ) {
      count++;
      product ??= h.span.term;
    }
  }
  return { count, product };
}

interface LinkReading {
  /** Links that count against the author: all but those to reference sites. */
  counted: number;
  /** Links to reference sites (and to the blog itself). */
  referenceLinks: number;
  /** Counted links to the platforms readers post their own videos and outings to (see isSharingPlatform). */
  platformLinks: number;
  sites: string[];
  reference: string[];
  shortener: string | null;
}

/** `hits` and the terms of UNSPACED_COMMERCIAL written in `content`, as the commercial lists' hits. */
function withUnspacedTerms(hits: readonly WordHit[], content: string): WordHit[] {
  const found: WordHit[] = [];
  for (const term of UNSPACED_COMMERCIAL) {
    const at = content.indexOf(term);
    if (at >= 0) found.push({ category: 'scam', span: { start: at, end: at + term.length, term, list: 'en', field: 'content' } });
  }
  return found.length > 0 ? [...hits, ...found] : (hits as WordHit[]);
}

/** "LWN.net" for lwn.net or www.lwn.net: a site named by its own address. */
function namesHost(name: string, host: string): boolean {
  const n = name.trim().toLowerCase();
  return n === host || `www.${n}` === host || n === siteOfHost(host);
}

/** Whether the author's website is their own blog, not a business's (see isPersonalSite). */
function personalSiteOf(name: string | undefined, host: string | null, site: AuthorSiteReading | null, author: readonly Flag[]): boolean {
  return host !== null && isPersonalSite(name ?? '', host) && !site?.words.length && !author.some((f) => f.code === 'author-commercial-website');
}

/** Whether the scan's tags hold a word that opens a request to look something up (signals.ts SEARCH_TAGS). */
function metSearchTag(tagged: readonly string[]): boolean {
  for (const t of SEARCH_TAGS) if (tagged.includes(t)) return true;
  return false;
}

/** Of `pages` (links.ts LinkInfo.pages), those on a site that is no reference, no shortener, and whose address names no trade. */
function citedPages(pages: readonly string[] | undefined): number {
  if (pages === undefined) return 0;
  let cited = 0;
  for (const url of pages) {
    const host = hostOf(url);
    if (host === null) continue;
    const site = siteOfHost(host);
    if (isReferenceHost(host, site) || isShortener(host, site)) continue;
    const reading = readAuthorSite(url, host);
    if (reading.words.length === 0 && !reading.referral) cited++;
  }
  return cited;
}

/**
 * @param siteHost the site's own host: links to its pages (another post, a category) are a reader
 * pointing at the site itself and, like reference links, not counted against the author.
 * @param documentation hosts of links whose path is a manual's or a forum thread's (links.ts): references too.
 */
function readLinks(hosts: readonly string[], count: number, siteHost: string | null, documentation: readonly string[] = NO_TERMS): LinkReading {
  const sites: string[] = [];
  const reference: string[] = [];
  let shortener: string | null = null;
  let referenceLinks = 0;
  let platformLinks = 0;
  const siteDomain = siteHost !== null ? siteOfHost(siteHost) : null;
  for (const host of hosts) {
    const site = siteOfHost(host);
    if (site === siteDomain) referenceLinks++;
    else if (isReferenceHost(host, site) || documentation.includes(host)) {
      referenceLinks++;
      if (!reference.includes(host)) reference.push(host);
    } else if (shortener === null && isShortener(host, site)) shortener = host;
    else if (isSharingPlatform(site)) platformLinks++;
    if (!sites.includes(site)) sites.push(site);
  }
  return { counted: Math.max(0, count - referenceLinks), referenceLinks, platformLinks, sites, reference, shortener };
}

export function createFlagEngine(lists: UserWordLists = {}): FlagEngine {
  const block = (lists.block ?? []).map((t) => t.trim()).filter((t) => t.length > 0);
  const allow = (lists.allow ?? []).map((t) => t.trim()).filter((t) => t.length > 0);
  const entries: WordEntry[] = [
    ...phraseEntries(PRAISE_PHRASES_EN, 'en', 'praise'),
    ...phraseEntries(PRAISE_PHRASES_FR, 'fr', 'praise'),
    ...phraseEntries(MILD_PROMOTION_PHRASES_EN, 'en', 'mention'),
    ...phraseEntries(MILD_PROMOTION_PHRASES_FR, 'fr', 'mention'),
    ...phraseEntries(MILD_PROMOTION_PHRASES_OTHER, 'en', 'mention'),
    ...phraseEntries(OWN_WORK_PHRASES_EN, 'en', 'mention'),
    ...phraseEntries(REQUEST_PHRASES_EN, 'en', 'request'),
    ...phraseEntries(REQUEST_PHRASES_FR, 'fr', 'request'),
    ...phraseEntries(PROMOTION_PHRASES_EN, 'en', 'promotion'),
    ...phraseEntries(PROMOTION_PHRASES_FR, 'fr', 'promotion'),
    ...phraseEntries(PROMOTION_PHRASES_OTHER, 'en', 'promotion'),
    ...phraseEntries(COMMERCIAL_EN, 'en', 'scam'),
    ...phraseEntries(COMMERCIAL_FR, 'fr', 'scam'),
    ...phraseEntries(SUPPORT_TERMS, 'en', 'support'),
    ...phraseEntries(TROUBLE_TERMS, 'en', 'trouble'),
    ...phraseEntries(PRODUCT_TERMS, 'en', 'product'),
    ...phraseEntries([...PRICE_WORD_LANGUAGES.keys()], 'en', 'price'),
    ...bundledEntries(),
    ...block.map((term): WordEntry => ({ term, list: 'user', category: 'blocked' })),
  ];
  // Tagged: the words that make a name read like a business, currencies' names (a sum of money,
  // earnings.ts) and trades' nouns (a search phrase as anchor text, keyword-anchor.ts).
  const matcher = new WordMatcher(entries, allow, [...COMMERCIAL_NAME_SINGLE_WORDS, ...MONEY_WORDS, ...ANCHOR_TAGS, ...MENTOR_TAGS, ...SEARCH_TAGS]);
  // As the scan reports its tags: folded keys ("prêt" → "pret").
  const businessNameWords = new Set(COMMERCIAL_NAME_SINGLE_WORDS.flatMap((w) => entryKeys(w)));
  const listsVersion = `${BUNDLED_LISTS_VERSION}/${hashLists(block, allow)}`;

  /**
   * One pass over the comment: the signals the model reads, and (when wanted) the flags with
   * their sentences. The model's own scoring asks for no flags and skips writing sentences.
   */
  function analyse(input: FlagInput, wantWords: boolean, wantFlags: boolean, siteLanguage: string | null = null, siteHost: string | null = null): Analysis {
    const content = input.content ?? '';
    // Only the model reads the words themselves.
    const scanned = matcher.scan(content, 'content', wantWords);
    if (scanned.styled) {
      // "𝐁𝐮𝐲 𝐜𝐡𝐞𝐚𝐩 𝐯𝐢𝐚𝐠𝐫𝐚": read again as the plain letters it shows (none are styled then).
      const plain = analyse({ ...input, content: unstyled(content) }, wantWords, wantFlags, siteLanguage, siteHost);
      return { ...plain, styled: true };
    }
    const { words, hashes, lower, letters, capitals, digits, mayLink, spacedLink } = scanned;
    // Thai, Japanese and Chinese run their words together, where whole-word matching finds nothing.
    let hits = hasUnspacedLetters(content) ? withUnspacedTerms(scanned.hits, content) : scanned.hits;
    const anchors = keywordAnchors(content, scanned.tagged);
    if (anchors.length > 0) hits = [...hits, ...anchors];
    // Counted now, from the scan just made (the name's scan below reuses its words' stream).
    const siteWords = siteLanguage !== null && letters >= MIN_LANGUAGE_LETTERS ? matcher.countWords(commonWordsOf(siteLanguage), LANGUAGE_SAMPLE_WORDS, COMMON_WORDS_ENOUGH) : null;
    // The categories of the hits as bits: the rules below ask about them for every comment.
    let present = 0;
    for (const h of hits) present |= CATEGORY_BIT[h.category];
    // The scan saw whether a link is possible at all: most comments skip the link search.
    const links = mayLink ? findLinks(content, lower ?? undefined, spacedLink) : NO_LINKS;
    const linkInfo = links.count > 0 ? readLinks(links.domains, links.count, siteHost, links.documentation) : NO_LINK_READING;
    // Words of prose around a link that counts, read from the text's scan (so before the name's).
    const proseWords = linkInfo.counted > 0 ? matcher.countWords(NO_WORDS, Infinity).words : 0;
    const authorHost = input.author_url ? hostOf(input.author_url) : null;
    const authorSite = authorHost ? siteOfHost(authorHost) : null;
    // A code host or a reference, or the site itself (its owner or a co-author signing with it): nothing advertised.
    const authorIsReference = authorHost !== null && (isReferenceHost(authorHost, authorSite) || (siteHost !== null && authorSite === siteOfHost(siteHost)));
    // What the author's website address sells, when they give one that is not a reference site.
    const pingback = input.type === 'pingback' || input.type === 'trackback';
    const authorSiteReading = authorHost !== null && !authorIsReference ? readAuthorSite(input.author_url!, authorHost, pingback) : null;
    // A shortened link as the author's website hides it, as in the text.
    const shortener = linkInfo.shortener ?? (authorHost !== null && !authorIsReference && isShortener(authorHost, authorSite) ? authorHost : null);
    const shouting = shoutingFlag(letters, capitals);
    let nameHits: WordHit[] = [];
    let author: Flag[] = [];
    let nameWords: string[] = [];
    if (input.author_name) {
      // One scan of the name: its words (a business name?), whether it may hold an address, and
      // blocked words in it ("Cheap Viagra"), which count like words in the text.
      const name = matcher.scan(input.author_name, 'author_name', wantWords);
      nameWords = name.words;
      nameHits = name.hits.filter((h) => (h.category === 'abuse' || h.category === 'spam' || h.category === 'scam' || h.category === 'blocked') && !isFamilyName(input.author_name!, h));
      // A pingback is signed by the linking site: "a post on streaming – LWN.net" is no business's
      // name for the post's words. A site named by its own address signs so too.
      const signer = pingback ? pingbackSigner(input.author_name) : null;
      const read = signer !== null ? matcher.scan(signer, 'author_name', false) : name;
      // Only the business words among the name's tags: a currency ("Pounds" is a family name) or a trade's noun is tagged for texts.
      const tagged = read.tagged.length > 0 ? read.tagged.filter((w) => businessNameWords.has(w)) : read.tagged;
      // The site signs from its home page; the post's own address is only where the link stands.
      const signed = signer !== null ? { ...input, author_name: signer, author_url: authorHost !== null ? `https://${authorHost}/` : undefined } : input;
      let business = commercialNameWords(tagged, read.hits);
      // Its post's title says what it links to, unless it is a content farm's ranking of the year.
      if (signer !== null && isRankingTitle(input.author_name)) business = [...business, 'best'];
      author = authorFlags(signed, business, read.mayLink && !(signer !== null && authorHost !== null && namesHost(signer, authorHost)));
    }
    // A tech-support pitch: an offer of service or a trouble with a phone number, or an offer of
    // service next to a product sold with "support numbers". A trouble next to a product is what
    // readers of a technical blog write ("an error in Outlook"): not a pitch without a number.
    const offer = (present & CATEGORY_BIT.support) !== 0;
    const trouble = (present & CATEGORY_BIT.trouble) !== 0;
    const phone = (offer || trouble) && digits >= MIN_PHONE_DIGITS ? phoneNumberIn(content) : null;
    let pitch = phone === null && offer ? (hits.find((h) => h.category === 'product')?.span.term ?? null) : null;
    // "Customer service" next to a printer is what a reader who called it writes too ("I contacted
    // HP customer service"): a look. What only a seller says ("our certified experts", "24/7",
    // "helpline") makes it the pitch.
    let pitchWeight = pitch !== null && !hits.some((h) => h.category === 'support' && !SERVICE_NAMES.has(h.span.term)) ? SERVICE_NAME_WEIGHT : 4;
    if (phone === null && pitch === null && (present & CATEGORY_BIT.product) !== 0 && (trouble || offer)) {
      // Without an offer: the product named with its trouble as a search phrase ("Canon printer
      // error B200", "QuickBooks error code"), the anchor text of pages selling support numbers.
      const keywords = productKeywords(hits, content);
      if (keywords.count > 0) {
        pitch = keywords.product;
        pitchWeight = keywords.count > 1 ? 4 : 3.5;
      }
    }
    // "I made $17,450 last month": read only where there are digits for a sum.
    const earnings = digits > 0 ? earningsClaimIn(content, scanned.tagged) : null;
    // Angle brackets around a title: only where the scan met a "<" or an "&" (&lt;).
    const titleSlot = scanned.markup ? templateTitleSlot(content) : null;
    const placeholder = input.author_name ? placeholderName(input.author_name) : null;
    const bot = input.author_name && !placeholder ? botName(input.author_name) : null;
    const farmExcerpt = pingback ? (pingbackTemplate(content) ?? titleOnlyExcerpt(content, input.author_name ?? '')) : null;
    const mailDomain = emailDomain(input.author_email);
    const disposable = mailDomain !== null && isDisposableEmailDomain(mailDomain) ? mailDomain : null;
    // Without a website, an e-mail address at a business's own domain says what the website would
    // have ("sales@cheap-essay-writers.example"); a provider shared by millions says nothing, and
    // a name that reads like a business already said it ("Oven Deals", hello@oven-deals.example).
    const mailTrade =
      authorHost === null && mailDomain !== null && !disposable && !isSharedProvider(mailDomain) && !author.some((f) => f.kind === 'author-commercial')
        ? readAuthorSite(`https://${mailDomain}/`, mailDomain).words
        : NO_TERMS;
    // Generic praise is a classic opener for a comment that exists for its author link.
    const advertised = (Boolean(authorHost) && !authorIsReference) || linkInfo.counted > 0 || author.length > 0;
    // A pingback's text is the linking post's words: its praise is that blogger's, not a pitch.
    const praiseWithLink = (present & CATEGORY_BIT.praise) !== 0 && advertised && !pingback;
    // A short text of the commonest words only under an advertised website, no praise the lists
    // know (generic-text.ts): read once, for its flag and for the site's model, which learns what
    // it weighs on this site (spun text fills a real blog's Spam folder).
    // Under a website that reads like a trade, a word is enough ("Thanks!" from plumbingservices-nearme).
    const genericText =
      !pingback &&
      authorHost !== null &&
      !authorIsReference &&
      !praiseWithLink &&
      letters < SHORT_PRAISE_LETTERS &&
      saysNothingInParticular(content, authorSiteReading?.words.length ? 1 : undefined);
    // Letters typed at random: looked for only where the scan met a vowelless prose word.
    const mashed = scanned.vowelless > 0 ? mashedWords(content) : null;
    // A website named after its author ("Hannah", hannahwrites.example) and selling nothing is a
    // personal blog: its reader's thanks, not a client's link.
    // Asked by up to five readings below: read once, when first asked (with no closure made for
    // it on every check).
    let personal: boolean | undefined;
    let signals: string[] = NO_SIGNALS;
    if (wantWords || !wantFlags) {
      // check() without a model reads none of this: the signals' list is only made for a model.
      const set = new Set<string>();
      // Somebody else's audience counted is no mention, for the model as for the flags.
      for (const h of hits) if (!countsOthersAudience(h, content)) set.add(h.category);
      if (shouting) set.add('shouting');
      for (const h of nameHits) set.add(`name-${h.category}`);
      for (const f of author) set.add(f.kind);
      if (phone || pitch) set.add('phone-support');
      if (shortener) set.add('shortener');
      if (linkInfo.reference.length > 0) set.add('reference');
      if (disposable) set.add('disposable');
      if (authorSiteReading?.words.length || mailTrade.length > 0) set.add('author-site-trade');
      if (authorSiteReading?.referral) set.add('author-site-referral');
      if (praiseWithLink) set.add('praise-with-link');
      if (genericText) set.add('generic-text');
      if (mashed) set.add('keyboard-mash');
      if (earnings) set.add('earnings-claim');
      if (titleSlot) set.add('template-title');
      if (!authorIsReference && (personal ??= personalSiteOf(input.author_name, authorHost, authorSiteReading, author))) set.add('personal-site');
      if (placeholder) set.add('placeholder-name');
      if (bot) set.add('bot-name');
      if (farmExcerpt) set.add('pingback-template');
      signals = [...set];
    }
    // check() without a model reads none of it: one shared empty reading instead of a new one.
    const observations: Observations = !wantWords && wantFlags ? NO_OBSERVATIONS : {
      signals,
      words,
      wordHashes: hashes,
      nameWords,
      linkCount: links.count,
      linkDomains: links.domains,
      linkSites: linkInfo.sites,
      authorSite,
      // Only a site's model reads the text's key (its spam's texts, the owner's marks).
      textKey: lower !== null ? textKeyOf(lower) : 0,
    };
    const priceTerms = (present & CATEGORY_BIT.price) !== 0 ? hits.filter((h) => h.category === 'price').map((h) => h.span.term) : NO_TERMS;
    if (!wantFlags) return { flags: [], observations, text: content, styled: false, letters, siteWords, priceTerms, advertised };

    // A claim of income's period ("1 800 € par mois") is the claim's, not a mention of its own as well.
    const flags = wordFlags(earnings ? hits.filter((h) => h.category !== 'mention' || h.span.start < earnings.start || h.span.end > earnings.end) : hits, false, content);
    // A pingback's praise is the linking blogger's ("after reading this excellent piece…"): not even a note.
    if (pingback && (present & CATEGORY_BIT.praise) !== 0) {
      const at = flags.findIndex((f) => f.code === 'generic-praise');
      if (at >= 0) flags.splice(at, 1);
    }
    // "Plizz visit my channel", "I made a gaming channel :L": a short comment that is little more
    // than a mention of its author's channel, videos or music exists for it, verb or not.
    const promotion = flags.find((f) => f.code === 'self-promotion');
    if (promotion && promotion.weight < SHORT_MENTION_WEIGHT && letters < SHORT_MENTION_LETTERS && promotion.spans?.some((s) => MEDIA_MENTIONS.has(s.term))) {
      promotion.weight = SHORT_MENTION_WEIGHT;
    }
    // A pingback's excerpt is the linking page's text: the links in it are that blogger's sources,
    // unless the excerpt is hardly more than a link (a link farm's "[…] https://… […]").
    const link = pingback && proseWords >= PINGBACK_PROSE_WORDS ? null : linkFlag(linkInfo.counted);
    // One link inside a comment with much to say (a reader's question with its error log, a
    // source for an argument) is worth a look, not a verdict on its own: link spam says little
    // beyond its link, and a long pitch carries its own vocabulary.
    if (link && link.code === 'link' && proseWords >= LONG_COMMENT_WORDS) link.weight = LINK_IN_LONG_COMMENT;
    // One link among as many to sources (the budget's PDF, the council's minutes, then the
    // hearing's video) is one more source cited: a look.
    if (link && link.code === 'link' && linkInfo.referenceLinks >= linkInfo.counted) link.weight = Math.min(link.weight, LINK_AMONG_SOURCES);
    // Videos and outings on the platforms everyone posts to, with something said about them (the
    // tutorial that helped, one's own ride), are what readers share: a look less. Spam that links
    // there says little else, or what for ("my channel").
    if (link && linkInfo.platformLinks === linkInfo.counted && proseWords >= SHARED_LINK_WORDS) link.weight -= PLATFORM_LINK_DISCOUNT;
    // A question about what the link shows (the pannier bought, the rule in dispute), asked at some
    // length by a reader who advertises no website: the link is the question's subject. A pitch
    // asks nothing, and the templates' one-line questions are short.
    if (link && link.code === 'link' && authorHost === null && proseWords >= QUESTION_WITH_LINK_WORDS && ASKS.test(content)) link.weight = Math.min(link.weight, LINK_AMONG_SOURCES);
    // Several pages cited by a reader who advertises no website, with something said of each (a
    // species' recordings, a rule's thread, a method explained), on sites whose address names no
    // trade: sources, a look at most. Link spam points at home pages and at pages named for what
    // they sell, and says little per link. (One such link is as often a video's spam's: it stays a link.)
    if (link && link.code === 'links' && authorHost === null && proseWords >= CITED_PAGE_WORDS * linkInfo.counted && citedPages(links.pages) >= linkInfo.counted) link.weight = Math.min(link.weight, LINK_AMONG_SOURCES);
    // A blogger pointing to their own write-up ("the numbers are here: marco.dev/…") under a website
    // named after them that sells nothing: a reader showing work rather than a client's link.
    if (link && link.code === 'link' && authorSite !== null && linkInfo.sites.length === 1 && linkInfo.sites[0] === authorSite && (personal ??= personalSiteOf(input.author_name, authorHost, authorSiteReading, author))) {
      link.weight = LINK_TO_OWN_BLOG;
      // Saying so ("sur mon blog", "my write-up") is the same act, not a pitch of its own: a note.
      const mention = flags.find((f) => f.code === 'self-promotion' && f.weight <= OWN_CODE_PROMOTION_WEIGHT);
      if (mention) {
        mention.weight = PROMOTION_NOTE_WEIGHT;
        mention.note = true;
      }
    }
    // "J'ai mis mon journal de brassage sur mon blog" under that blog, named after its writer: the
    // same act without the link, a note.
    if (!link && authorHost !== null && !authorIsReference && (personal ??= personalSiteOf(input.author_name, authorHost, authorSiteReading, author))) {
      const mention = flags.find((f) => f.code === 'self-promotion' && f.weight <= OWN_CODE_PROMOTION_WEIGHT);
      if (mention) {
        mention.weight = PROMOTION_NOTE_WEIGHT;
        mention.note = true;
      }
    }
    if (link) flags.push(link);
    if (linkInfo.reference.length > 0) {
      // A reader pointing at code or documentation is showing work or a source, not selling.
      flags.push(makeFlag('link-reputation', 'reference-links', { domains: linkInfo.reference }, 0, { note: true }));
      // "Check out my fork: github.com/…" with nothing else linked is a contributor's work: a
      // mention of one's own, not a call to come and buy.
      const promotion = linkInfo.counted === 0 ? flags.find((f) => f.code === 'self-promotion') : undefined;
      if (promotion) promotion.weight = Math.min(promotion.weight, OWN_CODE_PROMOTION_WEIGHT);
    }
    if (shortener) flags.push(makeFlag('link-reputation', 'link-shortener', { domain: shortener }, 2));
    // An address to write to is a look: with anything else of a pitch, likely spam.
    // A messenger's name is a mild promotion already (lists/phrases.ts): only then is a contact looked for.
    const messenger = (present & CATEGORY_BIT.mention) !== 0 && hits.some((h) => h.span.term === 'telegram' || h.span.term === 'whatsapp');
    const address = contactAddressIn(content) ?? (messenger ? messengerContactIn(content) : null);
    if (address) flags.push(makeFlag('links', 'contact-address', { address }, CONTACT_ADDRESS_WEIGHT));
    // "The page says 'click here' but the link is dead", "the discount code from your newsletter":
    // a call to follow a link in a comment that links nowhere, signs with no website and gives no
    // number or address is a reader quoting a page. Context, not a pitch.
    const call = links.count === 0 && !input.author_url && !address && phone === null ? flags.find((f) => f.code === 'self-promotion') : undefined;
    if (call?.spans?.every((s) => LINK_CALLS.has(s.term))) {
      call.weight = PROMOTION_NOTE_WEIGHT;
      call.note = true;
    }
    // A name in quotes to look up: a call to action without a link ("Search 'Ty Martel - Overdrive'").
    const lookUp = scanned.tagged.length > 0 && metSearchTag(scanned.tagged) && !flags.some((f) => f.code === 'self-promotion') ? searchRequestIn(content) : null;
    if (lookUp) flags.push(makeFlag('promotion', 'self-promotion', { terms: [lookUp.term] }, SEARCH_REQUEST_WEIGHT, { spans: [lookUp] }));
    if (shouting) flags.push(shouting);
    if (mashed) flags.push(makeFlag('shouting', 'keyboard-mash', { words: mashed.slice(0, 3) }, KEYBOARD_MASH_WEIGHT));
    for (const f of author) flags.push(f);
    if (placeholder) flags.push(makeFlag('author-url-name', 'author-placeholder-name', { name: placeholder }, PLACEHOLDER_NAME_WEIGHT));
    if (bot) flags.push(makeFlag('author-url-name', 'author-bot-name', { given: bot.given, added: bot.added }, BOT_NAME_WEIGHT));
    if (farmExcerpt) flags.push(makeFlag('unknown-pingback', 'pingback-template', { phrase: farmExcerpt }, PINGBACK_TEMPLATE_WEIGHT));
    const farmSuffix = pingback && authorHost !== null ? linkFarmSuffix(authorHost) : null;
    if (farmSuffix) flags.push(makeFlag('unknown-pingback', 'pingback-farm-domain', { suffix: farmSuffix, site: authorSite ?? authorHost! }, PINGBACK_FARM_DOMAIN_WEIGHT));
    const business = author.find((f) => f.kind === 'author-commercial')?.params?.words;
    for (const f of wordFlags(nameHits, true)) {
      // A word that already made the name read like a business ("SEO") is highlighted, not counted twice.
      const terms = f.params?.terms;
      if (f.code === 'name-spam-words' && Array.isArray(business) && Array.isArray(terms) && terms.every((t) => business.includes(t))) {
        f.weight = 0;
        f.note = true;
      }
      flags.push(f);
    }
    if (titleSlot) flags.push(makeFlag('generic-praise', 'template-title', { title: titleSlot }, TEMPLATE_TITLE_WEIGHT));
    const spin = spinTemplateIn(content);
    if (spin) flags.push(makeFlag('generic-praise', 'spin-template', { choice: spin }, SPIN_TEMPLATE_WEIGHT));
    // A testimonial vouching for a money mentor ("the real deal", "been with him", "got my withdrawal"): a flag only, no signal of the model's.
    const mentor = mentorPitchIn(content, scanned.tagged);
    if (mentor) flags.push(makeFlag('word', 'mentor-pitch', { phrase: mentor }, MENTOR_PITCH_WEIGHT));
    if (earnings) flags.push(makeFlag('word', 'earnings-claim', { phrase: earnings.phrase }, EARNINGS_CLAIM_WEIGHT[earnings.scheme ? 1 : 0], earnings.scheme ? undefined : { note: true }));
    if (phone) flags.push(makeFlag('phone-support', 'phone-support', { number: phone }, 5));
    else if (pitch) flags.push(makeFlag('phone-support', 'support-pitch', { product: pitch }, pitchWeight));
    if (disposable) flags.push(makeFlag('link-reputation', 'disposable-email', { domain: disposable }, 2.5));
    if (mailTrade.length > 0) flags.push(makeFlag('author-commercial', 'author-email-trade', { domain: mailDomain!, words: mailTrade }, tradeWordsWeight(mailTrade)));
    if (authorSiteReading && authorSite) {
      const { words, referral } = authorSiteReading;
      if (words.length > 0) {
        // Given where a reader gives a home page, a page of the site: the page a link builder ranks.
        if (authorSiteReading.page) flags.push(makeFlag('author-commercial', 'author-site-page', { site: authorSite, words }, tradeWordsWeight(words) + LANDING_PAGE_WEIGHT));
        else flags.push(makeFlag('author-commercial', 'author-site-trade', { site: authorSite, words }, tradeWordsWeight(words)));
        // "Garde Meuble Brest" from garde-meuble-brest.example: a trade signing with its own
        // address's words, the name a link builder ranks a page for. A look more.
        const signsAsSite = author.find((f) => f.code === 'author-name-is-website' && f.note);
        // Not a pingback's: every site signs its own.
        if (signsAsSite && !pingback && !hasGivenName(input.author_name!)) {
          signsAsSite.weight = TRADE_SIGNS_AS_SITE_WEIGHT;
          signsAsSite.note = false;
        }
      }
      if (referral) flags.push(makeFlag('link-reputation', 'author-site-referral', { site: authorSite }, REFERRAL_WEIGHT));
    }
    // A long comment under a blogger's own site, praise and all, is a fellow blogger's: the praise stays a note.
    // So does a shorter one with something of its own to say, from a person ("Super article ! … la levure WLP565 …").
    const fellowBlogger = praiseWithLink && (letters >= SHORT_PRAISE_LETTERS || (hasGivenName(input.author_name ?? '') && (namesSomethingSpecific(content) || hasWordsOfItsOwn(content, OWN_WORDS_BEYOND_PRAISE)))) && authorHost !== null && !authorIsReference && (personal ??= personalSiteOf(input.author_name, authorHost, authorSiteReading, author));
    const praiseAt = praiseWithLink && !fellowBlogger ? flags.findIndex((f) => f.kind === 'generic-praise') : -1;
    if (praiseAt >= 0) {
      const praise = flags[praiseAt]!;
      const code = authorHost && !authorIsReference ? 'generic-praise-author-url' : 'generic-praise-link';
      // A short comment that is little more than the praise exists for its author's website: what
      // blogs' spam folders are full of ("Great site, bookmarked!"). A long one has something to say,
      // and so has a short one that names a version or a piece of code ("does it work on 6.4?"):
      // praise that fits any article names nothing of one.
      // Nor does one with words of its own around the praise ("Good post, but don't bottle until
      // the gravity is stable"): spun praise is made of the commonest words.
      const short = letters < SHORT_PRAISE_LETTERS && !namesSomethingSpecific(content) && !hasWordsOfItsOwn(content, OWN_WORDS_BEYOND_PRAISE);
      const weight = code === 'generic-praise-author-url' && short && !(personal ??= personalSiteOf(input.author_name, authorHost, authorSiteReading, author)) ? 3.5 : 2.5;
      // A new flag rather than deleting the note's mark: the flag, not a note, the same shape as every other.
      flags[praiseAt] = makeFlag('generic-praise', code, praise.params, weight, { spans: praise.spans });
    } else if (genericText) {
      // No praise phrase the lists know, but nothing of any article either, under an advertised
      // website: spun text written to fit every post ("Its like you read my mind!").
      // Under a personal blog's address it is a reader's short question ("How long did the trip take?"): context, not a look.
      personal ??= personalSiteOf(input.author_name, authorHost, authorSiteReading, author);
      flags.push(makeFlag('generic-praise', 'generic-text-author-url', undefined, personal ? GENERIC_TEXT_WEIGHT[1] : GENERIC_TEXT_WEIGHT[0], personal ? { note: true } : undefined));
    }
    return { flags, observations, text: content, styled: false, letters, siteWords, priceTerms, advertised };
  }

  /** What the site's history says of this comment, beyond the classifier's verdict. */
  function siteFlags(input: FlagInput, obs: Observations, letters: number, model: SiteModel): Flag[] {
    const flags: Flag[] = [];
    const marked = model.marked(input, obs);
    // Nearly the same text as a comment the owner decided on: a copy of its campaign, with a few
    // words changed. Short texts are said in few ways ("Thanks for the great article!"), so a
    // short one resembling a marked one counts for less.
    const long = letters >= LONG_TEXT_LETTERS;
    if (marked) {
      const spam = marked.label === 'spam';
      const [toSpam, toGenuine] = marked.via !== 'similar-text' ? MARKED_WEIGHT.same : long ? MARKED_WEIGHT.similar : MARKED_WEIGHT.similarShort;
      const weight = spam ? toSpam : toGenuine;
      flags.push(makeFlag('like-marked', spam ? 'like-marked-spam' : 'like-marked-genuine', { via: marked.via }, weight));
    }
    const inSpam = obs.textKey !== 0 ? model.spamWithText(obs.textKey) : 0;
    if (inSpam > 0) flags.push(makeFlag('campaign', 'campaign-spam', { count: inSpam }, inSpam >= 2 ? 5 : 4));
    else if (obs.textKey !== 0) {
      const similar = model.spamWithSimilarText(obs);
      // A short text needs another signal beside it (an advertised website, a business name).
      if (similar > 0) flags.push(makeFlag('campaign', 'campaign-spam-similar', { count: similar }, !long ? 2.5 : similar >= 2 ? 5 : 4));
    }
    const domains = obs.authorSite ? [...obs.linkSites, obs.authorSite] : obs.linkSites;
    for (const domain of domains) {
      const seen = model.domainHistory(domain);
      if (seen.spam >= SPAM_DOMAIN_MIN && seen.ham * 4 < seen.spam) {
        flags.push(makeFlag('link-reputation', 'spam-domain', { domain, count: seen.spam }, 4));
        break;
      }
    }
    return flags;
  }

  /**
   * A comment in a language the site does not use: the languages its approved comments are in,
   * once the model has learned them; before that (a fresh install), the language WordPress says
   * the site is in. Only a text neither covers (too few of the site's words, or of its
   * language's common words) is worth asking franc about.
   */
  function languageFlag(content: string, analysis: Analysis, learned: readonly string[] | null, declared: string | null, model: SiteModel | null): Flag | null {
    const { letters, observations: obs, siteWords } = analysis;
    if (letters < MIN_LANGUAGE_LETTERS) return shortTextScript(content, letters, learned ?? (declared !== null ? [declared] : null), learned !== null);
    if (learned !== null && model !== null) {
      if ((obs.words.length < 4 && !writtenWithoutSpaces(content)) || model.knownWordShare(obs) >= FOREIGN_WORD_SHARE) return null;
      const language = foreignLanguageOf(content, learned);
      return language === null ? null : makeFlag('language', 'foreign-language', { language, siteLanguages: learned }, foreignWeight(language, learned));
    }
    if (declared === null || siteWords === null) return null;
    // A text in Chinese or Thai counts few "words" however long it is: its script says it is worth a look.
    if (siteWords.words < FOREIGN_MIN_WORDS && (siteWords.found > 0 || !writtenWithoutSpaces(content))) return null;
    if (siteWords.found >= FOREIGN_COMMON_SHARE * siteWords.words) return null;
    const language = foreignLanguageOf(content, [declared]);
    return language === null ? null : makeFlag('language', 'foreign-language-site', { language, siteLanguage: declared }, foreignWeight(language, [declared]));
  }

  /**
   * A text too short for its words to tell ("Привет, хочу узнать цену") in another script than a
   * Latin-script site's language: its script tells what its words cannot. Only that way round: a
   * short "Thanks!" in Latin letters on a Russian blog is how many readers write.
   */
  function shortTextScript(content: string, letters: number, siteLanguages: readonly string[] | null, learned: boolean): Flag | null {
    if (siteLanguages === null || letters < SHORT_SCRIPT_LETTERS || !siteLanguages.every(latinScript) || !mostlyNonLatin(content)) return null;
    const language = foreignLanguageOf(content, siteLanguages, SHORT_SCRIPT_LETTERS);
    if (language === null || !otherScript(language, siteLanguages)) return null;
    return learned
      ? makeFlag('language', 'foreign-language', { language, siteLanguages }, OTHER_SCRIPT_WEIGHT)
      : makeFlag('language', 'foreign-language-site', { language, siteLanguage: siteLanguages[0]! }, OTHER_SCRIPT_WEIGHT);
  }

  /** Hashes of the common words of a language (lists/common-words.ts), as scan() hashes words. */
  const commonWordSets = new Map<string, Set<number>>();
  function commonWordsOf(language: string): Set<number> {
    let set = commonWordSets.get(language);
    if (!set) {
      set = new Set((COMMON_WORDS[language] ?? []).flatMap((w) => entryKeys(w)).map(keyHash));
      commonWordSets.set(language, set);
    }
    return set;
  }

  /**
   * The store's counts with what the site's synced history adds: spam from the author's e-mail
   * or IP in the site's Spam folder (the store counts only the spam marked here), and comments
   * approved from the e-mail address (the store looks up a few new authors per sync).
   */
  function withSiteHistory(ctx: Partial<FlagContext>, history: ReturnType<SiteModel['authorHistory']>): Partial<FlagContext> {
    if (history.spamByEmail === 0 && history.spamByIp === 0 && history.approvedByEmail === 0) return ctx;
    return {
      ...ctx,
      spamByEmail: (ctx.spamByEmail ?? 0) + history.spamByEmail,
      spamByIp: (ctx.spamByIp ?? 0) + history.spamByIp,
      ...(ctx.approvedByAuthor !== undefined || history.approvedByEmail > 0
        ? { approvedByAuthor: Math.max(ctx.approvedByAuthor ?? 0, history.approvedByEmail) }
        : {}),
    };
  }

  /** A styled text's flags: their spans would point into the plain text read, not the one shown. */
  function withoutSpans(flags: Flag[]): void {
    for (const f of flags) delete f.spans;
  }

  function check(input: FlagInput, ctx: Partial<FlagContext> = {}, model: SiteModel | null = null): FlagResult {
    // The site's languages as its approved comments show them; until they do, as WordPress states it.
    const learned = model !== null ? model.languages() : null;
    let declared = learned === null && ctx.siteLanguage && COMMON_WORDS[ctx.siteLanguage] ? ctx.siteLanguage : null;
    // A French blog whose WordPress was left in English: its first approved comments say so
    // before the model has read enough of them to name the site's languages.
    if (declared !== null && model !== null && outvoted(declared, model.languagesSoFar())) declared = null;
    const analysis = analyse(input, model !== null, true, declared, ctx.siteHost ?? null);
    const { flags, observations, letters } = analysis;
    for (const f of contextFlags(input, model ? withSiteHistory(ctx, model.authorHistory(input)) : ctx, letters)) flags.push(f);
    const siteCampaign = (ctx.sameSiteAuthors ?? 0) > 0 ? siteCampaignFlag(input, ctx.sameSiteAuthors!, ctx.siteHost ?? null) : null;
    if (siteCampaign) flags.push(siteCampaign);
    let spamProbability: number | null = null;
    if (model) for (const f of siteFlags(input, observations, letters, model)) flags.push(f);
    const language = languageFlag(analysis.text, analysis, learned, declared, model);
    if (language) {
      // Another Latin-script language with nothing else against the comment, and nothing it
      // advertises: a reader from abroad as often as a campaign, and a first comment's or thanks'
      // notes must not make it a verdict.
      if (language.weight === FOREIGN_WEIGHT && !analysis.advertised && !flags.some((f) => f.weight > 0 && !f.note)) language.weight = FOREIGN_ALONE_WEIGHT;
      flags.push(language);
    }
    const siteLanguages = learned ?? (declared !== null ? [declared] : null);
    if (siteLanguages !== null && analysis.priceTerms.length > 0 && letters < FOREIGN_PRICE_MAX_LETTERS) {
      const term = analysis.priceTerms.find((t) => !(PRICE_WORD_LANGUAGES.get(t) ?? []).some((l) => isSiteLanguage(l, siteLanguages)));
      if (term !== undefined) flags.push(makeFlag('language', 'foreign-price-enquiry', { term }, FOREIGN_PRICE_WEIGHT));
    }
    if (model) {
      if (!model.learning) {
        const verdict = model.verdict(input, observations);
        spamProbability = verdict.probability;
        const t = model.trust;
        const scale = CLASSIFIER_SCALE[0] + (CLASSIFIER_SCALE[1] - CLASSIFIER_SCALE[0]) * t;
        const cap = CLASSIFIER_CAP[0] + (CLASSIFIER_CAP[1] - CLASSIFIER_CAP[0]) * t;
        // The model knows the spam this site has had; a new campaign, a support number or the owner's
        // own marking is evidence it has never seen. Its "looks genuine" may not cancel those.
        const unseen = flags.some((f) => f.weight >= STRONG_SIGNAL && UNSEEN_BY_MODEL.has(f.code!));
        // Nor may a model that has seen little cancel strong rule evidence: the most its "genuine"
        // takes off grows with what it has seen of the site (a new campaign looks like nothing it knows).
        const floor = unseen ? -UNSEEN_GENUINE_CAP : -Math.min(cap, GENUINE_CAP[0] + (GENUINE_CAP[1] - GENUINE_CAP[0]) * t);
        let weight = Math.max(floor, Math.min(cap, verdict.logOdds * scale));
        // The model vouches only for what it has read: a text mostly in words the site's readers
        // never used (another language, a new campaign's vocabulary) looks genuine to it for want
        // of anything it knows, so its "genuine" counts as far as the words it knows go.
        if (weight < 0) weight *= Math.min(1, model.knownWordShare(observations) / VOUCHED_WORD_SHARE);
        weight = round2(weight);
        const features = verdict.features
          .filter((f) => (verdict.logOdds >= 0 ? f.weight > 0 : f.weight < 0))
          .slice(0, 3)
          .map((f) => f.feature);
        // Naive Bayes is overconfident: never claim 0% or 100%.
        const pct = Math.min(99, Math.max(1, Math.round(verdict.probability * 100)));
        flags.push(
          verdict.logOdds >= 0
            ? makeFlag('classifier', 'classifier-spam', { percent: pct, features }, weight)
            : makeFlag('classifier', 'classifier-genuine', { percent: 100 - pct, features }, weight),
        );
      }
    }
    if (analysis.styled) {
      withoutSpans(flags);
      flags.push(makeFlag('shouting', 'styled-letters', undefined, STYLED_LETTERS_WEIGHT, { note: true }));
    }
    let score = 0;
    for (const f of flags) score += f.weight;
    score = round2(score);
    return { flags, score, likelySpam: score >= LIKELY_SPAM_SCORE, spamProbability };
  }

  return {
    listsVersion,
    check,
    analyse: (input: FlagInput) => {
      const { flags, observations, styled } = analyse(input, true, true);
      if (styled) withoutSpans(flags);
      return { flags, observations };
    },
    observe: (input: FlagInput) => analyse(input, true, false).observations,
    sketch(content: string): number[] | null {
      let scanned = matcher.scan(content, 'content', true);
      if (scanned.styled) scanned = matcher.scan(unstyled(content), 'content', true);
      const { words, hashes } = scanned;
      return textSketch(words, hashes);
    },
    wordHits(text: string, field: Span['field'] = 'content'): Span[] {
      const spans: Span[] = [];
      for (const h of matcher.scan(text, field, false).hits) {
        if (h.category === 'abuse' || h.category === 'spam' || h.category === 'scam' || h.category === 'blocked') spans.push(h.span);
      }
      return spans;
    },
  };
}
