// templates list | add | edit | move | remove: the saved replies ("reply ID --template NAME" sends one).
// They live in the database, so they work offline and the app shows the same list.
import type { SavedReply } from '../../../../shared/types';
import type { Command } from '../command';
import type { CliContext } from '../context';
import { UsageError } from '../exit-codes';
import { oneLine } from '../table';

const PLACEHOLDER_HELP = 'In the text, {author} becomes the comment author\'s name, {post} the post\'s title and {site} the site\'s name.';

async function byName(ctx: CliContext, name: string): Promise<SavedReply> {
  const saved = await ctx.call('listSavedReplies', {});
  const found = saved.find((r) => r.name.toLowerCase() === name.trim().toLowerCase());
  if (!found) {
    throw new UsageError(
      saved.length === 0 ? `There is no saved reply named "${name}": there are none yet.` : `There is no saved reply named "${name}". Saved replies: ${saved.map((r) => `"${r.name}"`).join(', ')}.`,
      ctx.args.command,
    );
  }
  return found;
}

function printList(ctx: CliContext, saved: SavedReply[]): void {
  if (ctx.json) return ctx.printJson(saved);
  if (saved.length === 0) {
    ctx.out('No saved replies yet. Add one: moderato templates add merci --text "Merci {author} !"');
    return;
  }
  for (const r of saved) ctx.out(`${String(r.position + 1).padStart(2)}. ${r.name}: ${oneLine(r.body)}`);
}

const list: Command = {
  name: 'templates list',
  summary: 'Show your saved replies, in order.',
  usage: 'templates list',
  json: true,
  async run(ctx) {
    printList(ctx, await ctx.call('listSavedReplies', {}));
  },
};

const add: Command = {
  name: 'templates add',
  summary: 'Save a reply under a name (at the end of the list).',
  usage: 'templates add NAME --text TEXT',
  details: [PLACEHOLDER_HELP],
  options: { text: { type: 'string', value: 'TEXT', description: 'The reply.' } },
  positional: { name: 'NAME', min: 1, max: 1 },
  json: true,
  examples: ['moderato templates add merci --text "Merci {author}, content que {post} vous ait plu !"'],
  async run(ctx) {
    const saved = await ctx.call('addSavedReply', { name: ctx.args.positionals[0]!, body: ctx.args.requireString('text') });
    if (ctx.json) return ctx.printJson(saved);
    ctx.out(`Saved reply "${saved.name}" added (number ${saved.position + 1}).`);
  },
};

const edit: Command = {
  name: 'templates edit',
  summary: 'Change a saved reply: its text (--text) or its name (--name).',
  usage: 'templates edit NAME [--text TEXT] [--name NEW_NAME]',
  details: [PLACEHOLDER_HELP],
  options: {
    text: { type: 'string', value: 'TEXT', description: 'The new text.' },
    name: { type: 'string', value: 'NEW_NAME', description: 'The new name.' },
  },
  positional: { name: 'NAME', min: 1, max: 1 },
  json: true,
  async run(ctx) {
    const text = ctx.args.string('text');
    const name = ctx.args.string('name');
    if (text === undefined && name === undefined) throw new UsageError('Give --text, --name or both.', ctx.args.command);
    const current = await byName(ctx, ctx.args.positionals[0]!);
    const saved = await ctx.call('updateSavedReply', {
      id: current.id,
      ...(text === undefined ? {} : { body: text }),
      ...(name === undefined ? {} : { name }),
    });
    if (ctx.json) return ctx.printJson(saved);
    ctx.out(`Saved reply "${saved.name}" changed.`);
  },
};

const move: Command = {
  name: 'templates move',
  summary: 'Move a saved reply to another place in the list (the app\'s Ctrl+1…9 follow it).',
  usage: 'templates move NAME --to N',
  options: { to: { type: 'string', value: 'N', description: 'Its new place, from 1.' } },
  positional: { name: 'NAME', min: 1, max: 1 },
  json: true,
  async run(ctx) {
    const saved = await ctx.call('listSavedReplies', {});
    const to = ctx.args.integer('to', 1, Math.max(1, saved.length));
    if (to === undefined) throw new UsageError('Missing --to.', ctx.args.command);
    const moving = await byName(ctx, ctx.args.positionals[0]!);
    const order = saved.map((r) => r.id).filter((id) => id !== moving.id);
    order.splice(to - 1, 0, moving.id);
    printList(ctx, await ctx.call('reorderSavedReplies', { ids: order }));
  },
};

const remove: Command = {
  name: 'templates remove',
  summary: 'Delete a saved reply.',
  usage: 'templates remove NAME',
  positional: { name: 'NAME', min: 1, max: 1 },
  async run(ctx) {
    const gone = await byName(ctx, ctx.args.positionals[0]!);
    await ctx.call('deleteSavedReply', { id: gone.id });
    ctx.out(`Saved reply "${gone.name}" deleted.`);
  },
};

export const TEMPLATES_COMMANDS: Command[] = [list, add, edit, move, remove];
