// sync [--site ID] [--pull-only|--push-only]
import type { Site, SyncRun } from '../../../../shared/types';
import type { Command } from '../command';
import type { CliContext } from '../context';
import { EXIT_FAILURE } from '../exit-codes';
import { formatTable } from '../table';
import { formatNumber, say, t } from '../i18n';

/** Prints what a sync did, per site; returns true when every site went through. */
export function printRuns(ctx: CliContext, runs: readonly SyncRun[], sites: readonly Site[]): boolean {
  const name = (siteId: number): string => sites.find((s) => s.id === siteId)?.name ?? t('cli:sync.siteN', { id: siteId });
  if (ctx.json) {
    ctx.printJson(runs);
  } else {
    const lines = formatTable(
      runs,
      [
        { header: t('cli:sync.site'), value: (r) => `${r.siteId} ${name(r.siteId)}` },
        { header: t('cli:sync.new'), value: (r) => formatNumber(r.newCount), right: true },
        { header: t('cli:sync.changed'), value: (r) => formatNumber(r.changedCount), right: true },
        { header: t('cli:sync.gone'), value: (r) => formatNumber(r.goneCount), right: true },
        { header: t('cli:sync.pushed'), value: (r) => formatNumber(r.pushedCount), right: true },
        { header: t('cli:sync.failed'), value: (r) => formatNumber(r.failedCount), right: true },
        // The reason goes to stderr, once, as the one line a cron mail shows.
        { header: t('cli:sync.result'), value: (r) => t(r.error ? 'cli:sync.resultFailed' : r.failedCount > 0 ? 'cli:sync.resultSomeFailed' : 'cli:sync.resultOk') },
      ],
      null,
    );
    for (const line of lines) ctx.out(line);
  }
  let ok = true;
  for (const run of runs) {
    if (run.error) {
      ok = false;
      ctx.note(`moderato: ${t('cli:sync.siteFailed', { site: name(run.siteId), problem: say({ message: run.error, code: run.errorCode, params: run.errorParams }) })}`);
    } else if (run.failedCount > 0) {
      ok = false;
      ctx.note(`moderato: ${t('cli:sync.notPushed', { site: name(run.siteId), count: run.failedCount })}`);
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
    const name = sites.find((s) => s.id === event.siteId)?.name ?? t('cli:sync.siteN', { id: event.siteId });
    const total = event.total === null ? '' : `/${formatNumber(event.total)}`;
    ctx.io.stderr.write(`\r\u001b[2K${name}: ${t(`cli:sync.${event.phase}`)} ${formatNumber(event.done)}${total}`);
    shown = true;
  });
  return () => {
    off();
    if (shown) ctx.io.stderr.write('\r\u001b[2K');
  };
}

const sync: Command = {
  name: 'sync',
  usage: 'sync [--site ID] [--pull-only|--push-only]',
  options: {
    site: { type: 'string', value: 'ID' },
    'pull-only': { type: 'boolean' },
    'push-only': { type: 'boolean' },
  },
  json: true,
  examples: ['moderato sync', '*/15 * * * * moderato sync --push-only >/dev/null'],
  async run(ctx) {
    ctx.args.exclusive('pull-only', 'push-only');
    const siteId = ctx.args.integer('site', 1, Number.MAX_SAFE_INTEGER);
    const mode = ctx.args.flag('pull-only') ? 'pull' : ctx.args.flag('push-only') ? 'push' : 'both';
    const sites = await ctx.call('listSites', {});
    if (sites.length === 0) {
      ctx.note(`moderato: ${t('cli:sync.noSites')}`);
      return EXIT_FAILURE;
    }
    if (siteId !== undefined && !sites.some((s) => s.id === siteId)) {
      ctx.note(`moderato: ${t('cli:errors.noSite', { id: siteId })}`);
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
