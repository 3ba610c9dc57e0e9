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

/** What the CLI prints for a command line without running a command. */
export type QuickAnswer = Omit<TextAnswer, 'kind'>;

/** One language's answers, as stored: each text once (`queue --help`, `queue -h` and `help queue` print the same page). */
export interface QuickAnswers {
  texts: string[];
  /** Command line (as quickKey gives it) → its text's index in `texts`, its exit code and stream. */
  lines: Record<string, Omit<QuickAnswer, 'text'> & { text: number }>;
}

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
export function findQuickAnswer(dir: string, argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): QuickAnswer | null {
  const language = chooseCliLanguage(argv, env, cwd);
  const { texts, lines } = JSON.parse(readFileSync(join(dir, quickAnswersFile(language)), 'utf8')) as QuickAnswers;
  const key = quickKey(argv);
  const line = Object.hasOwn(lines, key) ? lines[key]! : null;
  return line && { ...line, text: texts[line.text]! };
}
