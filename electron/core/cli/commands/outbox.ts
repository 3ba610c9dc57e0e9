// outbox [--failed] and undo [ACTION_ID]
import type { OutboxItem } from '../../../../shared/types';
import type { Command } from '../command';
import { formatTable } from '../table';
import { formatDate, say, t } from '../i18n';

/** "Approve comment by Cyn: why it failed", in the CLI's language. */
function whatOf(a: OutboxItem): string {
  const what = say({ message: a.description, code: a.descriptionCode, params: a.descriptionParams });
  if (!a.lastError) return what;
  return t('cli:outbox.whatFailed', { what, reason: say({ message: a.lastError, code: a.lastErrorCode, params: a.lastErrorParams }) });
}

const outbox: Command = {
  name: 'outbox',
  usage: 'outbox [--failed]',
  options: { failed: { type: 'boolean' } },
  json: true,
  async run(ctx) {
    const items = await ctx.call('listOutbox', ctx.args.flag('failed') ? { failed: true } : {});
    if (ctx.json) return ctx.printJson(items);
    if (items.length === 0) {
      ctx.out(t(ctx.args.flag('failed') ? 'cli:outbox.noneFailed' : 'cli:outbox.empty'));
      return;
    }
    const lines = formatTable(
      items,
      [
        { header: t('cli:outbox.action'), value: (a) => String(a.id), right: true },
        { header: t('cli:outbox.state'), value: (a) => t(`cli:state.${a.state}`, { defaultValue: a.state }) },
        { header: t('cli:outbox.site'), value: (a) => String(a.siteId), right: true },
        { header: t('cli:outbox.comment'), value: (a) => String(a.commentId), right: true },
        { header: t('cli:outbox.created'), value: (a) => formatDate(a.createdAt) },
        { header: t('cli:outbox.tries'), value: (a) => String(a.attempts), right: true },
        { header: t('cli:outbox.what'), value: whatOf },
      ],
      ctx.io.stdout.isTTY ? (ctx.io.stdout.columns ?? 120) : null,
    );
    for (const line of lines) ctx.out(line);
  },
};

const undo: Command = {
  name: 'undo',
  usage: 'undo [ACTION_ID]',
  positional: { name: 'ACTION_ID', min: 0, max: 1 },
  json: true,
  async run(ctx) {
    const [actionId] = ctx.args.ids();
    const result = await ctx.call('undo', actionId === undefined ? {} : { actionId });
    if (ctx.json) return ctx.printJson(result);
    const what = result.undoneMessage ? say({ message: result.undoneMessage.english, code: result.undoneMessage.code, params: result.undoneMessage.params }) : result.undone;
    ctx.out(what ? t('cli:outbox.undone', { what }) : t('cli:outbox.nothing'));
  },
};

export const OUTBOX_COMMANDS: Command[] = [outbox, undo];
