// Quality and speed of the likely-spam verdict on real labeled comments (issue 8).
// Reads ../shared/data/spam-dev/*.csv at bench time (never copied into the project), runs a fixed
// 5-fold cross-validation — the training folds play the site's history — and reports precision
// and recall of likely_spam for the rules alone, the classifier alone and the combination.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFlagEngine, UNKNOWN_AUTHOR_CONTEXT } from '../shared/flags';
import { SpamModel } from '../shared/spam';
import type { FlagContext, FlagInput } from '../shared/types';
import { atLeast, type BenchRow } from './types';
import { mulberry32 } from './random';

const FOLDS = 5;
const SEED = 20261126;

interface Labeled {
  input: FlagInput;
  spam: boolean;
}

/** RFC 4180: quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

export function loadDevSet(dir: string): Labeled[] {
  const out: Labeled[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
    const [header, ...rows] = parseCsv(readFileSync(join(dir, file), 'utf8'));
    if (!header) continue;
    const col = (name: string): number => header.indexOf(name);
    const [author, content, cls] = [col('AUTHOR'), col('CONTENT'), col('CLASS')];
    if (author < 0 || content < 0 || cls < 0) throw new Error(`${file}: expected AUTHOR, CONTENT and CLASS columns`);
    for (const r of rows) {
      if (r.length < header.length) continue;
      out.push({ input: { content: r[content]!, author_name: r[author]!, type: 'comment' }, spam: r[cls]!.trim() === '1' });
    }
  }
  return out;
}


interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
function count(t: Tally, predicted: boolean, actual: boolean): void {
  if (predicted && actual) t.tp++;
  else if (predicted) t.fp++;
  else if (actual) t.fn++;
}
const precision = (t: Tally): number => (t.tp + t.fp === 0 ? 0 : t.tp / (t.tp + t.fp));
const recall = (t: Tally): number => (t.tp + t.fn === 0 ? 0 : t.tp / (t.tp + t.fn));
const round3 = (n: number): number => Math.round(n * 1000) / 1000;
const info = (name: string, value: number, unit: string): BenchRow => ({ name, value, unit, target: 'reported', pass: true });

const normalise = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * What the store would know from the site's history (the training folds): approved comments by
 * the same author (the dev set has names only), spam by the same author, other comments with the
 * same text. No IPs or pingbacks in this data.
 */
function siteHistory(train: readonly Labeled[]): (input: FlagInput) => FlagContext {
  const approved = new Map<string, number>();
  const spam = new Map<string, number>();
  const texts = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const e of train) {
    const author = normalise(e.input.author_name ?? '');
    bump(e.spam ? spam : approved, author);
    bump(texts, normalise(e.input.content));
  }
  return (input) => {
    const author = normalise(input.author_name ?? '');
    return {
      approvedByAuthor: approved.get(author) ?? 0,
      spamByEmail: spam.get(author) ?? 0,
      spamByIp: 0,
      sameText: texts.get(normalise(input.content)) ?? 0,
      knownPingbackSource: true,
    };
  };
}

export async function run(): Promise<BenchRow[]> {
  const repoRoot = fileURLToPath(new URL('..', import.meta.url));
  const dir = join(repoRoot, '..', 'shared', 'data', 'spam-dev');
  if (!existsSync(dir)) {
    return [{ name: `spam dev set not found at ${dir}: quality not measured`, value: 0, unit: '', target: 'present', pass: false }];
  }
  const data = loadDevSet(dir);
  const rand = mulberry32(SEED);
  const order = data.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const engine = createFlagEngine();
  const rulesBare = tally();
  const rules = tally();
  const classifier = tally();
  const combined = tally();
  let trainMs = 0;
  let trained = 0;
  let lastModel: SpamModel | null = null;
  for (let fold = 0; fold < FOLDS; fold++) {
    const test = order.filter((_, k) => k % FOLDS === fold).map((i) => data[i]!);
    const train = order.filter((_, k) => k % FOLDS !== fold).map((i) => data[i]!);
    const model = new SpamModel();
    const t0 = performance.now();
    for (const e of train) model.learn(e.input, e.spam ? 'spam' : 'ham');
    trainMs += performance.now() - t0;
    trained += train.length;
    const history = siteHistory(train);
    for (const e of test) {
      const ctx = history(e.input);
      count(rulesBare, engine.check(e.input, UNKNOWN_AUTHOR_CONTEXT).likelySpam, e.spam);
      count(rules, engine.check(e.input, ctx).likelySpam, e.spam);
      count(classifier, model.score(e.input).probability >= 0.5, e.spam);
      count(combined, engine.check(e.input, ctx, model).likelySpam, e.spam);
    }
    lastModel = model;
  }

  // Scoring speed: the whole dev set scored repeatedly by a trained model, as the store would,
  // from the raw comment (the model runs the flag engine's analysis itself). Best of 5 runs: the
  // least-disturbed run measures the code rather than whatever else shares the machine.
  const model = lastModel!;
  const inputs = data.map((d) => d.input);
  const rounds = Math.max(1, Math.ceil(20_000 / inputs.length));
  let sink = 0;
  const bestRate = (work: (input: FlagInput) => number): number => {
    let best = 0;
    for (let rep = 0; rep < 5; rep++) {
      const t = performance.now();
      for (let r = 0; r < rounds; r++) for (const input of inputs) sink += work(input);
      best = Math.max(best, (rounds * inputs.length) / ((performance.now() - t) / 1000));
    }
    return best;
  };
  const scorePerSec = bestRate((input) => model.score(input).probability);
  const checkPerSec = bestRate((input) => engine.check(input, {}, model).score);
  if (Number.isNaN(sink)) throw new Error('scores are not numbers');

  const spamCount = data.filter((d) => d.spam).length;
  return [
    info(`dev set: ${data.length} comments (${spamCount} spam), ${FOLDS}-fold cross-validation`, data.length, 'comments'),
    info('rules alone, no site history (every author new, as in a fresh install): precision', round3(precision(rulesBare)), ''),
    info('rules alone, no site history (every author new, as in a fresh install): recall', round3(recall(rulesBare)), ''),
    info('rules alone: precision', round3(precision(rules)), ''),
    info('rules alone: recall', round3(recall(rules)), ''),
    info('classifier alone: precision', round3(precision(classifier)), ''),
    info('classifier alone: recall', round3(recall(classifier)), ''),
    atLeast('combination: precision', round3(precision(combined)), '', 0.9),
    atLeast('combination: recall', round3(recall(combined)), '', 0.85),
    info('training speed', Math.round(trained / (trainMs / 1000)), 'examples/s'),
    atLeast('classifier scoring speed', Math.round(scorePerSec), 'comments/s', 50_000),
    info('combined check (rules + classifier) speed', Math.round(checkPerSec), 'comments/s'),
  ];
}
