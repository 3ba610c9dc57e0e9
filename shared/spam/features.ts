// What the spam filter reads in a comment: features a moderator would trust and can read back
// in the "why" — words, link domains, who the author says they are, links, type, rule signals.

import type { FlagInput } from '../types';
import { emailDomain } from '../flags/domains';
import { wordKey } from '../flags/matcher';
import { describeFeature } from '../flags/reasons';
import type { Observations } from '../flags/site-model';
import { tokenize } from '../flags/tokenize';

export { describeFeature };

const MAX_WORD_LENGTH = 24;
const MAX_TEXT_WORDS = 300;

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
  // Registrable domains (tldts): a spammer's brand, whatever subdomain a message uses.
  for (const d of obs.linkSites) out.add(`d:${d}`);
  // Links present, not absent: "no link" only says the site's past spam had links, and made
  // the model vouch for every link-less campaign.
  if (obs.linkCount > 0) out.add(obs.linkCount === 1 ? 'l:1' : 'l:2+');
  const name = input.author_name ?? '';
  for (const t of tokenize(name)) {
    const key = wordKey(t.raw);
    if (key.length >= 2 && key.length <= MAX_WORD_LENGTH) out.add(`n:${key}`);
  }
  if (input.author_url) {
    out.add('u:*');
    if (obs.authorSite) out.add(`u:${obs.authorSite}`);
  }
  const mail = emailDomain(input.author_email);
  if (mail) out.add(`e:${mail}`);
  out.add(`t:${input.type ?? 'comment'}`);
  for (const s of obs.signals) out.add(`s:${s}`);
  return out;
}
