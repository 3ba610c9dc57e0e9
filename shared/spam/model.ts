// The learning spam filter: naive Bayes over document frequencies. For each feature it counts
// how many spam and how many genuine (ham) comments contained it; a comment's log-odds is the
// sum, over its known features, of log(P(feature | spam) / P(feature | ham)). Equal priors: a site
// with 5,000 spam and 200 approved comments should not start from "everything is spam".

import { AppError } from '../errors';
import type { FlagInput } from '../types';
import { createFlagEngine, type FlagEngine } from '../flags/engine';
import { describeFeature, extractFeatures } from './features';

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
  return bundled.analyse(input).observations;
}

export interface SpamModelOptions {
  /** Features kept when saving (default MAX_VOCABULARY); the rarest are dropped first. */
  maxVocabulary?: number;
}

export class SpamModel {
  private readonly maxVocabulary: number;
  private spamDocs = 0;
  private hamDocs = 0;
  /** Per feature: [spam documents, ham documents, log((spam + a) / (ham + a)) kept up to date]. */
  private readonly counts = new Map<string, [number, number, number]>();

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
    this.adjust(extractFeatures(input, obs ?? observe(input)), label, 1);
  }

  /** Takes back an earlier learn() of the same comment with the same label. */
  unlearn(input: FlagInput, label: SpamLabel, obs?: Observations): void {
    this.adjust(extractFeatures(input, obs ?? observe(input)), label, -1);
  }

  /** One decision of the owner: approve = genuine, spam = spam, not-spam = un-learn spam + learn genuine. */
  update(input: FlagInput, decision: SpamDecision, obs?: Observations): void {
    const features = extractFeatures(input, obs ?? observe(input));
    if (decision === 'spam') this.adjust(features, 'spam', 1);
    else if (decision === 'approve') this.adjust(features, 'ham', 1);
    else {
      this.adjust(features, 'spam', -1);
      this.adjust(features, 'ham', 1);
    }
  }

  private adjust(features: readonly string[], label: SpamLabel, delta: 1 | -1): void {
    const i = label === 'spam' ? 0 : 1;
    if (delta < 0 && (i === 0 ? this.spamDocs : this.hamDocs) === 0) return;
    if (i === 0) this.spamDocs += delta;
    else this.hamDocs += delta;
    for (const f of features) {
      let c = this.counts.get(f);
      if (!c) {
        if (delta < 0) continue;
        c = [0, 0, 0];
        this.counts.set(f, c);
      }
      c[i] = Math.max(0, c[i] + delta);
      if (c[0] === 0 && c[1] === 0) this.counts.delete(f);
      else c[2] = Math.log((c[0] + SMOOTHING) / (c[1] + SMOOTHING));
    }
    // Memory stays bounded between saves: past twice the cap, the rarest features go.
    if (this.counts.size > 2 * this.maxVocabulary) this.prune(this.maxVocabulary);
  }

  private prune(keep: number): void {
    if (this.counts.size <= keep) return;
    const ranked = [...this.counts.entries()].sort((a, b) => b[1][0] + b[1][1] - (a[1][0] + a[1][1]) || (a[0] < b[0] ? -1 : 1));
    for (const [key] of ranked.slice(keep)) this.counts.delete(key);
  }

  /** Spam probability of a comment and the features that weighed most. */
  score(input: FlagInput, obs?: Observations): SpamScore {
    const features = extractFeatures(input, obs ?? observe(input));
    // log P(f|spam) - log P(f|ham) = log((s+a)/(h+a)) + log((H+2a)/(S+2a)): the second term is
    // the same for every feature, so only the first is stored per feature.
    const shift = Math.log((this.hamDocs + 2 * SMOOTHING) / (this.spamDocs + 2 * SMOOTHING));
    let logOdds = 0;
    // The strongest few, kept in order by insertion rather than sorting every weight.
    const top: { feature: string; weight: number }[] = [];
    for (const f of features) {
      const c = this.counts.get(f);
      if (!c) continue;
      const w = c[2] + shift;
      logOdds += w;
      const strength = Math.abs(w);
      if (top.length === TOP_FEATURES && strength <= Math.abs(top[TOP_FEATURES - 1]!.weight)) continue;
      let at = top.length;
      while (at > 0) {
        const other = top[at - 1]!;
        const os = Math.abs(other.weight);
        if (os > strength || (os === strength && other.feature < f)) break;
        at--;
      }
      top.splice(at, 0, { feature: f, weight: w });
      if (top.length > TOP_FEATURES) top.pop();
    }
    return {
      probability: 1 / (1 + Math.exp(-logOdds)),
      logOdds,
      features: top.map((w) => ({ feature: w.feature, label: describeFeature(w.feature), weight: Math.round(w.weight * 100) / 100 })),
    };
  }

  /** Compact state for persistence: counts only, the rarest features dropped beyond MAX_VOCABULARY. */
  toJSON(): SpamModelState {
    const entries = [...this.counts.entries()].sort(
      (a, b) => b[1][0] + b[1][1] - (a[1][0] + a[1][1]) || (a[0] < b[0] ? -1 : 1),
    );
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
      model.counts.set(k, [sp, hm, Math.log((sp + SMOOTHING) / (hm + SMOOTHING))]);
    }
    return model;
  }
}

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

export function createSpamModel(options: SpamModelOptions = {}): SpamModel {
  return new SpamModel(options);
}
