// Flagging throughput (issue 4): a generated corpus of 10,000 mixed English/French comments,
// flagged by bad-words' isProfane and by Moderato's engine in the same run.

import { Filter } from 'bad-words';
import { createFlagEngine } from '../shared/flags';
import type { FlagInput } from '../shared/types';
import { existsSync } from 'node:fs';
import { DEV_SITE_LANGUAGE, devDir, loadDevSet } from './spam';
import { atLeast, below, type BenchRow } from './types';
import { mulberry32 } from './random';

const CORPUS_SIZE = 10_000;
const REFLAG_SIZE = 100_000;


const EN = [
  'I read your post twice and I still think the second part about caching is the strongest.',
  'Thanks, this solved my problem with the plugin update on my old theme.',
  'Could you explain why the classic editor behaves differently on the assistant page?',
  'We tried the same recipe with a cocktail of spices and it worked well.',
  'My grandmother lived near Scunthorpe and she would have loved this story.',
  'Not sure I agree, the numbers in the third table look off to me.',
  'This is the best explanation of database indexes I have found so far.',
  'The photos from the hike are stunning, which camera did you use?',
  'What a load of shit, you clearly never ran a server in production.',
  'Great post! Check out my website for cheap viagra and casino bonuses.',
  'Visit https://deals.example.com for the lowest price on replica watches.',
];
const FR = [
  'Merci pour cet article très clair, j’ai enfin compris le fonctionnement des sauvegardes.',
  'Je ne suis pas d’accord avec la conclusion, mais l’analyse est intéressante.',
  'Il faut assécher le terrain avant de planter, sinon les racines pourrissent.',
  'Désolé pour le retard, voici ma réponse à votre question sur les extensions.',
  'Les élèves de la classe ont adoré l’exercice proposé la semaine dernière.',
  'Quelle bande de connards, vous ne comprenez rien à rien.',
  'Crédit rapide sans frais de dossier, rencontres coquines : cliquez ici www.exemple-promo.fr',
  'Très bon article, bonne continuation à toute l’équipe !',
  'Est-ce que la même méthode fonctionne avec une base PostgreSQL ?',
  'J’ai testé votre astuce sur mon vieux portable et ça marche très bien.',
];
const NAMES = ['Claire', 'Marc D.', 'Sam', 'Julie Martin', 'Best SEO Agency', 'Prêt Rapide 24', 'Tom', 'Nadia'];

/** A deterministic corpus: each comment is 1–4 sentences from the English or French pool. */
export function generateCorpus(size: number, seed = 42): FlagInput[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: FlagInput[] = [];
  for (let i = 0; i < size; i++) {
    const pool = rand() < 0.5 ? EN : FR;
    const n = 1 + Math.floor(rand() * 4);
    const sentences: string[] = [];
    for (let k = 0; k < n; k++) sentences.push(pick(pool));
    out.push({ content: sentences.join(' '), author_name: pick(NAMES), author_email: `user${i % 500}@example.org`, type: 'comment' });
  }
  return out;
}

function perSecond(count: number, ms: number): number {
  return Math.round(count / (ms / 1000));
}

export async function run(): Promise<BenchRow[]> {
  const corpus = generateCorpus(CORPUS_SIZE);
  const filter = new Filter();
  const engine = createFlagEngine({ block: ['arnaque'], allow: [] });

  // bad-words compiles one RegExp per list word per call, so it is measured on 5 slices of 2,000
  // comments (one pass's worth of work); the engine on the whole corpus. The two alternate, so
  // both see the same machine, and each keeps its best round: the least-disturbed round measures
  // the code, not whatever else shares the machine.
  let profane = 0;
  let hits = 0;
  let badWordsRate = 0;
  let wordsRate = 0;
  for (const c of corpus) engine.wordHits(c.content); // warm-up
  for (let rep = 0; rep < 5; rep++) {
    const slice = corpus.slice(rep * 2000, rep * 2000 + 2000);
    let start = performance.now();
    for (const c of slice) if (filter.isProfane(c.content)) profane++;
    badWordsRate = Math.max(badWordsRate, perSecond(slice.length, performance.now() - start));
    start = performance.now();
    for (const c of corpus) if (engine.wordHits(c.content).length > 0) hits++;
    wordsRate = Math.max(wordsRate, perSecond(corpus.length, performance.now() - start));
  }

  const bestRate = (work: (c: FlagInput) => void): number => {
    let best = 0;
    for (let rep = 0; rep < 5; rep++) {
      const start = performance.now();
      for (const c of corpus) work(c);
      best = Math.max(best, perSecond(corpus.length, performance.now() - start));
    }
    return best;
  };
  const ctx = { approvedByAuthor: 0, spamByEmail: 0, spamByIp: 0, sameText: 0, knownPingbackSource: true };
  let flagged = 0;
  const checkRate = bestRate((c) => {
    if (engine.check(c, ctx).likelySpam) flagged++;
  });

  // Re-flag after a list change: a new engine, then check() over 100,000 stored comments.
  // Best of 3, for the same reason as above.
  let reflagSeconds = Infinity;
  for (let rep = 0; rep < 3; rep++) {
    const t = performance.now();
    const changed = createFlagEngine({ block: ['arnaque', `escroquerie${rep}`], allow: ['crap'] });
    for (let r = 0; r < REFLAG_SIZE / CORPUS_SIZE; r++) for (const c of corpus) changed.check(c, ctx);
    reflagSeconds = Math.min(reflagSeconds, (performance.now() - t) / 1000);
  }
  if (profane + hits + flagged < 0) throw new Error('unreachable');

  return [
    ...realCommentRows(filter, engine),
    { name: `corpus: ${CORPUS_SIZE} mixed English/French comments`, value: CORPUS_SIZE, unit: 'comments', target: 'reported', pass: true },
    { name: 'bad-words isProfane', value: badWordsRate, unit: 'comments/s', target: 'reported', pass: true },
    { name: 'Moderato word flags (wordHits)', value: wordsRate, unit: 'comments/s', target: 'reported', pass: true },
    atLeast('speed-up over bad-words', Math.round((wordsRate / badWordsRate) * 10) / 10, '×', 100),
    atLeast('Moderato full check (words + signals)', checkRate, 'comments/s', 50_000),
    below('re-flag 100,000 stored comments after a list change', Math.round(reflagSeconds * 1000) / 1000, 's', 2),
  ];
}

/**
 * The same comparison on the dev set's real comments (issue 12): bad-words isProfane and the
 * engine's full check on the same slices of 20 comments, one right after the other, seven
 * rounds; each slice keeps its quickest time for each. On a machine shared with other work, a
 * long pass of one and a short pass of the other meet different loads; slices this short are
 * mostly measured between interruptions, and both see the same ones.
 */
function realCommentRows(filter: Filter, engine: ReturnType<typeof createFlagEngine>): BenchRow[] {
  if (!existsSync(devDir())) return [{ name: 'dev set not found: real-comment speed not measured', value: 0, unit: '', target: 'present', pass: false }];
  const inputs = loadDevSet(devDir()).map((d) => d.input);
  // A fresh install of an English site: the language check reads the site's stated language.
  const ctx = { approvedByAuthor: 0, spamByEmail: 0, spamByIp: 0, sameText: 0, knownPingbackSource: true, siteLanguage: DEV_SITE_LANGUAGE };
  const SLICE = 20;
  const CHECK_PASSES = 10;
  const slices: FlagInput[][] = [];
  for (let i = 0; i < inputs.length; i += SLICE) slices.push(inputs.slice(i, i + SLICE));
  const profaneBest = slices.map(() => Infinity);
  const checkBest = slices.map(() => Infinity);
  let sink = 0;
  for (const c of inputs) sink += engine.check(c, ctx).score; // warm-up
  for (let round = 0; round < 7; round++) {
    slices.forEach((slice, k) => {
      let t = performance.now();
      for (const c of slice) if (filter.isProfane(c.content)) sink++;
      profaneBest[k] = Math.min(profaneBest[k]!, performance.now() - t);
      t = performance.now();
      for (let r = 0; r < CHECK_PASSES; r++) for (const c of slice) sink += engine.check(c, ctx).score;
      checkBest[k] = Math.min(checkBest[k]!, (performance.now() - t) / CHECK_PASSES);
    });
  }
  if (Number.isNaN(sink)) throw new Error('scores are not numbers');
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const profaneRate = perSecond(inputs.length, sum(profaneBest));
  const checkRate = perSecond(inputs.length, sum(checkBest));
  return [
    { name: `dev set's real comments (${inputs.length}): bad-words isProfane`, value: profaneRate, unit: 'comments/s', target: 'reported', pass: true },
    { name: 'dev set\'s real comments: Moderato full check (words + signals)', value: checkRate, unit: 'comments/s', target: 'reported', pass: true },
    atLeast('full check on real comments, speed-up over bad-words isProfane', Math.round((checkRate / profaneRate) * 10) / 10, '×', 100),
  ];
}
