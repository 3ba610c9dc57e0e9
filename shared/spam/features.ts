// What the spam filter reads in a comment: features a moderator would trust and can read back
// in the "why" — words, link domains, who the author says they are, links, type, rule signals.

import type { FlagInput } from '../types';
import { emailDomain } from '../flags/domains';
import { keyHash } from '../flags/matcher';
import { describeFeature } from '../flags/reasons';
import type { Observations } from '../flags/site-model';

export { describeFeature };

const MAX_WORD_LENGTH = 24;
const MAX_TEXT_WORDS = 300;

/**
 * The version of what the filter reads in a comment: bump it when featureSet(), or the rule
 * signals it takes from the flag engine (Observations.signals), read something new. A site's
 * model saved under an older version knows nothing of the new readings in its history, so the
 * app relearns it from the site's history at the next sync (electron/core/spam-filter.ts).
 * Version 2: the author's network, bots' names, claims of income, a template's title slot.
 * Version 3: more trades and buyers' guides read in authors' addresses, scrapers' pingbacks known
 * by their copied title and their feed's footer, a pingback's name read as its site's.
 */
export const FEATURE_SET_VERSION = 3;

/** Prefix of text-word features in saved state and in the "why" ("w:subscribe"). */
export const WORD_PREFIX = 'w:';

/**
 * A comment's features, split for speed: the distinct words of the text with their keyHash (the
 * model keeps them in their own table, looked up by that number, so no "w:" string is built and
 * no word string is hashed again) and every other feature with its prefix ("d:example.com",
 * "l:2+", "s:promotion"). Single words only: word pairs doubled the work for no gain on the dev
 * set (measured).
 */
export interface FeatureSet {
  words: string[];
  /** keyHash of each of `words`. */
  hashes: number[];
  others: Set<string>;
}

const NUMBER = '#number';
const LONG_NUMBER = '#long-number';
const NUMBER_HASH = keyHash(NUMBER);
const LONG_NUMBER_HASH = keyHash(LONG_NUMBER);

/**
 * The distinct words of one comment, by hash: a small open-addressing table in typed arrays,
 * reused from one comment to the next (a generation number empties it), so no Set is built per
 * comment. A hash match is confirmed against the word itself, so two words never merge.
 */
class DistinctWords {
  private readonly size = 1024; // over three times MAX_TEXT_WORDS: short probes
  private readonly slots = new Int32Array(this.size);
  private readonly at = new Int32Array(this.size);
  private readonly generation = new Int32Array(this.size);
  private current = 0;

  start(): void {
    this.current++;
  }

  /** True the first time `word` is offered since start(); `words` holds those kept so far. */
  add(word: string, hash: number, words: readonly string[]): boolean {
    const mask = this.size - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      if (this.generation[i] !== this.current) {
        this.generation[i] = this.current;
        this.slots[i] = hash;
        this.at[i] = words.length;
        return true;
      }
      if (this.slots[i] === hash && words[this.at[i]!] === word) return false;
    }
  }
}

const distinct = new DistinctWords();

export function featureSet(input: FlagInput, obs: Observations): FeatureSet {
  const words: string[] = [];
  const hashes: number[] = [];
  distinct.start();
  const all = obs.words;
  const n = Math.min(all.length, MAX_TEXT_WORDS);
  for (let i = 0; i < n; i++) {
    let key = all[i]!;
    let hash = obs.wordHashes[i]!;
    if (key.length > MAX_WORD_LENGTH || key.length < 2) continue;
    const first = key.charCodeAt(0);
    if (first >= 48 && first <= 57 && /^[0-9]+$/.test(key)) {
      const long = key.length > 3;
      key = long ? LONG_NUMBER : NUMBER;
      hash = long ? LONG_NUMBER_HASH : NUMBER_HASH;
    }
    if (!distinct.add(key, hash, words)) continue;
    words.push(key);
    hashes.push(hash);
  }
  return { words, hashes, others: otherFeatures(input, obs) };
}

/**
 * The network an address belongs to: an IPv4 address's first three numbers ("203.0.113"), an
 * IPv6 address's first three groups ("2001:db8:85a3"). Posting bots come back from the same
 * hosting ranges under new addresses; readers' own networks fill the approved side, so the
 * filter learns which ranges are this site's spam without a list of them.
 */
export function networkOf(ip: string | null | undefined): string | null {
  const address = ip?.trim().toLowerCase();
  if (!address) return null;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/.exec(address);
  if (v4) return `${Number(v4[1])}.${Number(v4[2])}.${Number(v4[3])}`;
  const groups = address.split(':');
  // Only where the first three groups are written out ("2001:db8::1" hides how many are zero).
  if (groups.length < 4 || groups.slice(0, 3).some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.slice(0, 3).map((g) => g.replace(/^0+(?=.)/, '')).join(':');
}

/** Distinct feature keys of a comment, all prefixed: "w:subscribe", "d:example.com", "l:2+"… */
export function extractFeatures(input: FlagInput, obs: Observations): string[] {
  const { words, others } = featureSet(input, obs);
  return [...words.map((w) => WORD_PREFIX + w), ...others];
}

/**
 * "s:promotion", "t:comment": built once per signal and type, not once per comment (the values
 * are the engine's own string constants, so looking them up costs no hashing of a new string).
 */
const prefixedKeys: Record<'s:' | 't:', Map<string, string>> = { 's:': new Map(), 't:': new Map() };
function key(prefix: 's:' | 't:', value: string): string {
  const table = prefixedKeys[prefix];
  let joined = table.get(value);
  if (joined === undefined) {
    joined = prefix + value;
    if (table.size < 256) table.set(value, joined);
  }
  return joined;
}

function otherFeatures(input: FlagInput, obs: Observations): Set<string> {
  const out = new Set<string>();
  // Registrable domains (tldts): a spammer's brand, whatever subdomain a message uses.
  for (const d of obs.linkSites) out.add(`d:${d}`);
  // Links present, not absent: "no link" only says the site's past spam had links, and made
  // the model vouch for every link-less campaign.
  if (obs.linkCount > 0) out.add(obs.linkCount === 1 ? 'l:1' : 'l:2+');
  for (const k of obs.nameWords) if (k.length >= 2 && k.length <= MAX_WORD_LENGTH) out.add(`n:${k}`);
  if (input.author_url) {
    out.add('u:*');
    if (obs.authorSite) out.add(`u:${obs.authorSite}`);
  }
  const mail = emailDomain(input.author_email);
  if (mail) out.add(`e:${mail}`);
  const network = networkOf(input.author_ip);
  if (network) out.add(`i:${network}`);
  out.add(key('t:', input.type ?? 'comment'));
  for (const s of obs.signals) out.add(key('s:', s));
  return out;
}
