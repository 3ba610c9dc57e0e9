// The learning spam filter: naive Bayes over document frequencies. For each feature it counts
// how many spam and how many genuine (ham) comments contained it; a comment's log-odds is the
// sum, over its known features, of log(P(feature | spam) / P(feature | ham)). Equal priors: a site
// with 5,000 spam and 200 approved comments should not start from "everything is spam".

import { AppError } from '../errors';
import type { FlagInput } from '../types';
import { createFlagEngine, type FlagEngine } from '../flags/engine';
import { describeFeature, featureSet, WORD_PREFIX, type FeatureSet } from './features';

/** What the flag engine already found in the text; the model reads it instead of redoing it. */
export interface Observations {
  /** Rule signals present, e.g. "promotion", "spam", "author-commercial". */
  signals: string[];
  /** Folded words of the text in order, as the word matcher read them. */
  words: string[];
  linkCount: number;
  linkDomains: string[];
}

export type SpamLabel = 'spam' | 'ham';
/** The owner's decisions that teach the filter. */
export type SpamDecision = 'approve' | 'spam' | 'not-spam';

export interface FeatureWeight {
  /** Stable key, e.g. "d:example.com". */
  feature: string;
  /** What the UI shows, e.g. "a link to example.com". */
  label: string;
  /** Log-likelihood ratio: positive pushes towards spam, negative towards genuine. */
  weight: number;
}

export interface SpamScore {
  /** Probability of spam, 0..1. */
  probability: number;
  logOdds: number;
  /** The strongest few features, strongest first. */
  features: FeatureWeight[];
}

export interface SpamModelState {
  version: 1;
  spam: number;
  ham: number;
  /** [feature, spam documents containing it, ham documents containing it]. */
  features: [string, number, number][];
}

export interface SpamModelStatus {
  spamExamples: number;
  hamExamples: number;
  learning: boolean;
}

/** Below this many examples of either class, the rules carry the verdict. */
export const LEARNING_THRESHOLD = 50;
/** Features kept when saving; the rarest are dropped first. */
export const MAX_VOCABULARY = 30_000;
const SMOOTHING = 0.5;
const TOP_FEATURES = 5;
const STATE_VERSION = 1;

let bundled: FlagEngine | null = null;
function observe(input: FlagInput): Observations {
  bundled ??= createFlagEngine();
  return bundled.observe(input);
}

export interface SpamModelOptions {
  /** Features kept when saving (default MAX_VOCABULARY); the rarest are dropped first. */
  maxVocabulary?: number;
}

export class SpamModel {
  private readonly maxVocabulary: number;
  private spamDocs = 0;
  private hamDocs = 0;
  /**
   * Per feature: [spam documents, ham documents, log((spam + a) / (ham + a)) kept up to date].
   * Words of the text live in their own table under the bare word; other features by full key.
   */
  private readonly words = new Map<string, Counts>();
  private readonly counts = new Map<string, Counts>();

  constructor(options: SpamModelOptions = {}) {
    this.maxVocabulary = Math.max(1, Math.floor(options.maxVocabulary ?? MAX_VOCABULARY));
  }

  get learning(): boolean {
    return this.spamDocs < LEARNING_THRESHOLD || this.hamDocs < LEARNING_THRESHOLD;
  }

  status(): SpamModelStatus {
    return { spamExamples: this.spamDocs, hamExamples: this.hamDocs, learning: this.learning };
  }

  /** Learns a batch of labeled comments (the site's Spam folder and approved history). */
  train(examples: Iterable<{ input: FlagInput; label: SpamLabel }>): void {
    for (const e of examples) this.learn(e.input, e.label);
  }

  learn(input: FlagInput, label: SpamLabel, obs?: Observations): void {
    this.adjust(featureSet(input, obs ?? observe(input)), label, 1);
  }

  /** Takes back an earlier learn() of the same comment with the same label. */
  unlearn(input: FlagInput, label: SpamLabel, obs?: Observations): void {
    this.adjust(featureSet(input, obs ?? observe(input)), label, -1);
  }

  /** One decision of the owner: approve = genuine, spam = spam, not-spam = un-learn spam + learn genuine. */
  update(input: FlagInput, decision: SpamDecision, obs?: Observations): void {
    const features = featureSet(input, obs ?? observe(input));
    if (decision === 'spam') this.adjust(features, 'spam', 1);
    else if (decision === 'approve') this.adjust(features, 'ham', 1);
    else {
      this.adjust(features, 'spam', -1);
      this.adjust(features, 'ham', 1);
    }
  }

  private adjust(features: FeatureSet, label: SpamLabel, delta: 1 | -1): void {
    const i = label === 'spam' ? 0 : 1;
    if (delta < 0 && (i === 0 ? this.spamDocs : this.hamDocs) === 0) return;
    if (i === 0) this.spamDocs += delta;
    else this.hamDocs += delta;
    for (const w of features.words) bump(this.words, w, i, delta);
    for (const f of features.others) bump(this.counts, f, i, delta);
    // Memory stays bounded between saves: past twice the cap, the rarest features go.
    if (this.words.size + this.counts.size > 2 * this.maxVocabulary) this.prune(this.maxVocabulary);
  }

  /** Every feature by its full key, most frequent first (ties by key, so saving is deterministic). */
  private ranked(): [string, Counts][] {
    const all: [string, Counts][] = [];
    for (const [w, c] of this.words) all.push([WORD_PREFIX + w, c]);
    for (const e of this.counts) all.push(e);
    return all.sort((a, b) => b[1][0] + b[1][1] - (a[1][0] + a[1][1]) || (a[0] < b[0] ? -1 : 1));
  }

  private prune(keep: number): void {
    for (const [key] of this.ranked().slice(keep)) {
      if (key.startsWith(WORD_PREFIX)) this.words.delete(key.slice(WORD_PREFIX.length));
      else this.counts.delete(key);
    }
  }

  /** Spam probability of a comment and the features that weighed most. */
  score(input: FlagInput, obs?: Observations): SpamScore {
    const features = featureSet(input, obs ?? observe(input));
    // log P(f|spam) - log P(f|ham) = log((s+a)/(h+a)) + log((H+2a)/(S+2a)): the second term is
    // the same for every feature, so only the first is stored per feature.
    const shift = Math.log((this.hamDocs + 2 * SMOOTHING) / (this.spamDocs + 2 * SMOOTHING));
    const top = new TopWeights();
    let logOdds = 0;
    for (const w of features.words) {
      const c = this.words.get(w);
      if (!c) continue;
      logOdds += c[2] + shift;
      top.offer(w, true, c[2] + shift);
    }
    for (const f of features.others) {
      const c = this.counts.get(f);
      if (!c) continue;
      logOdds += c[2] + shift;
      top.offer(f, false, c[2] + shift);
    }
    return {
      probability: 1 / (1 + Math.exp(-logOdds)),
      logOdds,
      features: top.list().map((t) => ({ feature: t.feature, label: describeFeature(t.feature), weight: Math.round(t.weight * 100) / 100 })),
    };
  }

  /** Compact state for persistence: counts only, the rarest features dropped beyond MAX_VOCABULARY. */
  toJSON(): SpamModelState {
    const entries = this.ranked();
    return {
      version: STATE_VERSION,
      spam: this.spamDocs,
      ham: this.hamDocs,
      features: entries.slice(0, this.maxVocabulary).map(([k, c]) => [k, c[0], c[1]]),
    };
  }

  /** Rebuilds a model saved by toJSON(). A damaged state is refused with a clear error. */
  static fromJSON(state: unknown, options: SpamModelOptions = {}): SpamModel {
    const fail = (): never => {
      throw new AppError('corrupt', 'The saved spam filter is damaged; retrain it from the site’s history in Settings.');
    };
    if (typeof state !== 'object' || state === null) return fail();
    const s = state as Partial<SpamModelState>;
    if (s.version !== STATE_VERSION || !isCount(s.spam) || !isCount(s.ham) || !Array.isArray(s.features)) return fail();
    const model = new SpamModel(options);
    model.spamDocs = s.spam;
    model.hamDocs = s.ham;
    for (const row of s.features as unknown[]) {
      if (!Array.isArray(row) || row.length !== 3 || typeof row[0] !== 'string' || !isCount(row[1]) || !isCount(row[2])) fail();
      const [k, sp, hm] = row as [string, number, number];
      const c: Counts = [sp, hm, Math.log((sp + SMOOTHING) / (hm + SMOOTHING))];
      if (k.startsWith(WORD_PREFIX)) model.words.set(k.slice(WORD_PREFIX.length), c);
      else model.counts.set(k, c);
    }
    return model;
  }
}

type Counts = [spam: number, ham: number, logRatio: number];

function bump(table: Map<string, Counts>, key: string, i: 0 | 1, delta: 1 | -1): void {
  let c = table.get(key);
  if (!c) {
    if (delta < 0) return;
    c = [0, 0, 0];
    table.set(key, c);
  }
  c[i] = Math.max(0, c[i] + delta);
  if (c[0] === 0 && c[1] === 0) table.delete(key);
  else c[2] = Math.log((c[0] + SMOOTHING) / (c[1] + SMOOTHING));
}

/** The strongest few weights, kept in order by insertion rather than sorting every weight. */
class TopWeights {
  private readonly items: { feature: string; word: boolean; weight: number }[] = [];

  offer(feature: string, word: boolean, weight: number): void {
    const items = this.items;
    const strength = Math.abs(weight);
    if (items.length === TOP_FEATURES && strength <= Math.abs(items[TOP_FEATURES - 1]!.weight)) return;
    let at = items.length;
    while (at > 0 && Math.abs(items[at - 1]!.weight) < strength) at--;
    items.splice(at, 0, { feature, word, weight });
    if (items.length > TOP_FEATURES) items.pop();
  }

  list(): { feature: string; weight: number }[] {
    return this.items.map((t) => ({ feature: t.word ? WORD_PREFIX + t.feature : t.feature, weight: t.weight }));
  }
}

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

export function createSpamModel(options: SpamModelOptions = {}): SpamModel {
  return new SpamModel(options);
}
