// What the flag engine asks of a site's learned model. Declared here, implemented by
// shared/spam/model.ts: the spam filter depends on the flag engine, never the other way round.

import type { FlagInput } from '../types';
import type { MarkedVia } from './codes';

/** What the flag engine found in a comment; the model reads it instead of redoing it. */
export interface Observations {
  /** Rule signals present, e.g. "promotion", "spam", "author-commercial". */
  signals: string[];
  /** Folded words of the text in order, as the word matcher read them. */
  words: string[];
  /** keyHash (flags/matcher.ts) of each of `words`: the model looks words up by it, not by the string. */
  wordHashes: number[];
  /** Folded words of the author's name, as the word matcher read them. */
  nameWords: string[];
  linkCount: number;
  /** Host names of the links without "www.", in order of appearance (repeats kept). */
  linkDomains: string[];
  /** Registrable domains of the links (tldts), distinct. */
  linkSites: string[];
  /** Registrable domain of the author's website, or null. */
  authorSite: string | null;
  /** Hash of the text's words: the same text, whatever its case, accents and punctuation. */
  textKey: number;
}

export interface ModelVerdict {
  probability: number;
  logOdds: number;
  /** The strongest few feature keys with their weights, strongest first. */
  features: { feature: string; weight: number }[];
}

export interface SiteModel {
  /** True until it has seen enough examples of each class for its verdict to count. */
  readonly learning: boolean;
  /**
   * 0..1: how much of the site's own history the model has seen. The more it knows, the more
   * its verdict outweighs the generic rules.
   */
  readonly trust: number;
  /** The model's verdict on a comment, with the keys of the features that weighed most. */
  verdict(input: FlagInput, obs: Observations): ModelVerdict;
  /** Spam and approved examples that linked to (or came from a website on) this domain. */
  domainHistory(domain: string): { spam: number; ham: number };
  /** Spam examples with this exact text (Observations.textKey). */
  spamWithText(textKey: number): number;
  /** Recent spam examples with nearly the same text: a few words changed, added or left out (flags/near-text.ts). */
  spamWithSimilarText(obs: Observations): number;
  /** The owner's own spam / not-spam decisions this comment resembles, strongest first. */
  marked(input: FlagInput, obs: Observations): { label: 'spam' | 'ham'; via: MarkedVia } | null;
  /** Languages of the site's approved comments (ISO 639-3), or null while too few are known. */
  languages(): readonly string[] | null;
  /** The languages read so far in the approved comments, with how many each: what languages() decides from. */
  languagesSoFar(): ReadonlyMap<string, number>;
  /**
   * What the site's history (its Spam folder and approved comments, as synced) says of this
   * comment's author: spam sent from the e-mail address and from the IP address, and comments
   * approved from the e-mail address. The owner's own decisions are counted by the store.
   */
  authorHistory(input: FlagInput): { spamByEmail: number; spamByIp: number; approvedByEmail: number };
  /** Share (0..1) of the comment's words (numbers aside) that the site's approved comments use. */
  knownWordShare(obs: Observations): number;
}
