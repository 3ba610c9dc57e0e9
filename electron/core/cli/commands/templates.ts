// templates list | add | edit | move | remove: the saved replies ("reply ID --template NAME" sends one).
// They live in the database, so they work offline and the app shows the same list.
import type { SavedReply } from '../../../../shared/types';
import type { Command } from '../command';
import type { CliContext } from '../context';
import { UsageError } from '../exit-codes';
import { oneLine } from '../table';
import { t } from '../i18n';

async function byName(ctx: CliContext, name: string): Promise<SavedReply> {
  const saved = await ctx.call('listSavedReplies', {});
  const found = saved.find((r) => r.name.toLowerCase() === name.trim().toLowerCase());
  if (!found) {
    throw new UsageError(
      saved.length === 0 ? t('cli:errors.noTemplate', { name }) : t('cli:errors.noTemplateList', { name, names: saved.map((r) => `"${r.name}"`).join(', ') }),
      ctx.args.command,
    );
  }
  return found;
}

function printList(ctx: CliContext, saved: SavedReply[]): void {
  if (ctx.json) return ctx.printJson(saved);
  if (saved.length === 0) {
    ctx.out(t('cli:templates.none'));
    return;
  }
  for (const r of saved) ctx.out(`${String(r.position + 1).padStart(2)}. ${t('cli:templates.line', { name: r.name, body: oneLine(r.body) })}`);
}

const list: Command = {
  name: 'templates list',
  usage: 'templates list',
  json: true,
  async run(ctx) {
    printList(ctx, await ctx.call('listSavedReplies', {}));
  },
};

const add: Command = {
  name: 'templates add',
  usage: 'templates add NAME --text TEXT',
  options: { text: { type: 'string', value: 'TEXT' } },
  positional: { name: 'NAME', min: 1, max: 1 },
  json: true,
  examples: ['moderato templates add merci --text "Merci {author}, content que {post} vous ait plu !"'],
  async run(ctx) {
    const saved = await ctx.call('addSavedReply', { name: ctx.args.positionals[0]!, body: ctx.args.requireString('text') });
    if (ctx.json) return ctx.printJson(saved);
    ctx.out(t('cli:templates.added', { name: saved.name, position: saved.position + 1 }));
  },
};

const edit: Command = {
  name: 'templates edit',
  usage: 'templates edit NAME [--text TEXT] [--name NEW_NAME]',
  options: {
    text: { type: 'string', value: 'TEXT' },
    name: { type: 'string', value: 'NEW_NAME' },
  },
  positional: { name: 'NAME', min: 1, max: 1 },
  json: true,
  async run(ctx) {
    const text = ctx.args.string('text');
    const name = ctx.args.string('name');
    if (text === undefined && name === undefined) throw new UsageError(t('cli:errors.templateEditNothing'), ctx.args.command);
    const current = await byName(ctx, ctx.args.positionals[0]!);
    const saved = await ctx.call('updateSavedReply', {
      id: current.id,
      ...(text === undefined ? {} : { body: text }),
      ...(name === undefined ? {} : { name }),
    });
    if (ctx.json) return ctx.printJson(saved);
    ctx.out(t('cli:templates.changed', { name: saved.name }));
  },
};

const move: Command = {
  name: 'templates move',
  usage: 'templates move NAME --to N',
  options: { to: { type: 'string', value: 'N' } },
  positional: { name: 'NAME', min: 1, max: 1 },
  json: true,
  async run(ctx) {
    const saved = await ctx.call('listSavedReplies', {});
    const to = ctx.args.integer('to', 1, Math.max(1, saved.length));
    if (to === undefined) throw new UsageError(t('cli:errors.missingOption', { name: 'to' }), ctx.args.command);
    const moving = await byName(ctx, ctx.args.positionals[0]!);
    const order = saved.map((r) => r.id).filter((id) => id !== moving.id);
    order.splice(to - 1, 0, moving.id);
    printList(ctx, await ctx.call('reorderSavedReplies', { ids: order }));
  },
};

const remove: Command = {
  name: 'templates remove',
  usage: 'templates remove NAME',
  positional: { name: 'NAME', min: 1, max: 1 },
  async run(ctx) {
    const gone = await byName(ctx, ctx.args.positionals[0]!);
    await ctx.call('deleteSavedReply', { id: gone.id });
    ctx.out(t('cli:templates.deleted', { name: gone.name }));
  },
};

export const TEMPLATES_COMMANDS: Command[] = [list, add, edit, move, remove];
