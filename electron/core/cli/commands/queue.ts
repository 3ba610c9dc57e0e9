// queue (the list) and show (one comment with its flags, post, thread and author)
import type { CommentDetail, CommentSummary, QueuePage } from '../../../../shared/types';
import type { Command } from '../command';
import { REMOTE_OPTIONS, commentIds } from '../comment-ids';
import type { CliContext } from '../context';
import { UsageError } from '../exit-codes';
import { highlight } from '../highlight';
import { formatTable, oneLine } from '../table';
import { cliFlagText } from '../language';
import { formatDate, formatNumber, say, t } from '../i18n';

const STATUSES = ['pending', 'approved', 'spam', 'trash', 'all'] as const;
const SORTS = ['newest', 'oldest', 'spam'] as const;
const PAGE = 500;

/** Status as the user sees it, marked when a decision has not reached the site yet (*) or failed (!). */
function statusCell(c: CommentSummary): string {
  return `${statusWord(c.localStatus)}${c.failedReason ? '!' : c.pendingAction ? '*' : ''}`;
}

function statusWord(status: string): string {
  return t(`cli:status.${status}`, { defaultValue: status });
}

function score(value: number): string {
  return formatNumber(value, 1);
}

const queue: Command = {
  name: 'queue',
  usage: 'queue [--site ID] [--status STATUS] [--flagged] [--unreplied | --likely-fine] [--search TEXT] [--sort ORDER] [--limit N]',
  options: {
    site: { type: 'string', value: 'ID' },
    status: { type: 'string', value: 'STATUS' },
    flagged: { type: 'boolean' },
    unreplied: { type: 'boolean' },
    'likely-fine': { type: 'boolean' },
    search: { type: 'string', value: 'TEXT' },
    sort: { type: 'string', value: 'ORDER' },
    limit: { type: 'string', value: 'N' },
  },
  json: true,
  examples: [
    'moderato queue --flagged --sort spam',
    'moderato queue --status all --search "casino" --json',
    'moderato queue --unreplied',
    'moderato approve $(moderato queue --likely-fine --json | jq -r ".[].id")',
  ],
  async run(ctx) {
    ctx.args.exclusive('unreplied', 'likely-fine');
    const unreplied = ctx.args.flag('unreplied');
    const likelyFine = ctx.args.flag('likely-fine');
    const siteId = ctx.args.integer('site', 1, Number.MAX_SAFE_INTEGER);
    // Unreplied comments are approved ones: that is the status to read unless another is asked for.
    const status = ctx.args.choice('status', STATUSES) ?? (unreplied ? 'approved' : 'pending');
    const sort = ctx.args.choice('sort', SORTS) ?? 'newest';
    const limit = ctx.args.integer('limit', 1, 1_000_000) ?? 50;
    const search = ctx.args.string('search');
    const filter = {
      status,
      sort,
      ...(siteId === undefined ? {} : { siteId }),
      ...(ctx.args.flag('flagged') ? { flagged: true } : {}),
      ...(unreplied ? { unreplied: true } : {}),
      ...(likelyFine ? { likelyFine: true } : {}),
      ...(search === undefined ? {} : { search }),
    };
    const items: CommentSummary[] = [];
    let page: QueuePage = { items: [], next: null };
    let cursor: string | null = null;
    do {
      page = await ctx.listQueue({ filter, cursor, limit: Math.min(PAGE, limit - items.length) });
      items.push(...page.items);
      cursor = page.next;
    } while (cursor && items.length < limit);
    if (ctx.json) return ctx.printJson(items);
    if (items.length === 0) {
      ctx.out(
        t(unreplied ? 'cli:queue.allAnswered' : likelyFine ? 'cli:queue.noneLikelyFine' : status === 'pending' ? 'cli:queue.nothingPending' : 'cli:queue.noMatch'),
      );
      return;
    }
    const width = ctx.io.stdout.isTTY ? (ctx.io.stdout.columns ?? 120) : null;
    const lines = formatTable(
      items,
      [
        { header: t('cli:queue.id'), value: (c) => String(c.id), right: true },
        { header: t('cli:queue.site'), value: (c) => c.siteName },
        { header: t('cli:queue.date'), value: (c) => formatDate(c.date) },
        { header: t('cli:queue.author'), value: (c) => truncateName(c.authorName || t('cli:queue.anonymous')) },
        { header: t('cli:queue.status'), value: statusCell },
        { header: t('cli:queue.score'), value: (c) => score(c.score), right: true },
        { header: t('cli:queue.flags'), value: (c) => `${c.flagCount}${c.likelySpam ? t('cli:queue.spamMark') : ''}` },
        { header: t('cli:queue.excerpt'), value: (c) => (c.type === 'comment' ? c.excerpt : `[${c.type}] ${c.excerpt}`) },
      ],
      width,
    );
    for (const line of lines) ctx.out(line);
    if (page.next) ctx.note(t('cli:queue.more', { count: items.length }));
  },
};

function truncateName(name: string): string {
  const chars = [...oneLine(name)];
  return chars.length > 24 ? `${chars.slice(0, 23).join('')}…` : chars.join('');
}

function threadLine(c: CommentSummary, depth: number): string {
  return `${'  '.repeat(depth + 1)}${c.id} ${c.authorName || t('cli:queue.anonymous')}, ${formatDate(c.date)}, ${statusWord(c.localStatus)}: ${oneLine(c.excerpt)}`;
}

function printDetail(ctx: CliContext, c: CommentDetail): void {
  const color = ctx.color;
  const onSite = c.localStatus !== c.serverStatus ? t('cli:show.onSite', { status: statusWord(c.serverStatus) }) : '';
  ctx.out(t('cli:show.title', { id: c.id, remoteId: c.remoteId, site: c.siteName, status: statusWord(c.localStatus) }) + onSite);
  const who = [c.authorName || t('cli:queue.anonymous'), c.authorEmail && `<${c.authorEmail}>`, c.authorUrl].filter(Boolean).join(' ');
  const authorSpans = c.flags.flatMap((f) => f.spans ?? []).filter((s) => s.field === 'author_name');
  const shownWho = authorSpans.length ? highlight(c.authorName, authorSpans, color) + who.slice(c.authorName.length) : who;
  ctx.out(t('cli:show.by', { who: shownWho }) + (c.authorIp ? t('cli:show.ip', { ip: c.authorIp }) : ''));
  ctx.out(`${t('cli:show.on', { date: formatDate(c.date) })}${c.type === 'comment' ? '' : ` (${c.type})`}${c.link ? `, ${c.link}` : ''}`);
  if (c.post) ctx.out(t('cli:show.post', { title: c.post.title || t('cli:show.untitled'), link: c.post.link }));
  const probability = c.spamProbability === null ? '' : t('cli:show.learned', { percent: Math.round(c.spamProbability * 100) });
  ctx.out(`${t('cli:show.score', { score: score(c.score) })}${c.likelySpam ? t('cli:show.likelySpam') : ''}${probability}`);
  if (c.failedReason) ctx.out(t('cli:show.pushFailed', { reason: say({ message: c.failedReason, code: c.failedCode, params: c.failedParams }) }));
  else if (c.pendingAction) ctx.out(t('cli:show.waiting', { action: t(`cli:actionKind.${c.pendingAction}`) }));

  ctx.out('');
  if (c.flags.length === 0) ctx.out(t('cli:flagsNone'));
  else {
    ctx.out(t('cli:flags'));
    for (const flag of c.flags) {
      const sign = flag.weight > 0 ? '+' : '';
      const terms = flag.spans?.length ? ` [${[...new Set(flag.spans.map((s) => s.term))].join(', ')}]` : '';
      ctx.out(`  ${`${sign}${formatNumber(flag.weight, 1)}`.padStart(5)}  ${cliFlagText(flag)}${flag.note ? t('cli:context') : ''}${terms}`);
    }
  }

  if (c.parents.length > 0) {
    ctx.out('');
    ctx.out(t('cli:show.inReplyTo'));
    c.parents.forEach((parent, depth) => ctx.out(threadLine(parent, depth)));
  }

  ctx.out('');
  ctx.out(t('cli:show.content'));
  const contentSpans = c.flags.flatMap((f) => f.spans ?? []).filter((s) => s.field === 'content');
  for (const line of highlight(c.contentRaw, contentSpans, color).split('\n')) ctx.out(`  ${line}`);

  if (c.replies.length > 0) {
    ctx.out('');
    ctx.out(t('cli:show.replies'));
    for (const reply of c.replies) ctx.out(threadLine(reply, 0));
  }

  const { local, site } = c.author;
  ctx.out('');
  const history = { who: c.author.email || c.author.name || t('cli:show.noEmail'), ...local };
  ctx.out(site ? t('cli:show.historySite', { ...history, siteApproved: site.approved }) : t('cli:show.history', history));
}

const show: Command = {
  name: 'show',
  usage: 'show ID [--remote --site ID]',
  options: { ...REMOTE_OPTIONS },
  positional: { name: 'ID', min: 1, max: 1 },
  json: true,
  async run(ctx) {
    const [id] = await commentIds(ctx);
    if (id === undefined) throw new UsageError(t('cli:errors.missingArgument', { name: 'ID' }), 'show');
    const detail = await ctx.call('getComment', { id });
    if (ctx.json) return ctx.printJson(detail);
    printDetail(ctx, detail);
  },
};

export const QUEUE_COMMANDS: Command[] = [queue, show];
