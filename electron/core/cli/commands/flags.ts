// flags --text TEXT | --file FILE.jsonl: what the flag engine says, with reasons and spans.
// No database unless --db is given: then that database's word lists (and learned filter) apply.
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { createFlagEngine, type FlagEngine } from '../../../../shared/flags/engine';
import type { FlagInput, FlagResult } from '../../../../shared/types';
import type { Command } from '../command';
import type { CliContext } from '../context';
import { EXIT_FAILURE, UsageError } from '../exit-codes';
import { streamFlags, verdictJson } from '../flags-stream';
import { highlight } from '../highlight';
import { plural } from '../table';

const TYPES = ['comment', 'pingback', 'trackback'] as const;

interface Checker {
  check(input: FlagInput): FlagResult;
}

async function buildChecker(ctx: CliContext): Promise<Checker> {
  let engine: FlagEngine;
  if (ctx.explicitDbPath !== null) {
    const lists = await ctx.call('getWordLists', {});
    engine = createFlagEngine({ block: lists.block, allow: lists.allow });
  } else {
    engine = createFlagEngine();
  }
  return { check: (input) => engine.check(input) };
}

function openInput(ctx: CliContext, file: string): Readable {
  if (file === '-') return ctx.io.stdin;
  const stream = createReadStream(resolve(ctx.io.cwd, file));
  return stream;
}

function printVerdict(ctx: CliContext, input: FlagInput, result: FlagResult): void {
  ctx.out(`Score ${result.score.toFixed(1)}: ${result.likelySpam ? 'likely spam' : 'not likely spam'}${result.spamProbability === null ? '' : ` (learned filter: ${Math.round(result.spamProbability * 100)}% spam)`}`);
  if (result.flags.length === 0) ctx.out('No flags.');
  for (const flag of result.flags) {
    const sign = flag.weight > 0 ? '+' : '';
    const where = flag.spans?.length ? ` at ${flag.spans.map((s) => `${s.field === 'content' ? '' : `${s.field} `}${s.start}-${s.end} "${s.term}"`).join(', ')}` : '';
    ctx.out(`  ${`${sign}${flag.weight.toFixed(1)}`.padStart(5)}  ${flag.reason}${where}`);
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
    'Without --db only the bundled word lists apply; with --db PATH, that database\'s own blocked and allowed words too.',
  ],
  options: {
    text: { type: 'string', value: 'TEXT', description: 'The comment text to check.' },
    file: { type: 'string', value: 'FILE', description: 'A JSON-lines file to check, or "-" for standard input.' },
    'author-name': { type: 'string', value: 'NAME', description: 'With --text: the author name.' },
    'author-email': { type: 'string', value: 'EMAIL', description: 'With --text: the author email.' },
    'author-url': { type: 'string', value: 'URL', description: 'With --text: the author website.' },
    'author-ip': { type: 'string', value: 'IP', description: 'With --text: the author IP address.' },
    type: { type: 'string', value: 'TYPE', description: 'With --text: comment (default), pingback or trackback.' },
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
      for (const name of ['author-name', 'author-email', 'author-url', 'author-ip', 'type']) {
        if (ctx.args.has(name)) throw new UsageError(`--${name} goes with --text; in --file each line carries its own fields.`, 'flags');
      }
      const checker = await buildChecker(ctx);
      const input = openInput(ctx, file);
      const summary = await streamFlags(input, ctx.io.stdout, (message) => ctx.note(`moderato: ${message}`), (i) => checker.check(i));
      if (summary.malformed > 0) {
        ctx.note(
          `moderato: ${plural(summary.malformed, 'line')} of ${summary.lines} could not be read (see above); the other ${plural(summary.checked, 'line')} were checked.`,
        );
        return EXIT_FAILURE;
      }
      return;
    }
    const input: FlagInput = { content: text ?? '' };
    const optional = {
      author_name: ctx.args.string('author-name'),
      author_email: ctx.args.string('author-email'),
      author_url: ctx.args.string('author-url'),
      author_ip: ctx.args.string('author-ip'),
      type: ctx.args.choice('type', TYPES),
    };
    for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(input, { [key]: value });
    const checker = await buildChecker(ctx);
    const result = checker.check(input);
    if (ctx.json) return ctx.printJson(verdictJson(result));
    printVerdict(ctx, input, result);
  },
};

export const FLAGS_COMMANDS: Command[] = [flags];
