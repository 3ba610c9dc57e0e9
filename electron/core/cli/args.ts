// Turns one command's argv into checked values. node:util parseArgs does the
// tokenising; the checks and messages are ours, so every mistake gets one
// plain sentence and a pointer to the right --help page (exit code 2).
import { parseArgs } from 'node:util';
import { UsageError } from './exit-codes';
import { t } from './i18n';
import { closest } from './suggest';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Placeholder shown in help, e.g. "URL". */
  value?: string;
  short?: string;
}
export type OptionSpecs = Record<string, OptionSpec>;

export interface PositionalSpec {
  /** Shown in usage and messages, e.g. "ID". */
  name: string;
  min: number;
  max: number;
}

/** Options every command understands. */
export const GLOBAL_OPTIONS: OptionSpecs = {
  db: { type: 'string', value: 'PATH' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};
export const JSON_OPTION: OptionSpecs = {
  json: { type: 'boolean' },
};

type Value = string | boolean;

/** Checked access to one command's options and positionals. */
export class Args {
  constructor(
    readonly command: string,
    private readonly values: ReadonlyMap<string, Value>,
    readonly positionals: readonly string[],
  ) {}

  has(name: string): boolean {
    return this.values.has(name);
  }

  flag(name: string): boolean {
    return this.values.get(name) === true;
  }

  string(name: string): string | undefined {
    const value = this.values.get(name);
    return typeof value === 'string' ? value : undefined;
  }

  requireString(name: string): string {
    const value = this.string(name);
    if (value === undefined) throw new UsageError(t('cli:errors.missingOption', { name }), this.command);
    return value;
  }

  /** A whole number within bounds, or undefined when the option is absent. */
  integer(name: string, min: number, max: number): number | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    return parseWhole(raw, `--${name}`, min, max, this.command);
  }

  choice<const T extends string>(name: string, choices: readonly T[]): T | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    if ((choices as readonly string[]).includes(raw)) return raw as T;
    const hint = closest(raw, choices);
    throw new UsageError(
      t('cli:errors.notOneOf', { name, choices: choices.join(', '), raw }) + (hint ? t('cli:errors.didYouMean', { hint }) : ''),
      this.command,
    );
  }

  /** Positionals as local or remote comment ids (positive whole numbers). */
  ids(): number[] {
    return this.positionals.map((raw) => parseWhole(raw, t('cli:errors.anId'), 1, Number.MAX_SAFE_INTEGER, this.command));
  }

  /** Rejects options that make no sense together, e.g. --pull-only with --push-only. */
  exclusive(...names: string[]): void {
    const given = names.filter((name) => this.values.has(name));
    if (given.length > 1) {
      throw new UsageError(t('cli:errors.together', { options: given.map((n) => `--${n}`).join(t('cli:errors.and')) }), this.command);
    }
  }

  /** Rejects an option that needs another, e.g. --remote without --site. */
  requires(name: string, needed: string): void {
    if (this.values.has(name) && !this.values.has(needed)) {
      throw new UsageError(t('cli:errors.needs', { name, needed }), this.command);
    }
  }
}

function parseWhole(raw: string, what: string, min: number, max: number, command: string): number {
  const value = /^\d{1,16}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const message = max >= Number.MAX_SAFE_INTEGER ? t('cli:errors.wholeFrom', { what, min, raw }) : t('cli:errors.wholeRange', { what, min, max, raw });
    throw new UsageError(message, command);
  }
  return value;
}

/**
 * Parses argv for `command` against its option specs. Unknown options,
 * missing values, repeated options and wrong positional counts become
 * UsageErrors naming the command.
 */
export function parseCommandArgs(
  command: string,
  argv: readonly string[],
  specs: OptionSpecs,
  positional: PositionalSpec | null,
): Args {
  const config: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const [name, spec] of Object.entries(specs)) {
    config[name] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type };
  }
  // strict: false so we see every token and word the messages ourselves.
  const { tokens } = parseArgs({ args: [...argv], options: config, strict: false, allowPositionals: true, tokens: true });
  const values = new Map<string, Value>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    const spec = specs[token.name];
    if (!spec) {
      const hint = closest(token.name, Object.keys(specs));
      throw new UsageError(
        t('cli:errors.unknownOption', { option: token.rawName, command }) + (hint ? t('cli:errors.didYouMeanOption', { hint }) : ''),
        command,
      );
    }
    if (values.has(token.name)) throw new UsageError(t('cli:errors.givenTwice', { name: token.name }), command);
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(t('cli:errors.takesNoValue', { name: token.name }), command);
      values.set(token.name, true);
    } else {
      // parseArgs happily takes the next flag as the value ("--url --user"); a value never starts with "--".
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) {
        throw new UsageError(spec.value ? t('cli:errors.needsValueOf', { name: token.name, value: spec.value }) : t('cli:errors.needsValue', { name: token.name }), command);
      }
      values.set(token.name, token.value);
    }
  }
  // --help wins over every other check: asking for help is never a usage error.
  if (values.get('help') === true) return new Args(command, values, positionals);
  if (!positional && positionals.length > 0) {
    throw new UsageError(t('cli:errors.unexpectedArgument', { arg: positionals[0], command }), command);
  }
  if (positional) {
    if (positionals.length < positional.min) {
      throw new UsageError(t('cli:errors.missingArgument', { name: positional.name }), command);
    }
    if (positionals.length > positional.max) {
      throw new UsageError(t('cli:errors.tooManyArguments', { command, max: positional.max, name: positional.name }), command);
    }
  }
  return new Args(command, values, positionals);
}
