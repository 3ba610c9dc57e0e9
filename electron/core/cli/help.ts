// --help pages, generated from the command specs so they never drift from what is parsed.
import { GLOBAL_OPTIONS, JSON_OPTION, type OptionSpecs } from './args';
import type { Command } from './command';

function optionLines(specs: OptionSpecs): string[] {
  const rows = Object.entries(specs).map(([name, spec]) => {
    const short = spec.short ? `-${spec.short}, ` : '';
    const left = `${short}--${name}${spec.value ? ` ${spec.value}` : ''}`;
    return [left, spec.description] as const;
  });
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, description]) => `  ${left.padEnd(width)}  ${description}`);
}

export function commandHelp(command: Command): string {
  const lines = [`Usage: moderato ${command.usage}`, '', command.summary];
  for (const paragraph of command.details ?? []) lines.push('', paragraph);
  const own = command.options ?? {};
  if (Object.keys(own).length > 0) lines.push('', 'Options:', ...optionLines(own));
  lines.push('', 'Common options:', ...optionLines({ ...(command.json ? JSON_OPTION : {}), ...GLOBAL_OPTIONS }));
  if (command.examples?.length) lines.push('', 'Examples:', ...command.examples.map((e) => `  ${e}`));
  return `${lines.join('\n')}\n`;
}

function index(commands: readonly Command[]): string[] {
  const width = Math.max(...commands.map((c) => c.name.length));
  return commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
}

export function groupHelp(group: string, commands: readonly Command[]): string {
  return `${[`Usage: moderato ${group} <command> [options]`, '', 'Commands:', ...index(commands), '', `Run "moderato ${group} <command> --help" for details.`].join('\n')}\n`;
}

export function overviewHelp(commands: readonly Command[]): string {
  return `${[
    'Moderato: triage the comments waiting for moderation on your WordPress sites.',
    '',
    'Usage: moderato <command> [options]',
    '',
    'Commands:',
    ...index(commands),
    '',
    'Every command takes --db PATH (default: the app\'s own database), --debug and --help.',
    'Passwords: set MODERATO_APP_PASSWORD, or type it when "site add" asks; the CLI keeps it in',
    'credentials.json next to the database, readable by you only (mode 0600).',
    '',
    'Exit codes: 0 success, 1 a failure you can fix (the message says how), 2 bad usage.',
    'Run "moderato <command> --help" for details.',
  ].join('\n')}\n`;
}
