// The answers the `moderato` bin gives without loading the CLI: every help page and the version,
// made when the CLI is built (./make-quick-answers.ts, by the CLI's own code, in each language)
// and stored as one JSON file a language beside the built CLI. Node's start is most of what
// `moderato --help` costs; loading the CLI's modules, i18next and a catalogue to print a page
// known in advance was the rest (~45 ms of ~160 on a small machine, measured).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../../shared/i18n/language';
import { chooseCliLanguage } from './choose-language';
import type { TextAnswer } from './run';

/** Command line (as quickKey gives it) → what the CLI prints for it. */
export type QuickAnswers = Record<string, Omit<TextAnswer, 'kind'>>;

/** The arguments exactly as typed: `queue --help` and `--help queue` are different lines. */
export function quickKey(argv: readonly string[]): string {
  return JSON.stringify(argv);
}

export function quickAnswersFile(language: Language): string {
  return `answers-${language}.json`;
}

/**
 * The answer made ahead of time for this command line, in the language the CLI would choose
 * (./choose-language.ts), or null when the command line must go to the CLI itself.
 */
export function findQuickAnswer(dir: string, argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): QuickAnswers[string] | null {
  const language = chooseCliLanguage(argv, env, cwd);
  const answers = JSON.parse(readFileSync(join(dir, quickAnswersFile(language)), 'utf8')) as QuickAnswers;
  return Object.hasOwn(answers, quickKey(argv)) ? answers[quickKey(argv)]! : null;
}
