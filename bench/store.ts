// Store speed on a fresh database of 100,000 comments over 5 sites (generated,
// mixed English and French), in a temporary folder. Prints nothing: the bench
// aggregator prints the rows.
//
//   npx tsx -e "import('./bench/store.ts').then(m=>m.run()).then(r=>console.table(r))"
import { createFlagEngine } from '../shared/flags';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Scorer } from '../electron/core/store';
import type { RemoteComment } from '../electron/core/sync/ports';
import type { CommentStatus, QueueFilter } from '../shared/types';
import { atLeast, below, median, type BenchRow } from './types';
import { mulberry32 } from './random';
import { measureIngestFloor } from './ingest-floor';

const SITES = 5;
const PER_SITE = 20_000;

const FR_WORDS =
  'le métier de community manager demande une vraie formation et beaucoup de patience avec la communauté les stagiaires ne sont pas payés assez pour gérer une crise sur les réseaux sociaux merci pour cet article très intéressant je partage votre avis'.split(
    ' ',
  );
const EN_WORDS =
  'thanks for this great post I have been pruning my roses for years and never knew about the side shoots your garden looks lovely in autumn buy cheap seo services best price online casino bonus'.split(
    ' ',
  );


/** 20,000 comments for one site; exported for probes and other benches. */
export function generateComments(site: number): RemoteComment[] {
  const rand = mulberry32(site * 7919);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const statuses: CommentStatus[] = ['pending', 'pending', 'pending', 'pending', 'pending', 'pending', 'approved', 'approved', 'spam', 'trash'];
  const start = Date.UTC(2019, 0, 1);
  return Array.from({ length: PER_SITE }, (_, i) => {
    const french = rand() < 0.5;
    const words = french ? FR_WORDS : EN_WORDS;
    const length = 8 + Math.floor(rand() * 40);
    const text = Array.from({ length }, () => pick(words)).join(' ');
    const links = rand() < 0.1 ? ' <a href="https://shop.example/p">offre</a> <a href="https://shop.example/q">deal</a>' : '';
    const author = Math.floor(rand() * 4000);
    const pingback = rand() < 0.02;
    const id = i + 1;
    return {
      id,
      post: 1 + Math.floor(rand() * 300),
      parent: i > 10 && rand() < 0.15 ? id - 1 - Math.floor(rand() * 10) : 0,
      author: 0,
      author_name: pingback ? `Un billet sur le sujet ${author}` : `${french ? 'Amélie' : 'Sam'} ${author}`,
      author_email: pingback ? '' : `reader${author}@example.${french ? 'fr' : 'com'}`,
      author_url: pingback || rand() < 0.2 ? `https://site${author % 500}.example/post` : '',
      author_ip: `198.51.${author % 200}.${author % 250}`,
      author_user_agent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36',
      date_gmt: new Date(start + i * 1_500_000 + site * 60_000).toISOString().replace('.000Z', 'Z'),
      content_raw: `${text}${links}`,
      content_rendered: `<p>${text}${links}</p>`,
      status: pick(statuses),
      type: pingback ? 'pingback' : 'comment',
      link: `https://site${site}.example/?p=1#comment-${id}`,
    };
  });
}

/** A cheap stand-in for the flag engine: links, known spammers, known authors. */
export const benchScorer: Scorer = (input, ctx) => {
  const links = (input.content.match(/<a\s/g) ?? []).length;
  const flags = [];
  if (links >= 2) flags.push({ kind: 'links' as const, reason: `${links} links`, weight: links });
  if (ctx.spamByEmail > 0) flags.push({ kind: 'known-spam-email' as const, reason: 'Email marked spam before', weight: 3 });
  if (ctx.approvedByAuthor > 0) flags.push({ kind: 'approved-author' as const, reason: 'Approved before', weight: -2 });
  const score = flags.reduce((s, f) => s + f.weight, 0);
  return { flags, score, likelySpam: score >= 3, spamProbability: null };
};

function timeMs(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function medianOf(runs: number, fn: () => void): number {
  fn(); // warm the statement cache and the page cache
  return median(Array.from({ length: runs }, () => timeMs(fn)));
}

const round = (n: number, digits = 3) => Number(n.toFixed(digits));

export async function run(options: { scorer?: Scorer } = {}): Promise<BenchRow[]> {
  const scorer = options.scorer ?? benchScorer;
  const dir = mkdtempSync(join(tmpdir(), 'moderato-bench-store-'));
  const store = openStore({ path: join(dir, 'moderato.db'), scorer });
  try {
    const rows: BenchRow[] = [];
    const sites = Array.from({ length: SITES }, (_, i) =>
      store.addSite({ baseUrl: `https://site${i + 1}.example`, restRoot: `https://site${i + 1}.example/wp-json/`, user: 'admin', name: `Site ${i + 1}` }),
    );
    // Ingest: each site's comments upserted in one transaction, flag context and scorer
    // included. Each site's data is generated just before (untimed) and dropped after, as
    // a sync holds one page at a time, not 100,000 comments.
    let ingestMs = 0;
    for (let i = 0; i < sites.length; i++) {
      const siteId = sites[i]!.id;
      const page = generateComments(i + 1);
      ingestMs += timeMs(() => store.upsertComments(siteId, page));
    }
    const total = SITES * PER_SITE;
    rows.push(atLeast('store: ingest (upsert, flag context, stand-in scorer)', Math.round(total / (ingestMs / 1000)), 'comments/s', 100_000));
    // The same comments written by bare statements, so the figure above can be read against what
    // SQLite itself allows for this schema (see ingest-floor.ts).
    const floor = measureIngestFloor(Array.from({ length: SITES }, (_, i) => generateComments(i + 1)));
    const reference = (name: string, value: number): BenchRow => ({ name, value, unit: 'comments/s', target: 'reference', pass: true });
    rows.push(reference('store: bare simple upserts into a small table, same comments', floor.simpleUpsertsPerSecond));
    rows.push(reference('store: bare inserts into the comments table with its queue indexes', floor.schemaWithoutSearchPerSecond));
    rows.push(reference('store: bare inserts into the comments table, indexes and search index', floor.schemaPerSecond));

    // Give the unsent and failed filters something to find.
    const site1 = sites[0]!.id;
    const somePending = store.listQueue({ status: 'pending', sort: 'oldest', siteId: site1 }, null, 500).items.map((c) => c.id);
    store.recordActions(somePending.slice(0, 300), 'spam');
    for (const a of store.claimActions(site1, new Date(), 60)) store.failAction(a.id, 'The site refused this action.');

    const sample = store.listQueue({ status: 'pending', sort: 'newest', siteId: sites[2]!.id }, null, 1).items[0]!;
    const filters: [string, QueueFilter][] = [
      ['pending, all sites, newest', { status: 'pending', sort: 'newest' }],
      ['pending, all sites, oldest', { status: 'pending', sort: 'oldest' }],
      ['pending, all sites, likely spam', { status: 'pending', sort: 'spam' }],
      ['pending, one site', { status: 'pending', sort: 'newest', siteId: sites[1]!.id }],
      ['approved', { status: 'approved', sort: 'newest' }],
      ['spam, one site, likely spam', { status: 'spam', sort: 'spam', siteId: sites[3]!.id }],
      ['trash', { status: 'trash', sort: 'newest' }],
      ['all statuses', { status: 'all', sort: 'newest' }],
      ['all statuses, likely spam', { status: 'all', sort: 'spam' }],
      ['flagged pending', { status: 'pending', sort: 'spam', flagged: true }],
      ['unsent actions', { status: 'all', sort: 'newest', unsent: true }],
      ['failed actions', { status: 'all', sort: 'newest', failed: true }],
      ['one post', { status: 'all', sort: 'newest', siteId: sample.siteId, postId: sample.postId }],
      ['one author', { status: 'all', sort: 'newest', authorEmail: sample.authorEmail }],
    ];
    let worst = { name: '', ms: 0 };
    for (const [name, filter] of filters) {
      const first = store.listQueue(filter, null, 50);
      // First page and a page further down (keyset from a cursor), alternately.
      let useCursor = false;
      const ms = medianOf(40, () => {
        store.listQueue(filter, useCursor ? first.next : null, 50);
        useCursor = !useCursor;
      });
      if (ms > worst.ms) worst = { name, ms };
    }
    rows.push(below(`store: queue page of 50, worst filter median (${worst.name})`, round(worst.ms), 'ms', 1));

    rows.push(below('store: sidebar counts, all filters', round(medianOf(20, () => store.getCounts())), 'ms', 10));

    // Issue 14's views at their worst: the generated comments are from 2019, so the Unreplied
    // window is widened to hold every approved one (20,000, none answered); Likely fine holds
    // every pending comment without a warning whose author has an approved one (~10,000).
    store.setUnrepliedDays(36_500);
    rows.push(
      below('store: sidebar counts, Unreplied over 20,000 approved comments', round(medianOf(20, () => store.getCounts())), 'ms', 10),
    );
    const views: [string, QueueFilter][] = [
      ['Unreplied', { status: 'approved', sort: 'newest', unreplied: true }],
      ['Unreplied, oldest', { status: 'approved', sort: 'oldest', unreplied: true }],
      ['Likely fine', { status: 'pending', sort: 'newest', likelyFine: true }],
      ['Likely fine, oldest', { status: 'pending', sort: 'oldest', likelyFine: true }],
    ];
    let worstView = { name: '', ms: 0 };
    for (const [name, filter] of views) {
      const first = store.listQueue(filter, null, 50);
      let useCursor = false;
      const ms = medianOf(40, () => {
        store.listQueue(filter, useCursor ? first.next : null, 50);
        useCursor = !useCursor;
      });
      if (ms > worstView.ms) worstView = { name, ms };
    }
    rows.push(below(`store: Unreplied / Likely fine page of 50, worst median (${worstView.name})`, round(worstView.ms), 'ms', 1));
    store.setUnrepliedDays(90);

    const searches = ['metier', 'communauté stagiaires', 'roses', 'seo', 'amelie 12'];
    const searchMs = searches.map((search) =>
      medianOf(10, () => store.listQueue({ status: 'all', sort: 'newest', search }, null, 50)),
    );
    rows.push(below('store: full-text search page of 50 (median over terms)', round(median(searchMs)), 'ms', 20));

    const ids = store.listQueue({ status: 'all', sort: 'newest' }, null, 500).items.map((c) => c.id);
    let k = 0;
    rows.push(below('store: comment with context', round(medianOf(200, () => store.getComment(ids[k++ % ids.length]!))), 'ms', 1));

    const toApprove: number[] = [];
    let cursor: string | null = null;
    while (toApprove.length < 10_000) {
      const page = store.listQueue({ status: 'pending', sort: 'newest' }, cursor, 500);
      toApprove.push(...page.items.map((c) => c.id));
      cursor = page.next;
      if (cursor === null) break;
    }
    rows.push(
      below('store: bulk approve 10,000 (local + outbox)', round(timeMs(() => store.recordActions(toApprove.slice(0, 10_000), 'approve')), 1), 'ms', 500),
    );

    // As after a word-list change: every comment's flags change, so every row is rewritten.
    store.setScorer((input, ctx, siteId) => {
      const r = scorer(input, ctx, siteId);
      return { ...r, score: r.score + 0.5 };
    });
    rows.push(below('store: reflag 100,000', round(timeMs(() => store.reflagAll()), 1), 'ms', 2000));

    // Issue 4's figure, as in the app: every comment flagged by the real engine (bundled lists,
    // signals, the store's author/IP/duplicate context); the user then blocks a word that a quarter
    // of the comments contain, and every stored comment is checked again (changed ones rewritten).
    const engine = createFlagEngine();
    store.setScorer((input, ctx) => engine.check(input, ctx));
    store.reflagAll();
    const changedEngine = createFlagEngine({ block: ['pruning'] });
    store.setScorer((input, ctx) => changedEngine.check(input, ctx));
    let changed = 0;
    const reflagMs = timeMs(() => (changed = store.reflagAll()));
    rows.push(below(`store: re-check 100,000 with the real flag engine after a list change (${changed} changed)`, round(reflagMs, 1), 'ms', 2000));

    // What a sync really pays per comment: the store with the real flag engine, on a sixth site.
    const extra = store.addSite({ baseUrl: 'https://site6.example', restRoot: 'https://site6.example/wp-json/', user: 'admin', name: 'Site 6' });
    const page = generateComments(6);
    const realIngestMs = timeMs(() => store.upsertComments(extra.id, page));
    rows.push({ name: 'store: ingest with the real flag engine (20,000 comments)', value: Math.round(page.length / (realIngestMs / 1000)), unit: 'comments/s', target: 'reported', pass: true });
    return rows;
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
