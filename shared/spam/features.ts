// What the spam filter reads in a comment: features a moderator would trust and can read back
// in the "why" — words, link domains, who the author says they are, links, type, rule signals.

import type { FlagInput } from '../types';
import { hostOf } from '../flags/links';
import { wordKey } from '../flags/matcher';
import { tokenize } from '../flags/tokenize';
import type { Observations } from './model';

const MAX_WORD_LENGTH = 24;
const MAX_TEXT_WORDS = 300;

/** The last two labels of a host ("blog.example.co" → "example.co"), where a spammer's brand lives. */
function siteOf(host: string): string {
  const parts = host.split('.');
  return parts.length <= 2 ? host : parts.slice(-2).join('.');
}

function addHost(out: Set<string>, prefix: string, host: string): void {
  out.add(`${prefix}${host}`);
  const site = siteOf(host);
  if (site !== host) out.add(`${prefix}${site}`);
}

/** Prefix of text-word features in saved state and in the "why" ("w:subscribe"). */
export const WORD_PREFIX = 'w:';

/**
 * A comment's features, split for speed: the words of the text as they are (the model keeps them
 * in their own table, so no "w:" string is built per word) and every other feature with its
 * prefix ("d:example.com", "l:2+", "s:promotion"). Single words only: word pairs doubled the work
 * for no gain on the dev set (measured).
 */
export interface FeatureSet {
  words: Set<string>;
  others: Set<string>;
}

export function featureSet(input: FlagInput, obs: Observations): FeatureSet {
  const text = new Set<string>();
  const words = obs.words;
  const n = Math.min(words.length, MAX_TEXT_WORDS);
  for (let i = 0; i < n; i++) {
    let key = words[i]!;
    if (key.length > MAX_WORD_LENGTH || key.length < 2) continue;
    const first = key.charCodeAt(0);
    if (first >= 48 && first <= 57 && /^[0-9]+$/.test(key)) key = key.length > 3 ? '#long-number' : '#number';
    text.add(key);
  }
  return { words: text, others: otherFeatures(input, obs) };
}

/** Distinct feature keys of a comment, all prefixed: "w:subscribe", "d:example.com", "l:2+"… */
export function extractFeatures(input: FlagInput, obs: Observations): string[] {
  const { words, others } = featureSet(input, obs);
  return [...[...words].map((w) => WORD_PREFIX + w), ...others];
}

function otherFeatures(input: FlagInput, obs: Observations): Set<string> {
  const out = new Set<string>();
  for (const d of obs.linkDomains) addHost(out, 'd:', d);
  out.add(obs.linkCount === 0 ? 'l:0' : obs.linkCount === 1 ? 'l:1' : 'l:2+');
  const name = input.author_name ?? '';
  for (const t of tokenize(name)) {
    const key = wordKey(t.raw);
    if (key.length >= 2 && key.length <= MAX_WORD_LENGTH) out.add(`n:${key}`);
  }
  if (input.author_url) {
    const host = hostOf(input.author_url);
    if (host) {
      out.add('u:*');
      addHost(out, 'u:', host);
    }
  }
  if (input.author_email) {
    const at = input.author_email.lastIndexOf('@');
    if (at !== -1) {
      const domain = input.author_email.slice(at + 1).trim().toLowerCase();
      if (domain) out.add(`e:${domain}`);
    }
  }
  out.add(`t:${input.type ?? 'comment'}`);
  for (const s of obs.signals) out.add(`s:${s}`);
  return out;
}

const SIGNAL_LABELS: Record<string, string> = {
  abuse: 'an insult or obscenity',
  spam: 'spam vocabulary',
  blocked: 'a word you blocked',
  promotion: 'a call to visit, watch or subscribe',
  mention: 'a mention of the author’s own site or channel',
  praise: 'praise that fits any article',
  'praise-with-link': 'generic praise next to a link',
  'author-url-name': 'a web address in the author’s name',
  'author-commercial': 'a business name as author',
  shouting: 'mostly capital letters',
};

/** A feature key as the "why" shows it: "d:example.com" → "link to example.com". */
export function describeFeature(key: string): string {
  const value = key.slice(2);
  switch (key.slice(0, 2)) {
    case 'w:':
      return value.startsWith('#') ? (value === '#long-number' ? 'a long number' : 'a number') : `the word “${value}”`;
    case 'd:':
      return `a link to ${value}`;
    case 'l:':
      return value === '0' ? 'no link' : value === '1' ? 'one link' : 'two or more links';
    case 'n:':
      return `“${value}” in the author’s name`;
    case 'u:':
      return value === '*' ? 'the author gives a website' : `the author’s website ${value}`;
    case 'e:':
      return `an email address at ${value}`;
    case 't:':
      return `a ${value}`;
    case 's:':
      return SIGNAL_LABELS[value] ?? (value.startsWith('name-') ? `${SIGNAL_LABELS[value.slice(5)] ?? value.slice(5)} in the author’s name` : value);
    default:
      return key;
  }
}
