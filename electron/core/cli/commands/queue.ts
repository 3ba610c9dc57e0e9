// queue (the list) and show (one comment with its flags, post, thread and author)
import type { CommentDetail, CommentSummary, QueuePage } from '../../../../shared/types';
import type { Command } from '../command';
import { REMOTE_OPTIONS, commentIds } from '../comment-ids';
import type { CliContext } from '../context';
import { UsageError } from '../exit-codes';
import { highlight } from '../highlight';
import { formatTable, oneLine, plural, shortDate } from '../table';
import { cliFlagText, cliTranslate } from '../language';

const STATUSES = ['pending', 'approved', 'spam', 'trash', 'all'] as const;
const SORTS = ['newest', 'oldest', 'spam'] as const;
const PAGE = 500;

/** Status as the user sees it, marked when a decision has not reached the site yet (*) or failed (!). */
function statusCell(c: CommentSummary): string {
  return `${c.localStatus}${c.failedReason ? '!' : c.pendingAction ? '*' : ''}`;
}

function score(value: number): string {
  return value.toFixed(1);
}

const queue: Command = {
  name: 'queue',
  summary: 'List comments: pending by default, newest first.',
  usage: 'queue [--site ID] [--status STATUS] [--flagged] [--unreplied | --likely-fine] [--search TEXT] [--sort ORDER] [--limit N]',
  details: [
    'IDs are local ids (use them with show, approve, spam…). In STATUS, * marks a decision not yet pushed to the site and ! one that failed (see "moderato outbox --failed").',
  ],
  options: {
    site: { type: 'string', value: 'ID', description: 'Only this site.' },
    status: { type: 'string', value: 'STATUS', description: 'pending (default), approved, spam, trash or all.' },
    flagged: { type: 'boolean', description: 'Only comments with at least one flag.' },
    unreplied: {
      type: 'boolean',
      description: 'Approved comments of the last days (the unrepliedDays setting, 90 by default) that no user of the site has answered.',
    },
    'likely-fine': { type: 'boolean', description: 'Pending comments with no warning, from authors the site has approved before.' },
    search: { type: 'string', value: 'TEXT', description: 'Only comments whose author or text contains TEXT.' },
    sort: { type: 'string', value: 'ORDER', description: 'newest (default), oldest, or spam (most likely spam first).' },
    limit: { type: 'string', value: 'N', description: 'Show at most N comments (default 50).' },
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
      page = await ctx.call('listQueue', { filter, cursor, limit: Math.min(PAGE, limit - items.length) });
      items.push(...page.items);
      cursor = page.next;
    } while (cursor && items.length < limit);
    if (ctx.json) return ctx.printJson(items);
    if (items.length === 0) {
      ctx.out(
        unreplied
          ? 'Every reader has an answer.'
          : likelyFine
            ? 'No comment is likely fine right now.'
            : status === 'pending'
              ? 'Nothing waiting for moderation.'
              : 'No comments match.',
      );
      return;
    }
    const width = ctx.io.stdout.isTTY ? (ctx.io.stdout.columns ?? 120) : null;
    const lines = formatTable(
      items,
      [
        { header: 'ID', value: (c) => String(c.id), right: true },
        { header: 'SITE', value: (c) => c.siteName },
        { header: 'DATE', value: (c) => shortDate(c.date) },
        { header: 'AUTHOR', value: (c) => truncateName(c.authorName || '(anonymous)') },
        { header: 'STATUS', value: statusCell },
        { header: 'SCORE', value: (c) => score(c.score), right: true },
        { header: 'FLAGS', value: (c) => `${c.flagCount}${c.likelySpam ? ' spam?' : ''}` },
        { header: 'EXCERPT', value: (c) => (c.type === 'comment' ? c.excerpt : `[${c.type}] ${c.excerpt}`) },
      ],
      width,
    );
    for (const line of lines) ctx.out(line);
    if (page.next) ctx.note(`Showing the first ${plural(items.length, 'comment')}; add --limit N to see more.`);
  },
};

function truncateName(name: string): string {
  const chars = [...oneLine(name)];
  return chars.length > 24 ? `${chars.slice(0, 23).join('')}…` : chars.join('');
}

function threadLine(c: CommentSummary, depth: number): string {
  return `${'  '.repeat(depth + 1)}${c.id} ${c.authorName || '(anonymous)'}, ${shortDate(c.date)}, ${c.localStatus}: ${oneLine(c.excerpt)}`;
}

function printDetail(ctx: CliContext, c: CommentDetail): void {
  const color = ctx.color;
  ctx.out(`Comment ${c.id} (#${c.remoteId} on ${c.siteName}), ${c.localStatus}${c.localStatus !== c.serverStatus ? ` (on the site: ${c.serverStatus})` : ''}`);
  const who = [c.authorName || '(anonymous)', c.authorEmail && `<${c.authorEmail}>`, c.authorUrl].filter(Boolean).join(' ');
  const authorSpans = c.flags.flatMap((f) => f.spans ?? []).filter((s) => s.field === 'author_name');
  ctx.out(`By ${authorSpans.length ? highlight(c.authorName, authorSpans, color) + who.slice(c.authorName.length) : who}${c.authorIp ? `, IP ${c.authorIp}` : ''}`);
  ctx.out(`On ${shortDate(c.date)}${c.type === 'comment' ? '' : ` (${c.type})`}${c.link ? `, ${c.link}` : ''}`);
  if (c.post) ctx.out(`Post: ${c.post.title || '(untitled)'} ${c.post.link}`);
  const probability = c.spamProbability === null ? '' : `; the learned filter says ${Math.round(c.spamProbability * 100)}% spam`;
  ctx.out(`Score ${score(c.score)}${c.likelySpam ? ', likely spam' : ''}${probability}`);
  if (c.failedReason) ctx.out(`Push failed: ${c.failedReason}`);
  else if (c.pendingAction) ctx.out(`Waiting to be pushed: ${c.pendingAction}`);

  ctx.out('');
  const t = cliTranslate(ctx.io.env);
  if (c.flags.length === 0) ctx.out(t('cli:flagsNone'));
  else {
    ctx.out(t('cli:flags'));
    for (const flag of c.flags) {
      const sign = flag.weight > 0 ? '+' : '';
      const terms = flag.spans?.length ? ` [${[...new Set(flag.spans.map((s) => s.term))].join(', ')}]` : '';
      ctx.out(`  ${`${sign}${flag.weight.toFixed(1)}`.padStart(5)}  ${cliFlagText(t, flag)}${flag.note ? t('cli:context') : ''}${terms}`);
    }
  }

  if (c.parents.length > 0) {
    ctx.out('');
    ctx.out('In reply to:');
    c.parents.forEach((parent, depth) => ctx.out(threadLine(parent, depth)));
  }

  ctx.out('');
  ctx.out('Content:');
  const contentSpans = c.flags.flatMap((f) => f.spans ?? []).filter((s) => s.field === 'content');
  for (const line of highlight(c.contentRaw, contentSpans, color).split('\n')) ctx.out(`  ${line}`);

  if (c.replies.length > 0) {
    ctx.out('');
    ctx.out('Replies:');
    for (const reply of c.replies) ctx.out(threadLine(reply, 0));
  }

  const { local, site } = c.author;
  ctx.out('');
  ctx.out(
    `Author history (${c.author.email || c.author.name || 'no email'}): here ${local.approved} approved, ${local.pending} pending, ${local.spam} spam, ${local.trash} trash${site ? `; ${site.approved} approved on the site` : ''}.`,
  );
}

const show: Command = {
  name: 'show',
  summary: 'Show one comment: its flags with reasons, post, thread and author history.',
  usage: 'show ID [--remote --site ID]',
  details: ['Flagged words are highlighted in the content (in [[brackets]] when the output is not a colour terminal).'],
  options: { ...REMOTE_OPTIONS },
  positional: { name: 'ID', min: 1, max: 1 },
  json: true,
  async run(ctx) {
    const [id] = await commentIds(ctx);
    if (id === undefined) throw new UsageError('Missing ID.', 'show');
    const detail = await ctx.call('getComment', { id });
    if (ctx.json) return ctx.printJson(detail);
    printDetail(ctx, detail);
  },
};

export const QUEUE_COMMANDS: Command[] = [queue, show];
