import type { OptionSpecs, PositionalSpec } from './args';
import type { CliContext } from './context';
import type { ExitCode } from './exit-codes';

/** One CLI command: how it is typed, documented and run. */
export interface Command {
  /** What the user types after `moderato`, e.g. "site add". */
  name: string;
  /** One line for the command index. */
  summary: string;
  /** Synopsis after "moderato ", e.g. "site add --url URL --user USER". */
  usage: string;
  /** Paragraphs shown under the synopsis in --help. */
  details?: string[];
  options?: OptionSpecs;
  /** Accepts --json (commands that print data). */
  json?: boolean;
  positional?: PositionalSpec;
  examples?: string[];
  /** Returns the exit code; nothing means success. */
  run(ctx: CliContext): Promise<ExitCode | void>;
}
