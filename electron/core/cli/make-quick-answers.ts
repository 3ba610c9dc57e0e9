// Builds the bin's answers made ahead of time (see ./quick-answers.ts): run by
// scripts/build-node.mjs on the freshly built CLI code, never at run time.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../../../shared/i18n/language';
import { COMMANDS, GROUPS } from './commands/index';
import { useCliLanguage } from './i18n';
import { quickAnswersFile, quickKey, type QuickAnswers } from './quick-answers';
import { answerFor } from './run';

/** Each way to ask for a help page (and the version) that people type. */
export function quickCommandLines(): string[][] {
  const lines: string[][] = [[], ['--help'], ['-h'], ['help'], ['--version']];
  const topics = [...COMMANDS.map((c) => c.name.split(' ')), ...Object.keys(GROUPS).map((g) => [g])];
  for (const words of topics) lines.push([...words, '--help'], [...words, '-h'], ['help', ...words]);
  for (const group of Object.keys(GROUPS)) lines.push([group]);
  return lines;
}

/** Every quick command line's answer in `language`, computed by the CLI's own resolution and help. */
export async function quickAnswers(language: (typeof LANGUAGES)[number]): Promise<QuickAnswers> {
  await useCliLanguage(language);
  const answers: QuickAnswers = { texts: [], lines: {} };
  for (const argv of quickCommandLines()) {
    const answer = answerFor(argv);
    if (answer.kind !== 'text') throw new Error(`moderato ${argv.join(' ')} runs a command: it has no answer ahead of time.`);
    if (!answers.texts.includes(answer.text)) answers.texts.push(answer.text);
    answers.lines[quickKey(argv)] = { text: answers.texts.indexOf(answer.text), code: answer.code, stream: answer.stream };
  }
  return answers;
}

/** Writes one file a language into `dir` (dist-node/). */
export async function writeQuickAnswers(dir: string): Promise<void> {
  for (const language of LANGUAGES) {
    writeFileSync(join(dir, quickAnswersFile(language)), JSON.stringify(await quickAnswers(language)));
  }
}
