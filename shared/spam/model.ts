// The learning spam filter: naive Bayes over document frequencies. For each feature it counts
// how many spam and how many genuine (ham) comments contained it; a comment's log-odds is the
// sum, over its known features, of log(P(feature | spam) / P(feature | ham)). Equal priors: a site
// with 5,000 spam and 200 approved comments should not start from "everything is spam".
// Besides the counts it keeps what the flag engine asks of a site (SiteModel): the texts of its
// spam (campaigns), the languages of its approved comments, and the owner's own spam / not-spam
// decisions by text, e-mail, author domain and IP ("like the comment you marked spam").
// The model depends on the flag engine (it reads what the engine observes); never the reverse.

import { AppError } from '../errors';
import { coded } from '../messages';
import type { FlagInput } from '../types';
import type { MarkedVia } from '../flags/codes';
import { emailDomain, isSharedProvider } from '../flags/domains';
import { createFlagEngine, type FlagEngine } from '../flags/engine';
import { detectLanguage } from '../flags/language';
import type { ModelVerdict, Observations, SiteModel } from '../flags/site-model';
import { keyHash } from '../flags/matcher';
import { NearTexts, textSketch } from '../flags/near-text';
import { describeFeature, FEATURE_SET_VERSION, featureSet, WORD_PREFIX, type FeatureSet } from './features';

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
  version: 1 | 2;
  /** FEATURE_SET_VERSION of the features counted; absent before version 2 of the feature set. */
  featureSet?: number;
  spam: number;
  ham: number;
  /** [feature, spam documents containing it, ham documents containing it]. */
  features: [string, number, number][];
  /** Version 2: [text key, spam examples with that text], oldest first. */
  spamTexts?: [number, number][];
  /** Version 2: [language, approved examples in it]. */
  languages?: [string, number][];
  /** Version 2: the owner's decisions, [key, marked spam, marked not spam]; keys "t:", "e:", "d:", "i:". */
  marks?: [string, number, number][];
  /** Version 2, optional: the recent spam's texts as word sketches (flags/near-text.ts), [text key, length, ...sketch, count]. */
  nearSpamTexts?: number[][];
  /** Version 2, optional: the texts the owner marked, [text key, length, ...sketch, marked spam, marked not spam]. */
  nearMarks?: number[][];
  /** Version 2, optional: the history's authors, [key, spam examples, approved examples]; keys "e:" (e-mail), "i:" (IP, spam only). */
  authors?: [string, number, number][];
}

export interface SpamModelStatus {
  spamExamples: number;
  hamExamples: number;
  learning: boolean;
}

/** Below this many examples of either class, the rules carry the verdict. */
export const LEARNING_THRESHOLD = 50;
/** With this many examples of each class, the site's history outweighs the generic rules fully. */
export const TRUSTED_EXAMPLES = 400;
/** Texts of the site's spam kept for campaign matching; the oldest go first. */
const MAX_SPAM_TEXTS = 20_000;
/** Owner decisions kept (keys of text, e-mail, domain, IP); the oldest go first. */
const MAX_MARKS = 20_000;
/** E-mail and IP addresses of the history's examples kept; the oldest go first. */
const MAX_AUTHORS = 20_000;
/**
 * Texts of the recent spam, and texts the owner marked, kept as word sketches to find nearly
 * the same text (a campaign's copies with a few words changed); the oldest go first. A sketch
 * is some 17 numbers: these caps keep the saved model within a few hundred kilobytes.
 */
const MAX_NEAR_SPAM_TEXTS = 2_000;
const MAX_NEAR_MARKS = 1_000;
/** Approved examples whose language is read, then one in LANGUAGE_EVERY. */
const LANGUAGE_SAMPLES = 200;
const LANGUAGE_EVERY = 10;
/** Approved examples with a known language before the site's languages count. */
const MIN_LANGUAGE_EXAMPLES = 20;
/** A language this share of the approved comments use is one of the site's. */
const SITE_LANGUAGE_SHARE = 0.1;
/** Features kept when saving; the rarest are dropped first. */
export const MAX_VOCABULARY = 30_000;
const SMOOTHING = 0.5;
const TOP_FEATURES = 5;
const STATE_VERSION = 2;

let bundled: FlagEngine | null = null;
function observe(input: FlagInput): Observations {
  bundled ??= createFlagEngine();
  return bundled.observe(input);
}

export interface SpamModelOptions {
  /** Features kept when saving (default MAX_VOCABULARY); the rarest are dropped first. */
  maxVocabulary?: number;
}

export class SpamModel implements SiteModel {
  private readonly maxVocabulary: number;
  /** The feature set its counts were learned with (features.ts). */
  private featureSetVersion = FEATURE_SET_VERSION;
  private spamDocs = 0;
  private hamDocs = 0;
  private readonly spamTexts = new Map<number, number>();
  private readonly languageCounts = new Map<string, number>();
  private languageSamples = 0;
  private siteLanguages: string[] | null = null;
  private readonly marks = new Map<string, [spam: number, ham: number]>();
  /** The history's authors by "e:" e-mail and "i:" IP: [spam examples, approved examples]. */
  private readonly authors = new Map<string, [spam: number, ham: number]>();
  private readonly nearSpamTexts = new NearTexts(MAX_NEAR_SPAM_TEXTS, 1);
  private readonly nearMarks = new NearTexts(MAX_NEAR_MARKS, 2);
  /** The last comment's sketch: marked() and spamWithSimilarText() ask for the same one in turn. */
  private sketchOf: { obs: Observations | null; sketch: number[] | null } = { obs: null, sketch: null };
  /**
   * Per feature: [spam documents, ham documents, log((spam + a) / (ham + a)) kept up to date].
   * Words of the text live in their own table under the bare word; other features by full key.
   */
  private readonly words = new Vocabulary();
  private readonly counts = new Map<string, Counts>();

  constructor(options: SpamModelOptions = {}) {
    this.maxVocabulary = Math.max(1, Math.floor(options.maxVocabulary ?? MAX_VOCABULARY));
  }

  get learning(): boolean {
    return this.spamDocs < LEARNING_THRESHOLD || this.hamDocs < LEARNING_THRESHOLD;
  }

  /** It learned from comments under an older feature set: the new readings are missing from its counts. */
  get outdated(): boolean {
    return this.featureSetVersion !== FEATURE_SET_VERSION && this.spamDocs + this.hamDocs > 0;
  }

  /**
   * A new, empty model that keeps the owner's own decisions (the marks behind "like the comment
   * you marked spam"): where relearning the site's history starts. The counts come back from the
   * history; the marks are the owner's and are not in it.
   */
  keepingDecisions(): SpamModel {
    const model = new SpamModel({ maxVocabulary: this.maxVocabulary });
    for (const [key, m] of this.marks) model.marks.set(key, [m[0], m[1]]);
    for (const row of this.nearMarks.toRows()) model.nearMarks.addRow(row);
    return model;
  }

  get trust(): number {
    return this.learning ? 0 : Math.min(1, Math.min(this.spamDocs, this.hamDocs) / TRUSTED_EXAMPLES);
  }

  status(): SpamModelStatus {
    return { spamExamples: this.spamDocs, hamExamples: this.hamDocs, learning: this.learning };
  }

  /** Learns a batch of labeled comments (the site's Spam folder and approved history). */
  train(examples: Iterable<{ input: FlagInput; label: SpamLabel }>): void {
    for (const e of examples) this.learn(e.input, e.label);
  }

  learn(input: FlagInput, label: SpamLabel, obs?: Observations): void {
    const o = obs ?? observe(input);
    this.learnCounts(input, label, o);
    this.rememberAuthor(input, label, 1);
  }

  /** Takes back an earlier learn() of the same comment with the same label. */
  unlearn(input: FlagInput, label: SpamLabel, obs?: Observations): void {
    const o = obs ?? observe(input);
    this.unlearnCounts(input, label, o);
    this.rememberAuthor(input, label, -1);
  }

  /**
   * learn() but for its author: what the owner decides here is counted by the store, so update()
   * and revert() change the counts only.
   */
  private learnCounts(input: FlagInput, label: SpamLabel, o: Observations): void {
    this.adjust(featureSet(input, o), label, 1);
    if (label === 'spam') this.rememberSpamText(o, 1);
    else this.learnLanguage(input.content);
  }

  private unlearnCounts(input: FlagInput, label: SpamLabel, o: Observations): void {
    this.adjust(featureSet(input, o), label, -1);
    if (label === 'spam') this.rememberSpamText(o, -1);
  }

  /**
   * The e-mail address of a history example, and its IP when it is spam: spammers come back
   * from both. An approved comment's IP says nothing of the next comment from it (a household, an
   * office, a phone network), so it is not kept.
   */
  private rememberAuthor(input: FlagInput, label: SpamLabel, delta: 1 | -1): void {
    const i = label === 'spam' ? 0 : 1;
    const email = input.author_email?.trim().toLowerCase();
    const ip = label === 'spam' ? input.author_ip?.trim() : '';
    for (const key of [email ? `e:${email}` : '', ip ? `i:${ip}` : '']) {
      if (!key) continue;
      const m = this.authors.get(key) ?? [0, 0];
      this.authors.delete(key); // re-inserted: most recent last
      m[i] = Math.max(0, m[i] + delta);
      if (m[0] > 0 || m[1] > 0) this.authors.set(key, m);
    }
    while (this.authors.size > MAX_AUTHORS) this.authors.delete(this.authors.keys().next().value!);
  }

  authorHistory(input: FlagInput): { spamByEmail: number; spamByIp: number; approvedByEmail: number } {
    if (this.authors.size === 0) return NO_AUTHOR_HISTORY;
    const email = input.author_email?.trim().toLowerCase();
    const ip = input.author_ip?.trim();
    const byEmail = email ? this.authors.get(`e:${email}`) : undefined;
    const byIp = ip ? this.authors.get(`i:${ip}`) : undefined;
    if (!byEmail && !byIp) return NO_AUTHOR_HISTORY;
    return { spamByEmail: byEmail?.[0] ?? 0, spamByIp: byIp?.[0] ?? 0, approvedByEmail: byEmail?.[1] ?? 0 };
  }

  /**
   * One decision of the owner: approve = genuine, spam = spam, not-spam = un-learn spam + learn
   * genuine. Spam and not-spam also mark the comment's text, e-mail, author domain and IP, so
   * the queue's comments that share them follow the decision at once.
   */
  update(input: FlagInput, decision: SpamDecision, obs?: Observations): void {
    const o = obs ?? observe(input);
    const features = featureSet(input, o);
    if (decision === 'spam') {
      this.adjust(features, 'spam', 1);
      this.rememberSpamText(o, 1);
      this.mark(input, o, 'spam', 1);
    } else if (decision === 'approve') this.adjust(features, 'ham', 1);
    else {
      this.adjust(features, 'spam', -1);
      this.adjust(features, 'ham', 1);
      this.rememberSpamText(o, -1);
      this.mark(input, o, 'spam', -1);
      this.mark(input, o, 'ham', 1);
    }
  }

  /** Takes back update(): an undone decision. */
  revert(input: FlagInput, decision: SpamDecision, obs?: Observations): void {
    const o = obs ?? observe(input);
    if (decision === 'approve') this.unlearnCounts(input, 'ham', o);
    else if (decision === 'spam') {
      this.unlearnCounts(input, 'spam', o);
      this.mark(input, o, 'spam', -1);
    } else {
      // not-spam had un-learned spam and learned genuine: put it back the way it was.
      this.unlearnCounts(input, 'ham', o);
      this.learnCounts(input, 'spam', o);
      this.mark(input, o, 'ham', -1);
      this.mark(input, o, 'spam', 1);
    }
  }

  /** What a decision on this comment marks: its text, e-mail, own domain and IP. */
  private markKeys(input: FlagInput, obs: Observations): [MarkedVia, string][] {
    const keys: [MarkedVia, string][] = [];
    if (obs.textKey !== 0) keys.push(['text', `t:${obs.textKey}`]);
    const email = input.author_email?.trim().toLowerCase();
    if (email) keys.push(['email', `e:${email}`]);
    // The author's own domain: their website's, else their e-mail's — never a provider shared by millions.
    const mail = emailDomain(email);
    for (const d of [obs.authorSite, mail]) {
      if (d && !isSharedProvider(d)) {
        keys.push(['domain', `d:${d}`]);
        break;
      }
    }
    const ip = input.author_ip?.trim();
    if (ip) keys.push(['ip', `i:${ip}`]);
    return keys;
  }

  private mark(input: FlagInput, obs: Observations, label: SpamLabel, delta: 1 | -1): void {
    const i = label === 'spam' ? 0 : 1;
    const sketch = obs.textKey !== 0 ? this.sketch(obs) : null;
    if (sketch) this.nearMarks.add(obs.textKey, sketch, i, delta);
    for (const [, key] of this.markKeys(input, obs)) {
      let m = this.marks.get(key);
      if (!m) {
        if (delta < 0) continue;
        m = [0, 0];
      } else this.marks.delete(key); // re-inserted: most recent last
      m[i] = Math.max(0, m[i] + delta);
      if (m[0] > 0 || m[1] > 0) this.marks.set(key, m);
    }
    while (this.marks.size > MAX_MARKS) this.marks.delete(this.marks.keys().next().value!);
  }

  marked(input: FlagInput, obs: Observations): { label: 'spam' | 'ham'; via: MarkedVia } | null {
    if (this.marks.size === 0) return null;
    const keys = this.markKeys(input, obs);
    const byKey = ([via, key]: [MarkedVia, string]): { label: 'spam' | 'ham'; via: MarkedVia } | null => {
      const m = this.marks.get(key);
      return m && m[0] !== m[1] ? { label: m[0] > m[1] ? 'spam' : 'ham', via } : null;
    };
    // The text itself, then nearly the same text (a campaign's copy), then the author's e-mail, domain and IP.
    let i = 0;
    if (keys[0]?.[0] === 'text') {
      const same = byKey(keys[0]);
      if (same) return same;
      i = 1;
    }
    const near = this.similarMarks(obs);
    if (near) return near;
    for (; i < keys.length; i++) {
      const found = byKey(keys[i]!);
      if (found) return found;
    }
    return null;
  }

  /** The owner's marks on texts nearly the same as this one (its own text aside), when they lean one way. */
  private similarMarks(obs: Observations): { label: 'spam' | 'ham'; via: MarkedVia } | null {
    if (this.nearMarks.size === 0 || obs.textKey === 0) return null;
    const sketch = this.sketch(obs);
    const m = sketch ? this.nearMarks.similar(obs.textKey, sketch) : null;
    if (!m || m[0] === m[1]) return null;
    return { label: m[0]! > m[1]! ? 'spam' : 'ham', via: 'similar-text' };
  }

  private sketch(obs: Observations): number[] | null {
    if (this.sketchOf.obs !== obs) this.sketchOf = { obs, sketch: textSketch(obs.words, obs.wordHashes) };
    return this.sketchOf.sketch;
  }

  private rememberSpamText(obs: Observations, delta: 1 | -1): void {
    const key = obs.textKey;
    if (key === 0) return;
    const n = (this.spamTexts.get(key) ?? 0) + delta;
    this.spamTexts.delete(key);
    if (n > 0) this.spamTexts.set(key, n);
    if (this.spamTexts.size > MAX_SPAM_TEXTS) this.spamTexts.delete(this.spamTexts.keys().next().value!);
    const sketch = this.sketch(obs);
    if (sketch) this.nearSpamTexts.add(key, sketch, 0, delta);
  }

  spamWithText(textKey: number): number {
    return this.spamTexts.get(textKey) ?? 0;
  }

  spamWithSimilarText(obs: Observations): number {
    if (this.nearSpamTexts.size === 0 || obs.textKey === 0) return 0;
    const sketch = this.sketch(obs);
    return sketch ? (this.nearSpamTexts.similar(obs.textKey, sketch)?.[0] ?? 0) : 0;
  }

  private learnLanguage(text: string): void {
    // franc costs a third of a millisecond: every approved comment at first, then one in ten.
    this.languageSamples++;
    if (this.languageSamples > LANGUAGE_SAMPLES && this.languageSamples % LANGUAGE_EVERY !== 0) return;
    const language = detectLanguage(text);
    if (language === 'und') return;
    this.languageCounts.set(language, (this.languageCounts.get(language) ?? 0) + 1);
    this.siteLanguages = null;
  }

  languagesSoFar(): ReadonlyMap<string, number> {
    return this.languageCounts;
  }

  languages(): readonly string[] | null {
    if (this.siteLanguages) return this.siteLanguages;
    let total = 0;
    for (const n of this.languageCounts.values()) total += n;
    if (total < MIN_LANGUAGE_EXAMPLES) return null;
    this.siteLanguages = [...this.languageCounts]
      .filter(([, n]) => n >= SITE_LANGUAGE_SHARE * total)
      .sort((a, b) => b[1] - a[1])
      .map(([l]) => l);
    return this.siteLanguages;
  }

  knownWordShare(obs: Observations): number {
    let known = 0;
    let counted = 0;
    const { words, wordHashes } = obs;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const c = w.charCodeAt(0);
      if (c >= 48 && c <= 57) continue; // numbers say nothing of a language
      counted++;
      const counts = this.words.get(w, wordHashes[i]!);
      if (counts && counts[1] > 0) known++;
    }
    return counted === 0 ? 1 : known / counted;
  }

  domainHistory(domain: string): { spam: number; ham: number } {
    const link = this.counts.get(`d:${domain}`);
    const site = this.counts.get(`u:${domain}`);
    return { spam: (link?.[0] ?? 0) + (site?.[0] ?? 0), ham: (link?.[1] ?? 0) + (site?.[1] ?? 0) };
  }

  private adjust(features: FeatureSet, label: SpamLabel, delta: 1 | -1): void {
    const i = label === 'spam' ? 0 : 1;
    if (delta < 0 && (i === 0 ? this.spamDocs : this.hamDocs) === 0) return;
    if (i === 0) this.spamDocs += delta;
    else this.hamDocs += delta;
    for (let k = 0; k < features.words.length; k++) this.words.bump(features.words[k]!, features.hashes[k]!, i, delta);
    for (const f of features.others) bump(this.counts, f, i, delta);
    // Memory stays bounded between saves: past twice the cap, the rarest features go.
    if (this.words.size + this.counts.size > 2 * this.maxVocabulary) this.prune(this.maxVocabulary);
  }

  /** Every feature by its full key, most frequent first (ties by key, so saving is deterministic). */
  private ranked(): [string, Counts][] {
    const all: [string, Counts][] = [];
    for (const [w, c] of this.words.entries()) all.push([WORD_PREFIX + w, c]);
    for (const e of this.counts) all.push(e);
    return all.sort((a, b) => b[1][0] + b[1][1] - (a[1][0] + a[1][1]) || (a[0] < b[0] ? -1 : 1));
  }

  private prune(keep: number): void {
    for (const [key] of this.ranked().slice(keep)) {
      if (key.startsWith(WORD_PREFIX)) this.words.delete(key.slice(WORD_PREFIX.length));
      else this.counts.delete(key);
    }
  }

  /** Spam probability of a comment and the features that weighed most, with what the UI shows for them. */
  score(input: FlagInput, obs?: Observations): SpamScore {
    const verdict = this.verdict(input, obs ?? observe(input));
    return { ...verdict, features: verdict.features.map((f) => ({ ...f, label: describeFeature(f.feature) })) };
  }

  /** score() without the features' labels: what the flag engine asks for every comment it checks. */
  verdict(input: FlagInput, obs: Observations): ModelVerdict {
    const features = featureSet(input, obs);
    // log P(f|spam) - log P(f|ham) = log((s+a)/(h+a)) + log((H+2a)/(S+2a)): the second term is
    // the same for every feature, so only the first is stored per feature.
    const shift = Math.log((this.hamDocs + 2 * SMOOTHING) / (this.spamDocs + 2 * SMOOTHING));
    const top = new TopWeights();
    let logOdds = 0;
    const { words, hashes } = features;
    for (let k = 0; k < words.length; k++) {
      const c = this.words.get(words[k]!, hashes[k]!);
      if (!c) continue;
      logOdds += c[2] + shift;
      top.offer(words[k]!, true, c[2] + shift);
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
      features: top.list().map((t) => ({ feature: t.feature, weight: Math.round(t.weight * 100) / 100 })),
    };
  }

  /** Compact state for persistence: counts only, the rarest features dropped beyond MAX_VOCABULARY. */
  toJSON(): SpamModelState {
    const entries = this.ranked();
    return {
      version: STATE_VERSION,
      featureSet: this.featureSetVersion,
      spam: this.spamDocs,
      ham: this.hamDocs,
      features: entries.slice(0, this.maxVocabulary).map(([k, c]) => [k, c[0], c[1]]),
      spamTexts: [...this.spamTexts],
      languages: [...this.languageCounts],
      marks: [...this.marks].map(([k, m]) => [k, m[0], m[1]]),
      nearSpamTexts: this.nearSpamTexts.toRows(),
      nearMarks: this.nearMarks.toRows(),
      authors: [...this.authors].map(([k, m]) => [k, m[0], m[1]]),
    };
  }

  /** Rebuilds a model saved by toJSON(). A damaged state is refused with a clear error. */
  static fromJSON(state: unknown, options: SpamModelOptions = {}): SpamModel {
    const fail = (): never => {
      throw new AppError('corrupt', coded('error.spamModelDamaged'));
    };
    if (typeof state !== 'object' || state === null) return fail();
    const s = state as Partial<SpamModelState>;
    // Version 1 (counts only) is read as is: its texts, languages and marks start empty.
    if ((s.version !== 1 && s.version !== STATE_VERSION) || !isCount(s.spam) || !isCount(s.ham) || !Array.isArray(s.features)) return fail();
    if (s.featureSet !== undefined && !isCount(s.featureSet)) return fail();
    const model = new SpamModel(options);
    model.featureSetVersion = s.featureSet ?? 1;
    model.spamDocs = s.spam;
    model.hamDocs = s.ham;
    for (const row of s.features as unknown[]) {
      if (!Array.isArray(row) || row.length !== 3 || typeof row[0] !== 'string' || !isCount(row[1]) || !isCount(row[2])) fail();
      const [k, sp, hm] = row as [string, number, number];
      const c: Counts = [sp, hm, Math.log((sp + SMOOTHING) / (hm + SMOOTHING))];
      if (k.startsWith(WORD_PREFIX)) model.words.set(k.slice(WORD_PREFIX.length), c);
      else model.counts.set(k, c);
    }
    for (const row of optionalRows(s.spamTexts, fail)) {
      if (typeof row[0] !== 'number' || !isCount(row[1])) fail();
      model.spamTexts.set(row[0] as number, row[1] as number);
    }
    for (const row of optionalRows(s.languages, fail)) {
      if (typeof row[0] !== 'string' || !isCount(row[1])) fail();
      model.languageCounts.set(row[0] as string, row[1] as number);
    }
    model.languageSamples = [...model.languageCounts.values()].reduce((a, b) => a + b, 0);
    for (const row of optionalRows(s.marks, fail)) {
      if (typeof row[0] !== 'string' || !isCount(row[1]) || !isCount(row[2])) fail();
      model.marks.set(row[0] as string, [row[1] as number, row[2] as number]);
    }
    for (const row of optionalRows(s.nearSpamTexts, fail)) if (!model.nearSpamTexts.addRow(row)) fail();
    for (const row of optionalRows(s.nearMarks, fail)) if (!model.nearMarks.addRow(row)) fail();
    for (const row of optionalRows(s.authors, fail)) {
      if (typeof row[0] !== 'string' || !isCount(row[1]) || !isCount(row[2])) fail();
      model.authors.set(row[0] as string, [row[1] as number, row[2] as number]);
    }
    return model;
  }
}

type Counts = [spam: number, ham: number, logRatio: number];

const NO_AUTHOR_HISTORY = { spamByEmail: 0, spamByIp: 0, approvedByEmail: 0 } as const;

/**
 * The words the model has seen, kept by keyHash (flags/matcher.ts): the word matcher computes
 * that number while it reads a comment, so scoring a comment hashes no string. Each entry keeps
 * its word, and a word whose hash another word already holds (30 bits: almost never) is kept
 * apart by its string, so two words never share counts.
 */
class Vocabulary {
  private readonly byHash = new Map<number, { word: string; counts: Counts }>();
  private readonly clashes = new Map<string, Counts>();

  get size(): number {
    return this.byHash.size + this.clashes.size;
  }

  get(word: string, hash: number): Counts | undefined {
    const e = this.byHash.get(hash);
    if (e && e.word === word) return e.counts;
    return this.clashes.size > 0 && e ? this.clashes.get(word) : undefined;
  }

  set(word: string, counts: Counts, hash = keyHash(word)): void {
    const e = this.byHash.get(hash);
    if (!e) this.byHash.set(hash, { word, counts });
    else if (e.word === word) e.counts = counts;
    else this.clashes.set(word, counts);
  }

  bump(word: string, hash: number, i: 0 | 1, delta: 1 | -1): void {
    let c = this.get(word, hash);
    if (!c) {
      if (delta < 0) return;
      c = [0, 0, 0];
      this.set(word, c, hash);
    }
    c[i] = Math.max(0, c[i] + delta);
    if (c[0] === 0 && c[1] === 0) this.delete(word, hash);
    else c[2] = Math.log((c[0] + SMOOTHING) / (c[1] + SMOOTHING));
  }

  delete(word: string, hash = keyHash(word)): void {
    const e = this.byHash.get(hash);
    if (!e || e.word !== word) {
      this.clashes.delete(word);
      return;
    }
    this.byHash.delete(hash);
    // A word kept apart under the same hash takes the freed place.
    for (const [w, c] of this.clashes) {
      if (keyHash(w) === hash) {
        this.clashes.delete(w);
        this.byHash.set(hash, { word: w, counts: c });
        break;
      }
    }
  }

  *entries(): IterableIterator<[string, Counts]> {
    for (const e of this.byHash.values()) yield [e.word, e.counts];
    yield* this.clashes;
  }
}

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

function optionalRows(rows: unknown, fail: () => never): unknown[][] {
  if (rows === undefined) return [];
  if (!Array.isArray(rows)) return fail();
  for (const row of rows) if (!Array.isArray(row)) fail();
  return rows as unknown[][];
}

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

export function createSpamModel(options: SpamModelOptions = {}): SpamModel {
  return new SpamModel(options);
}
