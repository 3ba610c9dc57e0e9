// site add | list | remove | test
import { AppError } from '../../../../shared/errors';
import type { Site } from '../../../../shared/types';
import type { Command } from '../command';
import type { CliContext } from '../context';
import { UsageError } from '../exit-codes';
import { ENV_PASSWORD, passwordSource, readPassword } from '../password-prompt';
import { formatTable, plural, shortDate } from '../table';

const SITE_ID = { name: 'ID', min: 1, max: 1 };

async function findSite(ctx: CliContext, siteId: number): Promise<Site> {
  const site = (await ctx.call('listSites', {})).find((s) => s.id === siteId);
  if (!site) throw new AppError('not-found', `There is no site ${siteId}. "moderato site list" shows the sites and their ids.`);
  return site;
}

function siteLabel(site: Site): string {
  return site.name && site.name !== site.baseUrl ? `${site.name} (${site.baseUrl})` : site.baseUrl;
}

const add: Command = {
  name: 'site add',
  summary: 'Add a WordPress site, checking the address and the Application Password.',
  usage: 'site add --url URL --user USER',
  details: [
    `The Application Password (WordPress: Users → Profile → Application Passwords) is read from ${ENV_PASSWORD}, or asked for without echo when run at a terminal. It is never taken on the command line, where other users and the shell history could see it.`,
  ],
  options: {
    url: { type: 'string', value: 'URL', description: "The site's address, e.g. https://example.org/blog." },
    user: { type: 'string', value: 'USER', description: 'Your WordPress user name.' },
  },
  json: true,
  examples: [`${ENV_PASSWORD}='abcd efgh ijkl mnop qrst uvwx' moderato site add --url https://example.org --user admin`],
  async run(ctx) {
    const url = ctx.args.requireString('url');
    const user = ctx.args.requireString('user');
    if (passwordSource(ctx.io) === null) {
      throw new UsageError(
        `No password: set ${ENV_PASSWORD} to the site's Application Password, or run this at a terminal to type it.`,
        'site add',
      );
    }
    const password = await readPassword(ctx.io, `Application Password for ${user} at ${url}: `);
    if (!password) throw new UsageError('The password is empty.', 'site add');
    const site = await ctx.call('addSite', { url, user, password });
    if (ctx.json) return ctx.printJson(site);
    ctx.out(`Added site ${site.id}: ${siteLabel(site)}, signed in as ${site.user}.`);
    ctx.note('Next: "moderato sync" fetches the comments waiting for moderation.');
  },
};

const list: Command = {
  name: 'site list',
  summary: 'List the sites, with their ids.',
  usage: 'site list',
  json: true,
  async run(ctx) {
    const sites = await ctx.call('listSites', {});
    if (ctx.json) return ctx.printJson(sites);
    if (sites.length === 0) {
      ctx.out('No sites yet. Add one with "moderato site add --url URL --user USER".');
      return;
    }
    const lines = formatTable(
      sites,
      [
        { header: 'ID', value: (s) => String(s.id), right: true },
        { header: 'NAME', value: (s) => s.name },
        { header: 'URL', value: (s) => s.baseUrl },
        { header: 'USER', value: (s) => s.user },
        { header: 'LAST SYNC', value: (s) => shortDate(s.lastSyncAt) },
        { header: 'STATE', value: (s) => (s.pausedReason ? `paused: ${s.pausedReason}` : 'ok') },
      ],
      null,
    );
    for (const line of lines) ctx.out(line);
  },
};

const remove: Command = {
  name: 'site remove',
  summary: 'Remove a site and its local comments (nothing changes on the site).',
  usage: 'site remove ID [--force]',
  details: ['Refuses while decisions for the site are still waiting to be pushed, unless --force drops them.'],
  options: { force: { type: 'boolean', description: 'Remove even if decisions are still waiting to be pushed.' } },
  positional: SITE_ID,
  async run(ctx) {
    const [siteId] = ctx.args.ids();
    if (siteId === undefined) throw new UsageError('Missing ID.', 'site remove');
    const site = await findSite(ctx, siteId);
    const waiting = (await ctx.call('listOutbox', {})).filter(
      (a) => a.siteId === siteId && (a.state === 'queued' || a.state === 'sending' || a.state === 'failed'),
    );
    if (waiting.length > 0 && !ctx.args.flag('force')) {
      ctx.note(
        `moderato: ${plural(waiting.length, 'decision')} for ${siteLabel(site)} ${waiting.length === 1 ? 'has' : 'have'} not reached the site yet. Run "moderato sync --site ${siteId}" first, or add --force to drop ${waiting.length === 1 ? 'it' : 'them'}.`,
      );
      return 1;
    }
    await ctx.call('removeSite', { siteId });
    ctx.out(`Removed site ${siteId}: ${siteLabel(site)}. The comments on the site itself are untouched.`);
  },
};

const test: Command = {
  name: 'site test',
  summary: 'Check that a site is reachable, runs WordPress with its REST API, and that your password can moderate.',
  usage: 'site test ID',
  positional: SITE_ID,
  json: true,
  async run(ctx) {
    const [siteId] = ctx.args.ids();
    if (siteId === undefined) throw new UsageError('Missing ID.', 'site test');
    const site = await findSite(ctx, siteId);
    const result = await ctx.call('testSite', { siteId });
    if (ctx.json) return ctx.printJson(result);
    ctx.out(`Site ${siteId}, ${siteLabel(site)}, is fine: signed in as ${result.user}, allowed to moderate comments.`);
  },
};

const password: Command = {
  name: 'site password',
  summary: "Replace a site's Application Password (checked before it is saved).",
  usage: 'site password ID',
  details: [`Read from ${ENV_PASSWORD}, or asked for without echo at a terminal. A site paused by a rejected password resumes.`],
  positional: SITE_ID,
  async run(ctx) {
    const [siteId] = ctx.args.ids();
    const site = await findSite(ctx, siteId!);
    if (passwordSource(ctx.io) === null) {
      throw new UsageError(
        `No password: set ${ENV_PASSWORD} to the site's Application Password, or run this at a terminal to type it.`,
        'site password',
      );
    }
    const pw = await readPassword(ctx.io, `New Application Password for ${site.user} at ${site.baseUrl}: `);
    if (!pw) throw new UsageError('The password is empty.', 'site password');
    await ctx.call('setSitePassword', { siteId: site.id, password: pw });
    ctx.out(`Password for site ${site.id} replaced; ${siteLabel(site)} accepts it.`);
  },
};

export const SITE_COMMANDS: Command[] = [add, list, remove, test, password];
