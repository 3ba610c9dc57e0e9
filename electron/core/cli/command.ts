import type { OptionSpecs, PositionalSpec } from './args';
import type { CliContext } from './context';
import type { ExitCode } from './exit-codes';

/** One CLI command: how it is typed, documented and run. */
export interface Command {
  /** What the user types after `moderato`, e.g. "site add". */
  name: string;
  /** Synopsis after "moderato ", e.g. "site add --url URL --user USER". Its summary, details and
   * option descriptions are in the catalogue under cli:commands.<name> (shared/i18n/locales). */
  usage: string;
  options?: OptionSpecs;
  /** Accepts --json (commands that print data). */
  json?: boolean;
  positional?: PositionalSpec;
  examples?: string[];
  /** Returns the exit code; nothing means success. */
  run(ctx: CliContext): Promise<ExitCode | void>;
}
