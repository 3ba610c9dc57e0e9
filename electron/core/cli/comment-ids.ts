// IDs on the command line are Moderato's local ids; with --remote --site they
// are the site's own comment ids (what wp-admin shows) and are looked up here.
import { AppError } from '../../../shared/errors';
import type { CliContext } from './context';
import { UsageError } from './exit-codes';
import { t } from './i18n';

export const REMOTE_OPTIONS = {
  remote: { type: 'boolean' },
  site: { type: 'string', value: 'ID' },
} as const;

/** Local ids for the positionals, resolving --remote ids against --site. Unknown remote ids are a clear failure. */
export async function commentIds(ctx: CliContext): Promise<number[]> {
  const ids = ctx.args.ids();
  if (!ctx.args.flag('remote')) {
    if (ctx.args.has('site')) throw new UsageError(t('cli:errors.siteNeedsRemote'), ctx.args.command);
    return ids;
  }
  ctx.args.requires('remote', 'site');
  const siteId = ctx.args.integer('site', 1, Number.MAX_SAFE_INTEGER) ?? 0;
  const sites = await ctx.call('listSites', {});
  if (!sites.some((s) => s.id === siteId)) {
    throw new AppError('not-found', t('cli:errors.noSite', { id: siteId }));
  }
  const local = await ctx.call('findComments', { siteId, remoteIds: ids });
  const found = new Map<number, number>();
  ids.forEach((id, i) => {
    const localId = local[i];
    if (localId !== null && localId !== undefined) found.set(id, localId);
  });
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw new AppError('not-found', t('cli:errors.noRemoteComment', { site: siteId, ids: missing.join(', '), count: missing.length }));
  }
  return ids.map((id) => found.get(id) ?? 0);
}
