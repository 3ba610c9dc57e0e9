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
import { cliFlagText } from '../language';
import { formatNumber, say, t } from '../i18n';
import { refusalReason } from '../../../../shared/refusal-reason';

const TYPES = ['comment', 'pingback', 'trackback'] as const;

// The flag engine, the learned filter and the input schema are imported when the command runs:
// `moderato --help` and every other command start without parsing them.
async function setup(ctx: CliContext): Promise<FlagSetup> {
  const { databaseSetup, plainSetup, trainFromLines, trainingFile } = await import('../flag-setup');
  const dbPath = ctx.explicitDbPath;
  const siteId = ctx.args.integer('site', 1, Number.MAX_SAFE_INTEGER);
  if (siteId !== undefined && dbPath === null) throw new UsageError(t('cli:errors.siteNeedsDb'), 'flags');
  const trainPath = ctx.args.string('train');
  let trained: { model: SpamModel; origin: string; unreadable: number } | null = null;
  if (trainPath !== undefined) {
    if (siteId !== undefined) throw new UsageError(t('cli:errors.siteOrTrain'), 'flags');
    const file = resolve(ctx.io.cwd, trainPath);
    const { model, malformed } = await trainFromLines(trainingFile(file, trainPath), (message) => ctx.note(`moderato: ${message}`));
    if (malformed > 0) ctx.note(`moderato: ${t('cli:errors.trainingSkipped', { count: malformed })}`);
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
    throw new AppError('not-found', t('cli:errors.cannotRead', { file }));
  }
  return createReadStream(path);
}

function printVerdict(ctx: CliContext, input: FlagInput, result: FlagResult): void {
  const verdict = result.likelySpam ? t('cli:likelySpam') : t('cli:notLikelySpam');
  const learned = result.spamProbability === null ? '' : t('cli:learned', { percent: Math.round(result.spamProbability * 100) });
  ctx.out(`${t('cli:score', { score: formatNumber(result.score, 1), verdict })}${learned}`);
  if (result.flags.length === 0) ctx.out(t('cli:noFlags'));
  for (const flag of result.flags) {
    const sign = flag.weight > 0 ? '+' : '';
    const where = flag.spans?.length ? t('cli:show.at', { spans: flag.spans.map((s) => `${s.field === 'content' ? '' : `${s.field} `}${s.start}-${s.end} "${s.term}"`).join(', ') }) : '';
    ctx.out(`  ${`${sign}${formatNumber(flag.weight, 1)}`.padStart(5)}  ${cliFlagText(flag)}${flag.note ? t('cli:context') : ''}${where}`);
  }
  const spans = result.flags.flatMap((f) => f.spans ?? []);
  const contentSpans = spans.filter((s) => s.field === 'content');
  if (contentSpans.length > 0) {
    ctx.out('');
    for (const line of highlight(input.content, contentSpans, ctx.color).split('\n')) ctx.out(`  ${line}`);
  }
  const nameSpans = spans.filter((s) => s.field === 'author_name');
  if (nameSpans.length > 0 && input.author_name) ctx.out(`  ${t('cli:show.author', { name: highlight(input.author_name, nameSpans, ctx.color) })}`);
}

const flags: Command = {
  name: 'flags',
  usage: 'flags --text TEXT [--author-name NAME ...] | flags --file FILE.jsonl',
  options: {
    text: { type: 'string', value: 'TEXT' },
    file: { type: 'string', value: 'FILE' },
    'author-name': { type: 'string', value: 'NAME' },
    'author-email': { type: 'string', value: 'EMAIL' },
    'author-url': { type: 'string', value: 'URL' },
    'author-ip': { type: 'string', value: 'IP' },
    type: { type: 'string', value: 'TYPE' },
    train: { type: 'string', value: 'FILE' },
    site: { type: 'string', value: 'ID' },
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
    if (text === undefined && file === undefined) throw new UsageError(t('cli:errors.flagsNeedInput'), 'flags');
    if (file !== undefined) {
      for (const name of TEXT_ONLY) {
        if (ctx.args.has(name)) throw new UsageError(t('cli:errors.textOnly', { name }), 'flags');
      }
      const input = openInput(ctx, file);
      const checker = await setup(ctx);
      try {
        for (const note of checker.notes) ctx.note(note);
        const { streamFlags } = await import('../flags-stream');
        const summary = await streamFlags(input, ctx.io.stdout, (message) => ctx.note(`moderato: ${message}`), (inputs) => checker.check(inputs));
        if (summary.malformed > 0) {
          ctx.note(`moderato: ${t('cli:errors.linesUnreadable', { count: summary.malformed, lines: summary.lines, checked: summary.checked })}`);
          return EXIT_FAILURE;
        }
        return checker.unreadableTrainingLines > 0 ? EXIT_FAILURE : undefined;
      } finally {
        checker.close();
      }
    }
    const { flagInputSchema } = await import('../../../../shared/api');
    const given = {
      content: text,
      author_name: ctx.args.string('author-name'),
      author_email: ctx.args.string('author-email'),
      author_url: ctx.args.string('author-url'),
      author_ip: ctx.args.string('author-ip'),
      type: ctx.args.choice('type', TYPES),
    };
    const parsed = flagInputSchema.safeParse(given);
    if (!parsed.success) {
      // A refusal has at least one issue; its reason is said in the CLI's language.
      const issue = parsed.error.issues[0]!;
      const reason = refusalReason(issue, given);
      const why = say({ message: reason.english, code: reason.code, params: reason.params });
      throw new UsageError(`${t('cli:errors.refusedField', { field: `--${String(issue.path[0] ?? 'text').replace('_', '-')}`, reason: why })}.`, 'flags');
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
