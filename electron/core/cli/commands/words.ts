// words list | add | remove [--allow] WORD...
import type { WordLists } from '../../../../shared/types';
import type { OptionSpecs } from '../args';
import type { Command } from '../command';
import type { CliContext } from '../context';

const ALLOW: OptionSpecs = {
  allow: { type: 'boolean', description: 'The allowlist (words never flagged) instead of the blocklist.' },
};

function printLists(ctx: CliContext, lists: WordLists, only: 'block' | 'allow' | null): void {
  if (ctx.json) return ctx.printJson(lists);
  const show = (title: string, words: readonly string[]): void => {
    ctx.out(`${title} (${words.length}):`);
    for (const word of [...words].sort((a, b) => a.localeCompare(b))) ctx.out(`  ${word}`);
  };
  if (only !== 'allow') show('Blocked words, flagged in every comment', lists.block);
  if (only === null) ctx.out('');
  if (only !== 'block') show('Allowed words, never flagged', lists.allow);
  if (only === null) ctx.out(`\nThe bundled English and French lists (version ${lists.bundledVersion}) apply too.`);
}

const list: Command = {
  name: 'words list',
  summary: 'Show your own blocked and allowed words.',
  usage: 'words list [--allow]',
  options: { allow: { type: 'boolean', description: 'Only the allowlist.' } },
  json: true,
  async run(ctx) {
    printLists(ctx, await ctx.call('getWordLists', {}), ctx.args.flag('allow') ? 'allow' : null);
  },
};

function change(kind: 'add' | 'remove'): Command {
  return {
    name: `words ${kind}`,
    summary:
      kind === 'add'
        ? 'Add words or phrases to your blocklist (or allowlist with --allow); flags are recomputed.'
        : 'Remove words or phrases from your blocklist (or allowlist with --allow).',
    usage: `words ${kind} [--allow] WORD...`,
    details: ['Matching ignores case and accents. Quote a phrase to keep it together: "free money".'],
    options: ALLOW,
    positional: { name: 'WORD', min: 1, max: 10_000 },
    json: true,
    examples: [`moderato words ${kind} casino "free money"`, `moderato words ${kind} --allow Scunthorpe`],
    async run(ctx) {
      const listName = ctx.args.flag('allow') ? 'allow' : 'block';
      const words = [...ctx.args.positionals];
      const lists = await ctx.call('updateWordLists', { list: listName, add: kind === 'add' ? words : [], remove: kind === 'remove' ? words : [] });
      if (ctx.json) return ctx.printJson(lists);
      const where = listName === 'allow' ? 'allowlist' : 'blocklist';
      ctx.out(`${kind === 'add' ? 'Added to' : 'Removed from'} your ${where}: ${words.join(', ')}. It now has ${lists[listName].length} ${lists[listName].length === 1 ? 'entry' : 'entries'}.`);
    },
  };
}

export const WORDS_COMMANDS: Command[] = [list, change('add'), change('remove')];
