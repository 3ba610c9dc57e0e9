// The flag engine: word lists compiled once per list change, plus the signals beyond words.
// Pure and deterministic; check() is what the store calls on ingest and on re-flag.

import type { Flag, FlagContext, FlagInput, FlagResult, Span } from '../types';
import type { Observations, SpamModel } from '../spam/model';
import { BUNDLED_LISTS_VERSION, bundledEntries } from './lists/bundled';
import {
  MILD_PROMOTION_PHRASES_EN,
  MILD_PROMOTION_PHRASES_FR,
  PRAISE_PHRASES_EN,
  PRAISE_PHRASES_FR,
  PROMOTION_PHRASES_EN,
  PROMOTION_PHRASES_FR,
} from './lists/phrases';
import { findLinks } from './links';
import { WordMatcher, type WordCategory, type WordEntry, type WordHit } from './matcher';
import { authorFlags, contextFlags, LIKELY_SPAM_SCORE, linkFlag, shoutingFlag, wordFlags } from './signals';

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

export interface FlagEngine {
  /** Identifies bundled lists + these user lists: when it changes, stored comments need re-flagging. */
  readonly listsVersion: string;
  /**
   * Flags, score and verdict for one comment. `ctx` comes from the store (missing fields are
   * simply not judged); a trained `model` adds its probability and a 'classifier' flag, and
   * carries the verdict with the rules once it has left its learning phase.
   */
  check(input: FlagInput, ctx?: Partial<FlagContext>, model?: SpamModel | null): FlagResult;
  /** Word-list hits in `text` (bundled lists and blocklist, minus allowlist), for highlighting. */
  wordHits(text: string, field?: Span['field']): Span[];
  /** The context-free part of check(): content and author signals, and what the model reads. */
  analyse(input: FlagInput): ContentAnalysis;
  /** What the model reads in a comment (analyse() without the flags' sentences). */
  observe(input: FlagInput): Observations;
}

/** How much the model's log-odds move the score, and the most it can move it. */
const CLASSIFIER_SCALE = 0.6;
const CLASSIFIER_CAP = 6;

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

const round2 = (n: number): number => Math.round(n * 100) / 100;

export function createFlagEngine(lists: UserWordLists = {}): FlagEngine {
  const block = (lists.block ?? []).map((t) => t.trim()).filter((t) => t.length > 0);
  const allow = (lists.allow ?? []).map((t) => t.trim()).filter((t) => t.length > 0);
  const entries: WordEntry[] = [
    ...phraseEntries(PRAISE_PHRASES_EN, 'en', 'praise'),
    ...phraseEntries(PRAISE_PHRASES_FR, 'fr', 'praise'),
    ...phraseEntries(MILD_PROMOTION_PHRASES_EN, 'en', 'mention'),
    ...phraseEntries(MILD_PROMOTION_PHRASES_FR, 'fr', 'mention'),
    ...phraseEntries(PROMOTION_PHRASES_EN, 'en', 'promotion'),
    ...phraseEntries(PROMOTION_PHRASES_FR, 'fr', 'promotion'),
    ...bundledEntries(),
    ...block.map((term): WordEntry => ({ term, list: 'user', category: 'blocked' })),
  ];
  const matcher = new WordMatcher(entries, allow);
  const listsVersion = `${BUNDLED_LISTS_VERSION}/${hashLists(block, allow)}`;

  /**
   * One pass over the comment: the signals the model reads, and (when wanted) the flags with
   * their sentences. The model's own scoring asks for no flags and skips writing sentences.
   */
  function analyse(input: FlagInput, wantWords: boolean, wantFlags: boolean): ContentAnalysis {
    const content = input.content ?? '';
    const { hits, words, lower, letters, capitals } = matcher.scan(content, 'content', wantWords);
    const signals = new Set<string>();
    for (const h of hits) signals.add(h.category);
    const links = findLinks(content, lower);
    const shouting = shoutingFlag(letters, capitals);
    if (shouting) signals.add('shouting');
    const author = authorFlags(input);
    for (const f of author) signals.add(f.kind);
    let nameHits: WordHit[] = [];
    if (input.author_name) {
      // Blocked words in the author's name ("Cheap Viagra") count like words in the text.
      nameHits = matcher
        .match(input.author_name, 'author_name')
        .filter((h) => h.category === 'abuse' || h.category === 'spam' || h.category === 'blocked');
      for (const h of nameHits) signals.add(`name-${h.category}`);
    }
    // Generic praise is a classic opener for a comment that exists for its author link.
    const praiseWithLink = signals.has('praise') && (Boolean(input.author_url) || links.count > 0 || author.length > 0);
    if (praiseWithLink) signals.add('praise-with-link');
    const observations: Observations = { signals: [...signals], words, linkCount: links.count, linkDomains: links.domains };
    if (!wantFlags) return { flags: [], observations };

    const flags = wordFlags(hits);
    const link = linkFlag(links.count);
    if (link) flags.push(link);
    if (shouting) flags.push(shouting);
    for (const f of author) flags.push(f);
    for (const f of wordFlags(nameHits)) flags.push({ ...f, reason: `In the author’s name — ${f.reason}` });
    const praise = flags.find((f) => f.kind === 'generic-praise');
    if (praise && praiseWithLink) {
      praise.weight = 2.5;
      praise.reason += input.author_url ? ', from an author advertising a website' : ', next to a link';
    }
    return { flags, observations };
  }

  function check(input: FlagInput, ctx: Partial<FlagContext> = {}, model: SpamModel | null = null): FlagResult {
    const modelTakesPart = model !== null && !model.learning;
    // Only the model reads the words themselves.
    const { flags, observations } = analyse(input, modelTakesPart, true);
    for (const f of contextFlags(input, ctx)) flags.push(f);
    let spamProbability: number | null = null;
    if (model && modelTakesPart) {
      const verdict = model.score(input, observations);
      spamProbability = verdict.probability;
      const weight = round2(Math.max(-CLASSIFIER_CAP, Math.min(CLASSIFIER_CAP, verdict.logOdds * CLASSIFIER_SCALE)));
      const why = verdict.features
        .filter((f) => (verdict.logOdds >= 0 ? f.weight > 0 : f.weight < 0))
        .slice(0, 3)
        .map((f) => f.label)
        .join('; ');
      // Naive Bayes is overconfident: never claim 0% or 100%.
      const pct = Math.min(99, Math.max(1, Math.round(verdict.probability * 100)));
      const head =
        verdict.logOdds >= 0
          ? `The filter trained on this site rates it ${pct}% spam`
          : `The filter trained on this site rates it ${100 - pct}% genuine`;
      flags.push({ kind: 'classifier', reason: why ? `${head}: ${why}` : head, weight });
    }
    let score = 0;
    for (const f of flags) score += f.weight;
    score = round2(score);
    return { flags, score, likelySpam: score >= LIKELY_SPAM_SCORE, spamProbability };
  }

  return {
    listsVersion,
    check,
    analyse: (input: FlagInput) => analyse(input, true, true),
    observe: (input: FlagInput) => analyse(input, true, false).observations,
    wordHits(text: string, field: Span['field'] = 'content'): Span[] {
      const spans: Span[] = [];
      for (const h of matcher.scan(text, field, false).hits) {
        if (h.category === 'abuse' || h.category === 'spam' || h.category === 'blocked') spans.push(h.span);
      }
      return spans;
    },
  };
}
