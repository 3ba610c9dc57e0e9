// What `flags` judges with: the bundled word lists, plus — with --db — that
// database's own lists, author history and learned filter, or — with --train — a
// throwaway filter trained on the user's labeled examples (nothing is saved).
import { accessSync, constants, createReadStream, existsSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { AppError } from '../../../shared/errors';
import { createFlagEngine, UNKNOWN_AUTHOR_CONTEXT, type FlagEngine } from '../../../shared/flags';
import { LEARNING_THRESHOLD, createSpamModel, type SpamModel } from '../../../shared/spam';
import type { FlagContext, FlagInput, FlagResult } from '../../../shared/types';
import { UsageError } from './exit-codes';
import { parseInputLine } from './flags-stream';
import { t } from './i18n';
import { forEachLineBatch } from './line-batches';

export interface FlagSetup {
  /** Verdicts for a batch of inputs, in order; a batch shares one round of database lookups. */
  check(inputs: readonly FlagInput[]): FlagResult[];
  /** Sentences for stderr: which lists, which filter and whose history took part. */
  notes: string[];
  /** Training lines that could not be read: the run still goes on, but ends with exit 1. */
  unreadableTrainingLines: number;
  /** Releases the database, if one was opened. */
  close(): void;
}

type Judge = (input: FlagInput, context: Partial<FlagContext>) => FlagResult;
type Contexts = (inputs: readonly FlagInput[]) => readonly Partial<FlagContext>[];

/** Without a database nothing is known of any author: each is new, as in a fresh install. */
const unknownAuthors: Contexts = (inputs) => inputs.map(() => UNKNOWN_AUTHOR_CONTEXT);

function setupOf(judge: Judge, contexts: Contexts, notes: string[], unreadableTrainingLines: number, close: () => void): FlagSetup {
  return {
    check: (inputs) => {
      const found = contexts(inputs);
      return inputs.map((input, i) => judge(input, found[i] ?? {}));
    },
    notes,
    unreadableTrainingLines,
    close,
  };
}

/**
 * Judges with a database's word lists, its knowledge of authors and texts (approved before,
 * spam before, posted before) on one site, and that site's learned filter — or a filter
 * trained with --train. The saved model is read through the same SpamFilter the service
 * uses. Opens the store alone: `flags` needs no sync engine, no credentials and no scheduler.
 */
export async function databaseSetup(
  dbPath: string,
  siteId: number | undefined,
  trained: { model: SpamModel; origin: string; unreadable: number } | null,
): Promise<FlagSetup> {
  // openStore would create a missing file: a mistyped --db must not leave an empty database behind.
  if (!existsSync(dbPath)) throw new AppError('not-found', t('cli:errors.noDatabase', { path: dbPath }));
  const [{ openStore }, { SpamFilter }] = await Promise.all([import('../store'), import('../spam-filter')]);
  const store = openStore({ path: dbPath });
  try {
    const lists = store.getWordLists();
    const notes = [t('cli:setup.lists', { block: lists.block.length, allow: lists.allow.length })];
    const sites = store.listSites();
    if (siteId !== undefined && !sites.some((s) => s.id === siteId)) {
      throw new AppError('not-found', t('cli:errors.noSiteInDb', { id: siteId, path: dbPath }));
    }
    const withModel = sites.filter((s) => store.getModelState(s.id) !== null).map((s) => s.id);
    if (!trained && siteId === undefined && withModel.length > 1) {
      throw new UsageError(t('cli:errors.chooseModel', { sites: withModel.join(', ') }), 'flags');
    }
    const modelSite = trained ? undefined : (siteId ?? withModel[0]);
    const historySite = siteId ?? modelSite ?? (sites.length === 1 ? sites[0]!.id : undefined);

    let contexts: Contexts;
    if (historySite !== undefined) {
      contexts = (inputs) => store.contextsForNew(historySite, inputs);
      notes.push(t('cli:setup.history', { id: historySite }));
    } else if (sites.length === 0) {
      contexts = unknownAuthors;
    } else {
      // Author history is per site; guessing one would call a known author new, or the reverse.
      contexts = (inputs) => inputs.map(() => ({}));
      notes.push(t('cli:setup.noHistory', { count: sites.length }));
    }

    let judge: Judge;
    if (modelSite !== undefined) {
      const filter = new SpamFilter(store);
      const status = filter.status(modelSite);
      judge = (input, context) => filter.score(input, context as FlagContext, modelSite);
      notes.push(modelNote(t('cli:setup.siteOrigin', { id: modelSite }), status.spamExamples, status.hamExamples, status.learning));
    } else {
      const engine = createFlagEngine(lists);
      const model = trained?.model ?? null;
      judge = (input, context) => engine.check(input, context, model);
      if (trained) notes.push(trainedNote(trained.model, trained.origin));
    }
    return setupOf(judge, contexts, notes, trained?.unreadable ?? 0, () => store.close());
  } catch (err) {
    store.close();
    throw err;
  }
}

/** Without --db: the bundled lists, every author new, and the --train filter if one was given. */
export function plainSetup(trained: { model: SpamModel; origin: string; unreadable: number } | null): FlagSetup {
  const engine: FlagEngine = createFlagEngine({});
  const model = trained?.model ?? null;
  const judge: Judge = (input, context) => engine.check(input, context, model);
  const notes = trained ? [trainedNote(trained.model, trained.origin)] : [];
  return setupOf(judge, unknownAuthors, notes, trained?.unreadable ?? 0, () => undefined);
}

function trainedNote(model: SpamModel, origin: string): string {
  const { spamExamples, hamExamples, learning } = model.status();
  return modelNote(origin, spamExamples, hamExamples, learning);
}

function modelNote(origin: string, spam: number, ham: number, learning: boolean): string {
  return learning
    ? t('cli:setup.modelLearning', { origin, spam, ham, threshold: LEARNING_THRESHOLD })
    : t('cli:setup.modelUsed', { origin, spam, ham });
}

export interface TrainingReport {
  model: SpamModel;
  malformed: number;
}

/** Trains a fresh model on JSON lines carrying "spam": true|false; bad lines are reported and skipped. */
export async function trainFromLines(
  input: Readable,
  reportError: (message: string) => void,
): Promise<TrainingReport> {
  const model = createSpamModel();
  let lineNo = 0;
  let malformed = 0;
  await forEachLineBatch(input, (lines) => {
    for (const line of lines) {
      lineNo += 1;
      if (line.trim() === '') continue;
      const parsed = parseInputLine(line);
      if ('error' in parsed || typeof parsed.record.spam !== 'boolean') {
        malformed += 1;
        reportError(t('cli:errors.trainingLine', { line: lineNo, error: 'error' in parsed ? parsed.error : t('cli:errors.spamBoolean') }));
        continue;
      }
      model.learn(parsed.input, parsed.record.spam ? 'spam' : 'ham');
    }
  });
  return { model, malformed };
}

export function trainingFile(path: string, shownAs: string): Readable {
  try {
    accessSync(path, constants.R_OK);
  } catch {
    throw new AppError('not-found', t('cli:errors.cannotRead', { file: shownAs }));
  }
  return createReadStream(path);
}
