// flags --text TEXT | --file FILE.jsonl: what the flag engine says, with reasons and spans.
// No database unless --db is given: then its word lists, author history and learned filter apply.
import { accessSync, constants, createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { AppError } from '../../../../shared/errors';
import type { FlagInput, FlagResult } from '../../../../shared/types';
import type { Command } from '../command';
import type { CliContext } from '../context';
import { EXIT_FAILURE, UsageError } from '../exit-codes';
import type { SpamModel } from '../../../../shared/spam';
import type { FlagSetup } from '../flag-setup';
import { highlight } from '../highlight';
import { plural } from '../table';
import { cliFlagText, cliTranslate } from '../language';

const TYPES = ['comment', 'pingback', 'trackback'] as const;

// The flag engine, the learned filter and the input schema are imported when the command runs:
// `moderato --help` and every other command start without parsing them.
async function setup(ctx: CliContext): Promise<FlagSetup> {
  const { databaseSetup, plainSetup, trainFromLines, trainingFile } = await import('../flag-setup');
  const dbPath = ctx.explicitDbPath;
  const siteId = ctx.args.integer('site', 1, Number.MAX_SAFE_INTEGER);
  if (siteId !== undefined && dbPath === null) throw new UsageError("--site goes with --db (it picks that site's learned filter).", 'flags');
  const trainPath = ctx.args.string('train');
  let trained: { model: SpamModel; origin: string; unreadable: number } | null = null;
  if (trainPath !== undefined) {
    if (siteId !== undefined) throw new UsageError('--site and --train both choose the filter; give one.', 'flags');
    const file = resolve(ctx.io.cwd, trainPath);
    const { model, malformed } = await trainFromLines(trainingFile(file, trainPath), (message) => ctx.note(`moderato: ${message}`));
    if (malformed > 0) ctx.note(`moderato: ${plural(malformed, 'training line')} could not be read and ${malformed === 1 ? 'was' : 'were'} skipped.`);
    trained = { model, origin: trainPath, unreadable: malformed };
  }
  if (dbPath !== null) return databaseSetup(dbPath, siteId, trained);
  return plainSetup(trained);
}

/** The input stream; a missing or unreadable file is the user's to fix (exit 1), said before any work starts. */
function openInput(ctx: CliContext, file: string): Readable {
  if (file === '-') return ctx.io.stdin;
  const path = resolve(ctx.io.cwd, file);
  try {
    accessSync(path, constants.R_OK);
  } catch {
    throw new AppError('not-found', `Cannot read ${file}: no such file, or no permission to read it.`);
  }
  return createReadStream(path);
}

function printVerdict(ctx: CliContext, input: FlagInput, result: FlagResult): void {
  const t = cliTranslate(ctx.io.env);
  const verdict = result.likelySpam ? t('cli:likelySpam') : t('cli:notLikelySpam');
  const learned = result.spamProbability === null ? '' : t('cli:learned', { percent: Math.round(result.spamProbability * 100) });
  ctx.out(`${t('cli:score', { score: result.score.toFixed(1), verdict })}${learned}`);
  if (result.flags.length === 0) ctx.out(t('cli:noFlags'));
  for (const flag of result.flags) {
    const sign = flag.weight > 0 ? '+' : '';
    const where = flag.spans?.length ? ` at ${flag.spans.map((s) => `${s.field === 'content' ? '' : `${s.field} `}${s.start}-${s.end} "${s.term}"`).join(', ')}` : '';
    ctx.out(`  ${`${sign}${flag.weight.toFixed(1)}`.padStart(5)}  ${cliFlagText(t, flag)}${flag.note ? t('cli:context') : ''}${where}`);
  }
  const spans = result.flags.flatMap((f) => f.spans ?? []);
  const contentSpans = spans.filter((s) => s.field === 'content');
  if (contentSpans.length > 0) {
    ctx.out('');
    for (const line of highlight(input.content, contentSpans, ctx.color).split('\n')) ctx.out(`  ${line}`);
  }
  const nameSpans = spans.filter((s) => s.field === 'author_name');
  if (nameSpans.length > 0 && input.author_name) ctx.out(`  Author: ${highlight(input.author_name, nameSpans, ctx.color)}`);
}

const flags: Command = {
  name: 'flags',
  summary: 'Show what the spam and word flags say about a text, or about many (JSON lines).',
  usage: 'flags --text TEXT [--author-name NAME ...] | flags --file FILE.jsonl',
  details: [
    '--file reads one JSON object per line: {"content": "...", "author_name", "author_email", "author_url", "author_ip", "type"} (all but content optional; an "id" is copied to the output). It prints one JSON line per input line, in the same order, with "line", "score", "likely_spam", "spam_probability" and "flags" (kind, reason, weight, spans). A line that cannot be read is reported on stderr with its number; the others are still checked, and the exit code is 1.',
    'Without --db only the bundled word lists apply and every author is new, as in a fresh install; with --db PATH, that database\'s own blocked and allowed words, what it knows of each author and text on the site (approved or spam before, posted before) and its learned spam filter too. --train FILE first trains a throwaway filter on your own labeled examples (the same fields plus "spam": true or false) and judges with it: how to check the filter against your exported data. Nothing is saved.',
  ],
  options: {
    text: { type: 'string', value: 'TEXT', description: 'The comment text to check.' },
    file: { type: 'string', value: 'FILE', description: 'A JSON-lines file to check, or "-" for standard input.' },
    'author-name': { type: 'string', value: 'NAME', description: 'With --text: the author name.' },
    'author-email': { type: 'string', value: 'EMAIL', description: 'With --text: the author email.' },
    'author-url': { type: 'string', value: 'URL', description: 'With --text: the author website.' },
    'author-ip': { type: 'string', value: 'IP', description: 'With --text: the author IP address.' },
    type: { type: 'string', value: 'TYPE', description: 'With --text: comment (default), pingback or trackback.' },
    train: { type: 'string', value: 'FILE', description: 'First train a throwaway filter on JSON lines labeled "spam": true|false.' },
    site: { type: 'string', value: 'ID', description: "With --db: whose authors and learned filter to judge with (when the database has several sites)." },
  },
  json: true,
  examples: [
    'moderato flags --text "Great post! Visit my casino https://spam.example"',
    'moderato flags --file export.jsonl > verdicts.jsonl',
  ],
  async run(ctx) {
    ctx.args.exclusive('text', 'file');
    const text = ctx.args.string('text');
    const file = ctx.args.string('file');
    if (text === undefined && file === undefined) throw new UsageError('Give --text TEXT or --file FILE.jsonl.', 'flags');
    if (file !== undefined) {
      for (const name of TEXT_ONLY) {
        if (ctx.args.has(name)) throw new UsageError(`--${name} goes with --text; in --file each line carries its own fields.`, 'flags');
      }
      const input = openInput(ctx, file);
      const checker = await setup(ctx);
      try {
        for (const note of checker.notes) ctx.note(note);
        const { streamFlags } = await import('../flags-stream');
        const summary = await streamFlags(input, ctx.io.stdout, (message) => ctx.note(`moderato: ${message}`), (inputs) => checker.check(inputs));
        if (summary.malformed > 0) {
          ctx.note(
            `moderato: ${plural(summary.malformed, 'line')} of ${summary.lines} could not be read (see above); the other ${plural(summary.checked, 'line')} were checked.`,
          );
          return EXIT_FAILURE;
        }
        return checker.unreadableTrainingLines > 0 ? EXIT_FAILURE : undefined;
      } finally {
        checker.close();
      }
    }
    const { flagInputSchema } = await import('../../../../shared/api');
    const parsed = flagInputSchema.safeParse({
      content: text,
      author_name: ctx.args.string('author-name'),
      author_email: ctx.args.string('author-email'),
      author_url: ctx.args.string('author-url'),
      author_ip: ctx.args.string('author-ip'),
      type: ctx.args.choice('type', TYPES),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UsageError(`--${String(issue?.path[0] ?? 'text').replace('_', '-')}: ${issue?.message ?? 'rejected'}.`, 'flags');
    }
    const input: FlagInput = parsed.data;
    const checker = await setup(ctx);
    try {
      for (const note of checker.notes) ctx.note(note);
      const result = checker.check([input])[0]!;
      const { verdictJson } = await import('../flags-stream');
      if (ctx.json) ctx.printJson(verdictJson(result));
      else printVerdict(ctx, input, result);
      return checker.unreadableTrainingLines > 0 ? EXIT_FAILURE : undefined;
    } finally {
      checker.close();
    }
  },
};

const TEXT_ONLY = ['author-name', 'author-email', 'author-url', 'author-ip', 'type'];

export const FLAGS_COMMANDS: Command[] = [flags];
