// words list | add | remove [--allow] WORD...
import type { WordLists } from '../../../../shared/types';
import type { OptionSpecs } from '../args';
import type { Command } from '../command';
import type { CliContext } from '../context';
import { t } from '../i18n';

const ALLOW: OptionSpecs = {
  allow: { type: 'boolean' },
};

function printLists(ctx: CliContext, lists: WordLists, only: 'block' | 'allow' | null): void {
  if (ctx.json) return ctx.printJson(lists);
  const show = (title: string, words: readonly string[]): void => {
    ctx.out(t(title, { count: words.length }));
    for (const word of [...words].sort((a, b) => a.localeCompare(b))) ctx.out(`  ${word}`);
  };
  if (only !== 'allow') show('cli:words.blocked', lists.block);
  if (only === null) ctx.out('');
  if (only !== 'block') show('cli:words.allowed', lists.allow);
  if (only === null) ctx.out(`\n${t('cli:words.bundled', { version: lists.bundledVersion })}`);
}

const list: Command = {
  name: 'words list',
  usage: 'words list [--allow]',
  options: { allow: { type: 'boolean' } },
  json: true,
  async run(ctx) {
    printLists(ctx, await ctx.call('getWordLists', {}), ctx.args.flag('allow') ? 'allow' : null);
  },
};

function change(kind: 'add' | 'remove'): Command {
  return {
    name: `words ${kind}`,
    usage: `words ${kind} [--allow] WORD...`,
    options: ALLOW,
    positional: { name: 'WORD', min: 1, max: 10_000 },
    json: true,
    examples: [`moderato words ${kind} casino "free money"`, `moderato words ${kind} --allow Scunthorpe`],
    async run(ctx) {
      const listName = ctx.args.flag('allow') ? 'allow' : 'block';
      const words = [...ctx.args.positionals];
      const lists = await ctx.call('updateWordLists', { list: listName, add: kind === 'add' ? words : [], remove: kind === 'remove' ? words : [] });
      if (ctx.json) return ctx.printJson(lists);
      const key = `cli:words.${kind === 'add' ? 'added' : 'removed'}${listName === 'allow' ? 'Allow' : 'Block'}`;
      ctx.out(t(key, { words: words.join(', '), count: lists[listName].length }));
    },
  };
}

export const WORDS_COMMANDS: Command[] = [list, change('add'), change('remove')];
