// sync [--site ID] [--pull-only|--push-only]
import type { Site, SyncRun } from '../../../../shared/types';
import type { Command } from '../command';
import type { CliContext } from '../context';
import { EXIT_FAILURE } from '../exit-codes';
import { formatTable, plural } from '../table';

/** Prints what a sync did, per site; returns true when every site went through. */
export function printRuns(ctx: CliContext, runs: readonly SyncRun[], sites: readonly Site[]): boolean {
  const name = (siteId: number): string => sites.find((s) => s.id === siteId)?.name ?? `site ${siteId}`;
  if (ctx.json) {
    ctx.printJson(runs);
  } else {
    const lines = formatTable(
      runs,
      [
        { header: 'SITE', value: (r) => `${r.siteId} ${name(r.siteId)}` },
        { header: 'NEW', value: (r) => String(r.newCount), right: true },
        { header: 'CHANGED', value: (r) => String(r.changedCount), right: true },
        { header: 'GONE', value: (r) => String(r.goneCount), right: true },
        { header: 'PUSHED', value: (r) => String(r.pushedCount), right: true },
        { header: 'FAILED', value: (r) => String(r.failedCount), right: true },
        // The reason goes to stderr, once, as the one line a cron mail shows.
        { header: 'RESULT', value: (r) => (r.error ? 'failed' : r.failedCount > 0 ? 'some failed' : 'ok') },
      ],
      null,
    );
    for (const line of lines) ctx.out(line);
  }
  let ok = true;
  for (const run of runs) {
    if (run.error) {
      ok = false;
      ctx.note(`moderato: ${name(run.siteId)}: ${run.error}`);
    } else if (run.failedCount > 0) {
      ok = false;
      ctx.note(
        `moderato: ${name(run.siteId)}: ${plural(run.failedCount, 'decision')} could not be pushed. "moderato outbox --failed" shows why.`,
      );
    }
  }
  return ok;
}

/**
 * At a terminal, one self-rewriting line on stderr says where a long first sync is
 * ("Mon blog: pull 300/5,000"); in pipes and cron jobs nothing, so logs stay clean.
 */
async function showProgress(ctx: CliContext, sites: readonly Site[]): Promise<() => void> {
  if (ctx.io.stderr.isTTY !== true || ctx.json) return () => undefined;
  let shown = false;
  const off = (await ctx.events()).on((event) => {
    if (event.type !== 'sync-progress') return;
    const name = sites.find((s) => s.id === event.siteId)?.name ?? `site ${event.siteId}`;
    const total = event.total === null ? '' : `/${event.total.toLocaleString('en-US')}`;
    ctx.io.stderr.write(`\r\u001b[2K${name}: ${event.phase} ${event.done.toLocaleString('en-US')}${total}`);
    shown = true;
  });
  return () => {
    off();
    if (shown) ctx.io.stderr.write('\r\u001b[2K');
  };
}

const sync: Command = {
  name: 'sync',
  summary: 'Fetch the comments waiting for moderation and push your decisions to the sites.',
  usage: 'sync [--site ID] [--pull-only|--push-only]',
  details: ['Exits with 1 when a site could not be synced or a decision could not be pushed, so a cron job notices.'],
  options: {
    site: { type: 'string', value: 'ID', description: 'Only this site (default: every site).' },
    'pull-only': { type: 'boolean', description: 'Only fetch comments; push nothing.' },
    'push-only': { type: 'boolean', description: 'Only push waiting decisions; fetch nothing.' },
  },
  json: true,
  examples: ['moderato sync', '*/15 * * * * moderato sync --push-only >/dev/null'],
  async run(ctx) {
    ctx.args.exclusive('pull-only', 'push-only');
    const siteId = ctx.args.integer('site', 1, Number.MAX_SAFE_INTEGER);
    const mode = ctx.args.flag('pull-only') ? 'pull' : ctx.args.flag('push-only') ? 'push' : 'both';
    const sites = await ctx.call('listSites', {});
    if (sites.length === 0) {
      ctx.note('moderato: There are no sites to sync. Add one with "moderato site add --url URL --user USER".');
      return EXIT_FAILURE;
    }
    if (siteId !== undefined && !sites.some((s) => s.id === siteId)) {
      ctx.note(`moderato: There is no site ${siteId}. "moderato site list" shows the sites and their ids.`);
      return EXIT_FAILURE;
    }
    const stopProgress = await showProgress(ctx, sites);
    let runs: SyncRun[];
    try {
      runs = await ctx.call('syncNow', siteId === undefined ? { mode } : { siteId, mode });
    } finally {
      stopProgress();
    }
    return printRuns(ctx, runs, sites) ? undefined : EXIT_FAILURE;
  },
};

export const SYNC_COMMANDS: Command[] = [sync];
