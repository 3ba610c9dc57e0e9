// outbox [--failed] and undo [ACTION_ID]
import type { Command } from '../command';
import { formatTable, shortDate } from '../table';

const outbox: Command = {
  name: 'outbox',
  summary: 'List your decisions and whether they reached the site.',
  usage: 'outbox [--failed]',
  details: ['States: queued (waiting for a sync), sending, done, failed (with the reason), cancelled (undone), obsolete (the comment is gone from the site).'],
  options: { failed: { type: 'boolean', description: 'Only the decisions the site refused, with the reason.' } },
  json: true,
  async run(ctx) {
    const items = await ctx.call('listOutbox', ctx.args.flag('failed') ? { failed: true } : {});
    if (ctx.json) return ctx.printJson(items);
    if (items.length === 0) {
      ctx.out(ctx.args.flag('failed') ? 'No failed decisions.' : 'The outbox is empty.');
      return;
    }
    const lines = formatTable(
      items,
      [
        { header: 'ACTION', value: (a) => String(a.id), right: true },
        { header: 'STATE', value: (a) => a.state },
        { header: 'SITE', value: (a) => String(a.siteId), right: true },
        { header: 'COMMENT', value: (a) => String(a.commentId), right: true },
        { header: 'CREATED', value: (a) => shortDate(a.createdAt) },
        { header: 'TRIES', value: (a) => String(a.attempts), right: true },
        { header: 'WHAT', value: (a) => (a.lastError ? `${a.description}: ${a.lastError}` : a.description) },
      ],
      ctx.io.stdout.isTTY ? (ctx.io.stdout.columns ?? 120) : null,
    );
    for (const line of lines) ctx.out(line);
  },
};

const undo: Command = {
  name: 'undo',
  summary: 'Undo a decision: the last one by default.',
  usage: 'undo [ACTION_ID]',
  details: [
    'A decision not yet pushed is simply dropped; one already on the site is reversed by a new decision that the next sync pushes. "moderato outbox" lists the action ids.',
  ],
  positional: { name: 'ACTION_ID', min: 0, max: 1 },
  json: true,
  async run(ctx) {
    const [actionId] = ctx.args.ids();
    const result = await ctx.call('undo', actionId === undefined ? {} : { actionId });
    if (ctx.json) return ctx.printJson(result);
    ctx.out(result.undone ? `Undone: ${result.undone}.` : 'Nothing to undo.');
  },
};

export const OUTBOX_COMMANDS: Command[] = [outbox, undo];
