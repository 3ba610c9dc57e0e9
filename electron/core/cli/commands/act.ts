// approve | unapprove | spam | unspam | trash | restore | delete ID…, reply, edit.
// Each decision is recorded locally and in the outbox exactly as in the app;
// the next sync pushes it, or --push pushes it now.
import { STATUS_ACTIONS, type StatusAction, type SyncRun } from '../../../../shared/types';
import type { OptionSpecs } from '../args';
import type { Command } from '../command';
import { REMOTE_OPTIONS, commentIds } from '../comment-ids';
import type { CliContext } from '../context';
import { EXIT_FAILURE, UsageError, type ExitCode } from '../exit-codes';
import { t } from '../i18n';
import { expandSavedReply } from '../../../../shared/saved-replies';
import { printRuns } from './sync';

const PUSH_OPTION: OptionSpecs = {
  push: { type: 'boolean' },
};

/** After recording: push now (--push) or say how the decision will reach the site. */
async function finish(ctx: CliContext, actionIds: readonly number[], done: string): Promise<ExitCode | void> {
  const push = ctx.args.flag('push');
  let runs: SyncRun[] | null = null;
  let ok = true;
  if (push && actionIds.length > 0) {
    const wanted = new Set(actionIds);
    const siteIds = new Set((await ctx.call('listOutbox', {})).filter((a) => wanted.has(a.id)).map((a) => a.siteId));
    runs = [];
    for (const siteId of siteIds) runs.push(...(await ctx.call('syncNow', { siteId, mode: 'push' })));
  }
  if (ctx.json) {
    ctx.printJson(runs ? { actionIds, pushed: runs } : { actionIds });
    if (runs) ok = runs.every((r) => !r.error && r.failedCount === 0);
  } else {
    ctx.out(actionIds.length === 1 ? t('cli:act.recordedOne', { done, id: actionIds[0] }) : t('cli:act.recordedMany', { done, ids: actionIds.join(', ') }));
    if (runs) {
      const sites = await ctx.call('listSites', {});
      ok = printRuns(ctx, runs, sites);
    } else {
      ctx.note(t('cli:act.waiting'));
    }
  }
  return ok ? undefined : EXIT_FAILURE;
}

function statusCommand(kind: StatusAction): Command {
  return {
    name: kind,
    usage: `${kind} ID... [--remote --site ID] [--push]`,
    options: { ...REMOTE_OPTIONS, ...PUSH_OPTION },
    positional: { name: 'ID', min: 1, max: 100_000 },
    json: true,
    examples: [`moderato ${kind} 12 13 14`, `moderato ${kind} --remote --site 1 345 --push`],
    async run(ctx) {
      const ids = await commentIds(ctx);
      const { actionIds } = await ctx.call('act', { ids, kind });
      return finish(ctx, actionIds, t(`cli:act.${kind}`, { count: ids.length }));
    },
  };
}

const TEXT_OPTION: OptionSpecs = {
  text: { type: 'string', value: 'TEXT' },
};

async function readText(ctx: CliContext): Promise<string> {
  const text = ctx.args.requireString('text');
  if (text !== '-') return text;
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function singleId(ctx: CliContext): Promise<number> {
  const [id] = await commentIds(ctx);
  if (id === undefined) throw new UsageError(t('cli:errors.missingArgument', { name: 'ID' }), ctx.args.command);
  return id;
}

/**
 * A saved reply by name (any case), filled in for this comment: {author}, {post} and {site}
 * become the author's name, the post's title and the site's name.
 */
async function templateText(ctx: CliContext, id: number, name: string): Promise<string> {
  const saved = await ctx.call('listSavedReplies', {});
  const wanted = name.trim().toLowerCase();
  const found = saved.find((r) => r.name.toLowerCase() === wanted);
  if (!found) {
    const names = saved.map((r) => `"${r.name}"`).join(', ');
    throw new UsageError(saved.length === 0 ? t('cli:errors.noTemplateNone', { name }) : t('cli:errors.noTemplateList', { name, names }), 'reply');
  }
  const comment = await ctx.call('getComment', { id });
  return expandSavedReply(found.body, { author: comment.authorName, post: comment.post?.title ?? comment.postTitle, site: comment.siteName });
}

const reply: Command = {
  name: 'reply',
  usage: 'reply ID (--text TEXT | --template NAME) [--approve] [--remote --site ID] [--push]',
  options: {
    ...TEXT_OPTION,
    template: { type: 'string', value: 'NAME' },
    approve: { type: 'boolean' },
    ...REMOTE_OPTIONS,
    ...PUSH_OPTION,
  },
  positional: { name: 'ID', min: 1, max: 1 },
  json: true,
  examples: ['moderato reply 12 --text "Merci !" --approve --push', 'moderato reply 12 --template merci'],
  async run(ctx) {
    ctx.args.exclusive('text', 'template');
    const id = await singleId(ctx);
    const template = ctx.args.string('template');
    const text = template !== undefined ? await templateText(ctx, id, template) : await readText(ctx);
    const { actionIds } = await ctx.call('reply', { id, text, approve: ctx.args.flag('approve') });
    return finish(ctx, actionIds, t(ctx.args.flag('approve') ? 'cli:act.repliedApproved' : 'cli:act.replied', { id }));
  },
};

const edit: Command = {
  name: 'edit',
  usage: 'edit ID --text TEXT [--remote --site ID] [--push]',
  options: { ...TEXT_OPTION, ...REMOTE_OPTIONS, ...PUSH_OPTION },
  positional: { name: 'ID', min: 1, max: 1 },
  json: true,
  async run(ctx) {
    const id = await singleId(ctx);
    const text = await readText(ctx);
    const { actionIds } = await ctx.call('edit', { id, text });
    return finish(ctx, actionIds, t('cli:act.edited', { id }));
  },
};

export const ACT_COMMANDS: Command[] = [...STATUS_ACTIONS.map(statusCommand), reply, edit];
