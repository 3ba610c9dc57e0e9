// What `flags` judges with: the bundled word lists, plus — with --db — that
// database's own lists and learned filter, or — with --train — a throwaway
// filter trained on the user's labeled examples (nothing is saved).
import { accessSync, constants, createReadStream, existsSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { AppError } from '../../../shared/errors';
import { createFlagEngine, type FlagEngine } from '../../../shared/flags/engine';
import { LEARNING_THRESHOLD, createSpamModel, type SpamModel } from '../../../shared/spam';
import type { FlagContext, FlagInput, FlagResult } from '../../../shared/types';
import { UsageError } from './exit-codes';
import { parseInputLine } from './flags-stream';
import { forEachLineBatch } from './line-batches';

export interface FlagSetup {
  check(input: FlagInput): FlagResult;
  /** Sentences for stderr: which lists and which filter took part. */
  notes: string[];
  /** Training lines that could not be read: the run still goes on, but ends with exit 1. */
  unreadableTrainingLines: number;
  /** Releases the database, if one was opened. */
  close(): void;
}

/**
 * Judges with a database's word lists and one site's learned filter, read through the same
 * SpamFilter the service uses (so the saved model is read one way only). Opens the store
 * alone: `flags` needs no sync engine, no credentials and no scheduler.
 */
export async function databaseSetup(
  dbPath: string,
  siteId: number | undefined,
  trained: { model: SpamModel; origin: string; unreadable: number } | null,
): Promise<FlagSetup> {
  // openStore would create a missing file: a mistyped --db must not leave an empty database behind.
  if (!existsSync(dbPath)) throw new AppError('not-found', `There is no database at ${dbPath}. Check the --db path.`);
  const [{ openStore }, { SpamFilter }] = await Promise.all([import('../store'), import('../spam-filter')]);
  const store = openStore({ path: dbPath });
  try {
    const lists = store.getWordLists();
    const listsNote = `Using the database's word lists (${lists.block.length} blocked, ${lists.allow.length} allowed) with the bundled ones.`;
    if (trained) {
      const setup = buildSetup(lists, trained.model, trained.origin, trained.unreadable);
      store.close();
      return setup;
    }
    const sites = store.listSites();
    if (siteId !== undefined && !sites.some((s) => s.id === siteId)) {
      throw new AppError('not-found', `This database has no site ${siteId}. "moderato site list --db ${dbPath}" shows its sites.`);
    }
    const withModel = sites.filter((s) => store.getModelState(s.id) !== null).map((s) => s.id);
    if (siteId === undefined && withModel.length > 1) {
      throw new UsageError(`Sites ${withModel.join(', ')} each have a learned filter; choose one with --site ID.`, 'flags');
    }
    const modelSite = siteId ?? withModel[0];
    if (modelSite === undefined) {
      const setup = buildSetup(lists, null, null);
      store.close();
      return setup;
    }
    const filter = new SpamFilter(store);
    const status = filter.status(modelSite);
    return {
      // No stored comment stands behind these texts, so there is no author or duplicate context to judge:
      // the engine skips what its context leaves out, which the empty object says (the type wants every field).
      check: (input) => filter.score(input, {} as FlagContext, modelSite),
      notes: [listsNote, modelNote(`site ${modelSite}`, status.spamExamples, status.hamExamples, status.learning)],
      unreadableTrainingLines: 0,
      close: () => store.close(),
    };
  } catch (err) {
    store.close();
    throw err;
  }
}

function modelNote(origin: string, spam: number, ham: number, learning: boolean): string {
  return learning
    ? `The filter from ${origin} has ${spam} spam and ${ham} genuine examples; it needs ${LEARNING_THRESHOLD} of each before it takes part, so only the rules judged.`
    : `The filter from ${origin} (${spam} spam, ${ham} genuine examples) took part.`;
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
        reportError(`training line ${lineNo}: ${'error' in parsed ? parsed.error : '"spam" must be true or false'}`);
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
    throw new AppError('not-found', `Cannot read ${shownAs}: no such file, or no permission to read it.`);
  }
  return createReadStream(path);
}

export function buildSetup(
  lists: { block: string[]; allow: string[] } | null,
  model: SpamModel | null,
  origin: string | null,
  unreadableTrainingLines = 0,
): FlagSetup {
  const engine: FlagEngine = createFlagEngine(lists ?? {});
  const notes: string[] = [];
  if (lists) notes.push(`Using the database's word lists (${lists.block.length} blocked, ${lists.allow.length} allowed) with the bundled ones.`);
  if (model && origin) {
    const { spamExamples, hamExamples, learning } = model.status();
    notes.push(modelNote(origin, spamExamples, hamExamples, learning));
  }
  return { check: (input) => engine.check(input, {}, model), notes, unreadableTrainingLines, close: () => undefined };
}
