// --help pages, generated from the command specs so they never drift from what is parsed.
// The words come from the catalogue (cli:commands.<name>, cli:options.<option>), in the CLI's language.
import { GLOBAL_OPTIONS, JSON_OPTION, type OptionSpecs } from './args';
import type { Command } from './command';
import { plainText, t } from './i18n';

/** A command's summary, in the chosen language (plain text: the index shows 25 of them). */
export function summaryOf(command: Command): string {
  return plainText(`cli:commands.${command.name}.summary`);
}

/** An option's line of help: the command's own wording when it has one, else the shared one. */
function describeOption(command: Command | null, name: string): string {
  const keys = command ? [`cli:commands.${command.name}.options.${name}`, `cli:options.${name}`] : [`cli:options.${name}`];
  return t(keys as unknown as string);
}

function optionLines(command: Command | null, specs: OptionSpecs): string[] {
  const rows = Object.entries(specs).map(([name, spec]) => {
    const short = spec.short ? `-${spec.short}, ` : '';
    const left = `${short}--${name}${spec.value ? ` ${spec.value}` : ''}`;
    return [left, describeOption(command, name)] as const;
  });
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, description]) => `  ${left.padEnd(width)}  ${description}`);
}

export function commandHelp(command: Command): string {
  const lines = [t('cli:help.usage', { usage: command.usage }), '', summaryOf(command)];
  const details = t(`cli:commands.${command.name}.details`, { defaultValue: '' });
  if (details) lines.push('', details);
  const own = command.options ?? {};
  if (Object.keys(own).length > 0) lines.push('', t('cli:help.options'), ...optionLines(command, own));
  lines.push('', t('cli:help.commonOptions'), ...optionLines(null, { ...(command.json ? JSON_OPTION : {}), ...GLOBAL_OPTIONS }));
  if (command.examples?.length) lines.push('', t('cli:help.examples'), ...command.examples.map((e) => `  ${e}`));
  return `${lines.join('\n')}\n`;
}

function index(commands: readonly Command[]): string[] {
  const width = Math.max(...commands.map((c) => c.name.length));
  return commands.map((c) => `  ${c.name.padEnd(width)}  ${summaryOf(c)}`);
}

export function groupHelp(group: string, commands: readonly Command[]): string {
  return `${[t('cli:help.groupUsage', { group }), '', t('cli:help.commands'), ...index(commands), '', t('cli:help.groupMore', { group })].join('\n')}\n`;
}

/** `moderato --help`: plain strings only, so printing it never runs i18next's t() (see plainText). */
export function overviewHelp(commands: readonly Command[]): string {
  return `${[plainText('cli:help.overview'), '', plainText('cli:help.commands'), ...index(commands), '', plainText('cli:help.overviewEnd')].join('\n')}\n`;
}
