// site add | list | remove | test
import { AppError } from '../../../../shared/errors';
import type { Site } from '../../../../shared/types';
import type { Command } from '../command';
import type { CliContext } from '../context';
import { UsageError } from '../exit-codes';
import { ENV_PASSWORD, passwordSource, readPassword } from '../password-prompt';
import { formatTable } from '../table';
import { formatDate, say, t } from '../i18n';

const SITE_ID = { name: 'ID', min: 1, max: 1 };

async function findSite(ctx: CliContext, siteId: number): Promise<Site> {
  const site = (await ctx.call('listSites', {})).find((s) => s.id === siteId);
  if (!site) throw new AppError('not-found', t('cli:errors.noSite', { id: siteId }));
  return site;
}

function siteLabel(site: Site): string {
  return site.name && site.name !== site.baseUrl ? `${site.name} (${site.baseUrl})` : site.baseUrl;
}

const add: Command = {
  name: 'site add',
  usage: 'site add --url URL --user USER',
  options: {
    url: { type: 'string', value: 'URL' },
    user: { type: 'string', value: 'USER' },
  },
  json: true,
  examples: [`${ENV_PASSWORD}='abcd efgh ijkl mnop qrst uvwx' moderato site add --url https://example.org --user admin`],
  async run(ctx) {
    const url = ctx.args.requireString('url');
    const user = ctx.args.requireString('user');
    if (passwordSource(ctx.io) === null) {
      throw new UsageError(t('cli:errors.noPassword', { env: ENV_PASSWORD }), 'site add');
    }
    const password = await readPassword(ctx.io, t('cli:sites.passwordFor', { user, url }));
    if (!password) throw new UsageError(t('cli:errors.emptyPassword'), 'site add');
    const site = await ctx.call('addSite', { url, user, password });
    if (ctx.json) return ctx.printJson(site);
    ctx.out(t('cli:sites.added', { id: site.id, site: siteLabel(site), user: site.user }));
    ctx.note(t('cli:sites.next'));
  },
};

const list: Command = {
  name: 'site list',
  usage: 'site list',
  json: true,
  async run(ctx) {
    const sites = await ctx.call('listSites', {});
    if (ctx.json) return ctx.printJson(sites);
    if (sites.length === 0) {
      ctx.out(t('cli:sites.none'));
      return;
    }
    const lines = formatTable(
      sites,
      [
        { header: t('cli:sites.id'), value: (s) => String(s.id), right: true },
        { header: t('cli:sites.name'), value: (s) => s.name },
        { header: t('cli:sites.url'), value: (s) => s.baseUrl },
        { header: t('cli:sites.user'), value: (s) => s.user },
        { header: t('cli:sites.lastSync'), value: (s) => formatDate(s.lastSyncAt) },
        { header: t('cli:sites.state'), value: (s) => (s.pausedReason ? t('cli:sites.paused', { reason: say({ message: s.pausedReason, code: s.pausedCode, params: s.pausedParams }) }) : t('cli:sites.ok')) },
      ],
      null,
    );
    for (const line of lines) ctx.out(line);
  },
};

const remove: Command = {
  name: 'site remove',
  usage: 'site remove ID [--force]',
  options: { force: { type: 'boolean' } },
  positional: SITE_ID,
  async run(ctx) {
    const [siteId] = ctx.args.ids();
    if (siteId === undefined) throw new UsageError(t('cli:errors.missingArgument', { name: 'ID' }), 'site remove');
    const site = await findSite(ctx, siteId);
    const waiting = (await ctx.call('listOutbox', {})).filter(
      (a) => a.siteId === siteId && (a.state === 'queued' || a.state === 'sending' || a.state === 'failed'),
    );
    if (waiting.length > 0 && !ctx.args.flag('force')) {
      ctx.note(`moderato: ${t('cli:sites.waiting', { count: waiting.length, site: siteLabel(site), id: siteId })}`);
      return 1;
    }
    await ctx.call('removeSite', { siteId });
    ctx.out(t('cli:sites.removed', { id: siteId, site: siteLabel(site) }));
  },
};

const test: Command = {
  name: 'site test',
  usage: 'site test ID',
  positional: SITE_ID,
  json: true,
  async run(ctx) {
    const [siteId] = ctx.args.ids();
    if (siteId === undefined) throw new UsageError(t('cli:errors.missingArgument', { name: 'ID' }), 'site test');
    const site = await findSite(ctx, siteId);
    const result = await ctx.call('testSite', { siteId });
    if (ctx.json) return ctx.printJson(result);
    ctx.out(t('cli:sites.fine', { id: siteId, site: siteLabel(site), user: result.user }));
  },
};

const password: Command = {
  name: 'site password',
  usage: 'site password ID',
  positional: SITE_ID,
  async run(ctx) {
    const [siteId] = ctx.args.ids();
    const site = await findSite(ctx, siteId!);
    if (passwordSource(ctx.io) === null) {
      throw new UsageError(t('cli:errors.noPassword', { env: ENV_PASSWORD }), 'site password');
    }
    const pw = await readPassword(ctx.io, t('cli:sites.newPasswordFor', { user: site.user, url: site.baseUrl }));
    if (!pw) throw new UsageError(t('cli:errors.emptyPassword'), 'site password');
    await ctx.call('setSitePassword', { siteId: site.id, password: pw });
    ctx.out(t('cli:sites.passwordReplaced', { id: site.id, site: siteLabel(site) }));
  },
};

export const SITE_COMMANDS: Command[] = [add, list, remove, test, password];
