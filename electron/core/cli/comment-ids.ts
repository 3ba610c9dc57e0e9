// IDs on the command line are Moderato's local ids; with --remote --site they
// are the site's own comment ids (what wp-admin shows) and are looked up here.
import { AppError } from '../../../shared/errors';
import type { CliContext } from './context';
import { UsageError } from './exit-codes';

export const REMOTE_OPTIONS = {
  remote: { type: 'boolean', description: "The IDs are the site's own comment ids (needs --site)." },
  site: { type: 'string', value: 'ID', description: 'The site the --remote ids belong to.' },
} as const;

/** Local ids for the positionals, resolving --remote ids against --site. Unknown remote ids are a clear failure. */
export async function commentIds(ctx: CliContext): Promise<number[]> {
  const ids = ctx.args.ids();
  if (!ctx.args.flag('remote')) {
    if (ctx.args.has('site')) throw new UsageError('--site goes with --remote (local ids are unique across sites).', ctx.args.command);
    return ids;
  }
  ctx.args.requires('remote', 'site');
  const siteId = ctx.args.integer('site', 1, Number.MAX_SAFE_INTEGER) ?? 0;
  const sites = await ctx.call('listSites', {});
  if (!sites.some((s) => s.id === siteId)) {
    throw new AppError('not-found', `There is no site ${siteId}. "moderato site list" shows the sites and their ids.`);
  }
  const local = await ctx.call('findComments', { siteId, remoteIds: ids });
  const found = new Map<number, number>();
  ids.forEach((id, i) => {
    const localId = local[i];
    if (localId !== null && localId !== undefined) found.set(id, localId);
  });
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw new AppError(
      'not-found',
      `Site ${siteId} has no comment ${missing.join(', ')} in the local database. Run "moderato sync --site ${siteId}" to fetch it, or check the id in wp-admin.`,
    );
  }
  return ids.map((id) => found.get(id) ?? 0);
}
