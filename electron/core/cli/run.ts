// Finds the command in argv, runs it, and turns every outcome into an exit
// code plus, on failure, exactly one line on stderr (a stack only with --debug).
import { AppError } from '../../../shared/errors';
import { GLOBAL_OPTIONS, JSON_OPTION, parseCommandArgs } from './args';
import type { Command } from './command';
import { COMMANDS, GROUPS } from './commands/index';
import { CliContext } from './context';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError, type ExitCode } from './exit-codes';
import { commandHelp, groupHelp, overviewHelp } from './help';
import { loadCliLanguage, say, t } from './i18n';
import type { CliIo } from './io';
import { cliVersion } from './version';
import { closest } from './suggest';

/** Global options may come before the command (`moderato --db x.db queue`); they are moved after it. */
function splitLeadingGlobals(argv: readonly string[]): { globals: string[]; rest: string[] } {
  const globals: string[] = [];
  let i = 0;
  while (i < argv.length) {
    const token = argv[i] ?? '';
    if (token === '--db') {
      // A missing value is left for the command's parser to report ("--db needs a value").
      const value = argv[i + 1];
      globals.push(...(value === undefined ? [token] : [token, value]));
      i += 2;
    } else if (token.startsWith('--db=') || ['--debug', '--json', '--help', '-h', '--version'].includes(token)) {
      globals.push(token);
      i += 1;
    } else {
      break;
    }
  }
  return { globals, rest: argv.slice(i) };
}

/** A text the CLI prints without running a command (a help page, the version), and how it exits. */
export interface TextAnswer {
  kind: 'text';
  text: string;
  code: ExitCode;
  stream: 'stdout' | 'stderr';
}

type Resolved = { kind: 'command'; command: Command; argv: string[] } | TextAnswer;

function resolveCommand(argv: readonly string[]): Resolved {
  const { globals, rest } = splitLeadingGlobals(argv);
  const wantsHelp = globals.includes('--help') || globals.includes('-h');
  const [first, second, ...tail] = rest;
  if (first === undefined) {
    if (globals.includes('--version')) return { kind: 'text', text: `${cliVersion()}\n`, code: EXIT_OK, stream: 'stdout' };
    // No command at all: help is the answer; asking for it is success, omitting the command is bad usage.
    return wantsHelp
      ? { kind: 'text', text: overviewHelp(COMMANDS), code: EXIT_OK, stream: 'stdout' }
      : { kind: 'text', text: overviewHelp(COMMANDS), code: EXIT_USAGE, stream: 'stderr' };
  }
  if (first === 'help') {
    const topic = [second, ...tail].filter((w): w is string => w !== undefined).join(' ');
    if (!topic) return { kind: 'text', text: overviewHelp(COMMANDS), code: EXIT_OK, stream: 'stdout' };
    const resolved = resolveCommand([...topic.split(' '), '--help']);
    return resolved;
  }
  const group = GROUPS[first];
  if (group) {
    const members = COMMANDS.filter((c) => c.name.startsWith(`${group} `));
    const sub = second;
    if (sub === undefined || sub === '--help' || sub === '-h') {
      const asked = wantsHelp || sub !== undefined;
      return { kind: 'text', text: groupHelp(group, members), code: asked ? EXIT_OK : EXIT_USAGE, stream: asked ? 'stdout' : 'stderr' };
    }
    const command = members.find((c) => c.name === `${group} ${sub}`);
    if (!command) {
      const hint = closest(sub, members.map((c) => c.name.slice(group.length + 1)));
      throw new UsageError(t('cli:errors.unknownCommand', { name: `${group} ${sub}` }) + (hint ? t('cli:errors.didYouMeanCommand', { hint: `${group} ${hint}` }) : ''), group);
    }
    return { kind: 'command', command, argv: [...tail, ...globals] };
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    const names = [...COMMANDS.map((c) => c.name.split(' ')[0] ?? c.name), ...Object.keys(GROUPS)];
    const hint = closest(first, [...new Set(names)]);
    throw new UsageError(t('cli:errors.unknownCommand', { name: first }) + (hint ? t('cli:errors.didYouMeanCommand', { hint }) : ''));
  }
  return { kind: 'command', command, argv: [...(second === undefined ? [] : [second]), ...tail, ...globals] };
}

function wantsDebug(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--debug');
}

function helpRequested(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  const before = end === -1 ? argv : argv.slice(0, end);
  return before.includes('--help') || before.includes('-h');
}

/**
 * How the CLI answers argv in the language loaded: a text, or the command to run with its
 * arguments. Throws a UsageError for an unknown command.
 */
export function answerFor(argv: readonly string[]): Resolved {
  const resolved = resolveCommand(argv);
  if (resolved.kind === 'command' && helpRequested(resolved.argv)) {
    return { kind: 'text', text: commandHelp(resolved.command), code: EXIT_OK, stream: 'stdout' };
  }
  return resolved;
}

/** Runs the CLI for argv (without "node script"); never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const debug = wantsDebug(argv);
  let context: CliContext | null = null;
  try {
    // Before anything is printed: every message, help page and table is in this language.
    await loadCliLanguage(argv, io.env, io.cwd);
    const resolved = answerFor(argv);
    if (resolved.kind === 'text') {
      io[resolved.stream].write(resolved.text);
      return resolved.code;
    }
    const { command } = resolved;
    const specs = { ...(command.options ?? {}), ...(command.json ? JSON_OPTION : {}), ...GLOBAL_OPTIONS };
    const args = parseCommandArgs(command.name, resolved.argv, specs, command.positional ?? null);
    context = new CliContext(io, args);
    return (await command.run(context)) ?? EXIT_OK;
  } catch (err) {
    return report(err, io, debug);
  } finally {
    if (context) {
      try {
        await context.close();
      } catch (err) {
        report(err, io, debug);
      }
    }
  }
}

/** One line per failure; the exit code says whose fault it was. */
function report(err: unknown, io: CliIo, debug: boolean): ExitCode {
  const line = (text: string): void => {
    io.stderr.write(`moderato: ${text}\n`);
    if (debug && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
  };
  if (err instanceof UsageError) {
    line(t('cli:errors.seeHelp', { message: err.message, command: err.command ? `${err.command} ` : '' }));
    return EXIT_USAGE;
  }
  if (err instanceof AppError) {
    if (err.kind === 'bad-input') {
      line(t('cli:errors.seeHelp', { message: say(err), command: '' }));
      return EXIT_USAGE;
    }
    // A coded message from the core is said in the CLI's language.
    line(say(err));
    return EXIT_FAILURE;
  }
  const detail = err instanceof Error ? err.message : String(err);
  line(t('cli:errors.internal', { detail: detail.split('\n')[0] }) + (debug ? '' : t('cli:errors.runWithDebug')));
  return EXIT_FAILURE;
}
