// Signals beyond words. Each is a Flag with a sentence a blog owner understands and a weight;
// weights add up to the comment's score. Content signals depend only on the comment; context
// signals on what the store knows about its author and text.

import type { Flag, FlagContext, FlagInput, Span } from '../types';
import { fold } from './fold';
import { COMMERCIAL_NAME_WORDS } from './lists/phrases';
import { containsUrl, hostOf } from './links';
import type { WordHit } from './matcher';
import { tokenize } from './tokenize';

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

const COMMERCIAL_WORDS = new Set(COMMERCIAL_NAME_WORDS.filter((w) => !w.includes(' ')).map(fold));
const COMMERCIAL_PHRASES = COMMERCIAL_NAME_WORDS.filter((w) => w.includes(' ')).map(fold);

function quoteTerms(spans: readonly Span[], max = 4): string {
  const terms = [...new Set(spans.map((s) => s.term.toLowerCase()))];
  const shown = terms.slice(0, max).map((t) => `“${t}”`).join(', ');
  return terms.length > max ? `${shown} and ${terms.length - max} more` : shown;
}

function distinctTerms(spans: readonly Span[]): number {
  return new Set(spans.map((s) => s.term.toLowerCase())).size;
}

export function wordFlags(hits: readonly WordHit[]): Flag[] {
  const by: Record<WordHit['category'], Span[]> = { abuse: [], spam: [], blocked: [], promotion: [], mention: [], praise: [] };
  for (const h of hits) by[h.category].push(h.span);
  const flags: Flag[] = [];
  if (by.blocked.length > 0) {
    const weight = Math.min(6, 3 * distinctTerms(by.blocked));
    flags.push({ kind: 'word', reason: `Words you blocked: ${quoteTerms(by.blocked)}`, weight, spans: by.blocked });
  }
  if (by.abuse.length > 0) {
    // Abuse is worth a flag and a look, but on its own it is not spam: it stays under the threshold.
    const weight = distinctTerms(by.abuse) > 1 ? 3 : 2;
    flags.push({ kind: 'word', reason: `Insult or obscenity: ${quoteTerms(by.abuse)}`, weight, spans: by.abuse });
  }
  if (by.spam.length > 0) {
    const weight = Math.min(3, 1.5 * distinctTerms(by.spam));
    flags.push({ kind: 'word', reason: `Spam vocabulary: ${quoteTerms(by.spam)}`, weight, spans: by.spam });
  }
  if (by.promotion.length > 0 || by.mention.length > 0) {
    // A call to action ("check out my") weighs more than a mention ("my blog"); several add up a little.
    const spans = [...by.promotion, ...by.mention].sort((a, b) => a.start - b.start);
    const base = by.promotion.length > 0 ? 3.5 : 2;
    const weight = distinctTerms(spans) > 1 ? base + 1 : base;
    flags.push({ kind: 'promotion', reason: `Self-promotion: ${quoteTerms(spans)}`, weight, spans });
  }
  if (by.praise.length > 0) {
    flags.push({ kind: 'generic-praise', reason: `Praise that would fit any article: ${quoteTerms(by.praise)}`, weight: 1, spans: by.praise });
  }
  return flags;
}

export function linkFlag(count: number): Flag | null {
  if (count <= 0) return null;
  if (count < WORDPRESS_LINK_LIMIT) return { kind: 'links', reason: '1 link in the text', weight: 3.5 };
  const weight = Math.min(6, 4 + 0.5 * (count - WORDPRESS_LINK_LIMIT));
  return { kind: 'links', reason: `${count} links (WordPress holds comments at ${WORDPRESS_LINK_LIMIT})`, weight };
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

export function authorFlags(input: FlagInput): Flag[] {
  const name = input.author_name?.trim() ?? '';
  if (!name) return [];
  const flags: Flag[] = [];
  if (containsUrl(name)) {
    flags.push({ kind: 'author-url-name', reason: 'The author’s name contains a web address', weight: 4 });
  }
  const words = tokenize(name).map((t) => fold(t.raw));
  const commercial = words.filter((w) => COMMERCIAL_WORDS.has(w));
  const joined = ` ${words.join(' ')} `;
  for (const p of COMMERCIAL_PHRASES) if (joined.includes(` ${p} `)) commercial.push(p);
  const reasons: string[] = [];
  let weight = 0;
  if (commercial.length > 0) {
    reasons.push(`reads like a business (${[...new Set(commercial)].map((w) => `“${w}”`).join(', ')})`);
    weight += 2.5;
  }
  const site = nameIsWebsite(name, input.author_url);
  if (site) {
    // A brand written with digits ("stage 4 U", "Shop24") is a business; a plain name that matches
    // its website may be a personal blog, so it weighs less.
    const branded = words.some((w) => /^[0-9]+$/.test(w)) || words.some((w) => /[a-z][0-9]|[0-9][a-z]/.test(w));
    reasons.push(`is the name of their website (${site})`);
    weight += branded ? 2.5 : 1;
  }
  if (reasons.length > 0) {
    flags.push({ kind: 'author-commercial', reason: `The author’s name ${reasons.join(' and ')}`, weight: Math.min(4, weight) });
  }
  return flags;
}

/** Mostly capital letters, on a text long enough for that to mean something. Counts come from the word scan. */
export function shoutingFlag(letters: number, capitals: number): Flag | null {
  if (letters < 12 || capitals / letters < 0.7) return null;
  return { kind: 'shouting', reason: `Mostly capital letters (${Math.round((100 * capitals) / letters)}%)`, weight: 1.5 };
}

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}

function comments(n: number): string {
  return n === 1 ? '1 comment' : `${n} comments`;
}

export function contextFlags(input: FlagInput, ctx: Partial<FlagContext>): Flag[] {
  const flags: Flag[] = [];
  if (ctx.spamByEmail !== undefined && ctx.spamByEmail > 0) {
    flags.push({ kind: 'known-spam-email', reason: `This email address sent ${comments(ctx.spamByEmail)} already marked spam`, weight: 5 });
  }
  if (ctx.spamByIp !== undefined && ctx.spamByIp > 0) {
    flags.push({ kind: 'known-spam-ip', reason: `This IP address sent ${comments(ctx.spamByIp)} already marked spam`, weight: 3 });
  }
  if (ctx.approvedByAuthor !== undefined) {
    if (ctx.approvedByAuthor > 0) {
      const weight = ctx.approvedByAuthor >= 3 ? -6 : -4;
      flags.push({ kind: 'approved-author', reason: `This author has ${comments(ctx.approvedByAuthor)} approved before`, weight });
    } else {
      flags.push({ kind: 'first-time-author', reason: 'First comment from this author', weight: 0.5 });
    }
  }
  if (ctx.sameText !== undefined && ctx.sameText > 0) {
    const weight = ctx.sameText >= 3 ? 4 : 2;
    flags.push({ kind: 'duplicate', reason: `The same text was posted ${times(ctx.sameText)} before`, weight });
  }
  const type = input.type ?? 'comment';
  if (type !== 'comment' && ctx.knownPingbackSource === false) {
    flags.push({ kind: 'unknown-pingback', reason: `A ${type} from a site that never linked here before`, weight: 3 });
  }
  return flags;
}
