// Sync speed against a real WordPress on the loopback (test/wordpress/up.sh), issues 5 and 13, with
// 10,000 and then 100,000 pending comments inserted for the run (one new author each, the worst
// case for author history) and removed afterwards. In the same run, for each size:
//   - the server limit: the same listing pages the first sync reads, with the same concurrency,
//     bodies discarded — no parsing, no storing, no flagging: what the server alone allows;
//   - the naive pager: one full-object page after another (context=edit), stored the same way;
//   - Moderato's first sync into an empty database: within 1.25× of the server limit and at least
//     2× faster than the naive pager;
//   - what bounds that ratio on this machine (2 cores shared by php, MariaDB and Node): the server
//     limit's pages again beside a stand-in client that costs, as each page arrives, the CPU the
//     sync just cost Moderato per comment; with each run's CPU split (server, Moderato, others);
//   - re-sync with nothing changed (< 0.5 s) and with 10 new comments (< 1 s).
// At 100,000, the CLI's own first sync (a child process, the built `moderato`) with its peak RSS
// (< 400 MB). At 10,000, the push rows of issue 5: 1,000 approvals ≥ 2× faster than one at a time.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { atLeast, below, type BenchRow } from './types';
import { cores, cpuBetween, sampleCpu, type CpuUse } from './machine-cpu';
import { openStore, type Store } from '../electron/core/store';
import { SpamFilter } from '../electron/core/spam-filter';
import { EventBus } from '../electron/core/events';
import { FIELDS_WITHOUT_LINK, MAX_PER_PAGE, WordPressClient } from '../electron/core/sources/wordpress-client';
import { restUrl } from '../electron/core/sources/site-url';
import { mapBounded } from '../electron/core/sync/bounded';
import { syncSite, type SyncDeps } from '../electron/core/sync/sync-site';
import { pushSite } from '../electron/core/sync/push';
import { SEED_COMMENTS, SEED_POSTS } from '../test/support/sync-seed';

/** Pending comments seeded, and how many times each is measured (best kept): 100,000 once, for time. */
const SIZES = [
  { size: 10_000, rounds: 2 },
  { size: 100_000, rounds: 1 },
];
/** The sync's default: requests in flight per site. */
const CONCURRENCY = 4;
const PUSHED = 1_000;
const root = fileURLToPath(new URL('..', import.meta.url));
const SEED_SCRIPT = join(root, 'test/wordpress/seed.php');
const UP_SCRIPT = join(root, 'test/wordpress/up.sh');

interface Wp {
  url: string;
  user: string;
  appPassword: string;
  port: string;
  host: string;
}

/**
 * The bench's own WordPress: same Debian packages, MariaDB and launcher as the real-WordPress suite,
 * but on 127.0.0.2 with its own database, so a test run resetting the suite's site (127.0.0.1) in
 * the middle of a measurement cannot empty the queue being measured. A reason when impossible.
 */
const BENCH_WP = { WP_HOST: '127.0.0.2', WP_PORT: '8091', MODERATO_WP_STATE: '/var/lib/moderato-wp-bench' };

function findWordPress(): Wp | string {
  const up = spawnSync('bash', [UP_SCRIPT], { encoding: 'utf8', timeout: 10 * 60_000, env: { ...process.env, ...BENCH_WP } });
  if (up.status !== 0) return `no WordPress on 127.0.0.2 (test/wordpress/up.sh failed: ${(up.stderr || '').trim().split('\n').pop() ?? ''})`;
  const env: Record<string, string | undefined> = Object.fromEntries(
    up.stdout
      .split('\n')
      .map((line) => line.split('='))
      .filter((kv) => kv.length >= 2)
      .map(([k, ...v]) => [k!, v.join('=')]),
  );
  const url = env['WP_URL'];
  if (!url || !env['WP_USER'] || !env['WP_APP_PASSWORD']) return 'no WordPress on 127.0.0.2 (up.sh printed no WP_URL, WP_USER, WP_APP_PASSWORD)';
  return { url, user: env['WP_USER'], appPassword: env['WP_APP_PASSWORD'], port: BENCH_WP.WP_PORT, host: BENCH_WP.WP_HOST };
}

function seedPhp(wp: Wp, args: string[], input?: string): string {
  return execFileSync('php', [SEED_SCRIPT, ...args], { input, env: { ...process.env, WP_HOST: wp.host, WP_PORT: wp.port }, encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** A figure printed for comparison, with no target of its own. */
function reference(name: string, value: number, unit: string): BenchRow {
  return { name, value, unit, target: 'reference', pass: true };
}

async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { seconds: (performance.now() - start) / 1000, value };
}

const n = (x: number): string => x.toLocaleString('en-US');

/** Spends `ms` of this process's CPU time in a busy loop (a stand-in for a client's work). */
function burnCpu(ms: number): void {
  const end = clientCpuMs() + ms;
  while (clientCpuMs() < end) {
    // busy on purpose
  }
}

/**
 * The server limit: the listing pages a first sync reads (every page, then page 1 again), with the
 * same query, authentication and concurrency, each body read to the end and thrown away. With
 * `standInUsPerComment`, each page's arrival also costs that much busy CPU per comment on the
 * main thread, as storing and flagging it costs Moderato: the fastest any client of that CPU cost
 * could list these pages on this machine, whose cores the server and the client share.
 */
async function serverLimit(wp: Wp, pending: number, standInUsPerComment = 0): Promise<{ seconds: number; requests: number }> {
  const pages = Math.max(1, Math.ceil(pending / MAX_PER_PAGE));
  const order = [...Array.from({ length: pages }, (_, i) => i + 1), ...(pages > 1 ? [1] : [])];
  const authorization = `Basic ${Buffer.from(`${wp.user}:${wp.appPassword}`).toString('base64')}`;
  const { seconds } = await timed(() =>
    mapBounded(order, CONCURRENCY, async (page, i) => {
      const url = restUrl(`${wp.url}/wp-json/`, 'wp/v2/comments', {
        status: 'hold', type: 'all', page, per_page: MAX_PER_PAGE, order: 'desc', orderby: 'id', _fields: FIELDS_WITHOUT_LINK, context: 'edit',
      });
      const response = await fetch(url, { headers: { Authorization: authorization, Accept: 'application/json' } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`server limit: HTTP ${response.status} on page ${page}`);
      // The comments on that page (the sync stores page 1 once: its second reading costs nothing).
      const comments = i < pages ? Math.min(MAX_PER_PAGE, pending - (page - 1) * MAX_PER_PAGE) : 0;
      if (standInUsPerComment > 0) burnCpu((standInUsPerComment * comments) / 1000);
    }),
  );
  return { seconds, requests: order.length };
}

/**
 * CPU time (ms) used so far by the server side of the bench's WordPress: its php -S workers and
 * MariaDB, read from /proc (Linux; 0 elsewhere). MariaDB also serves the real-WordPress suite's
 * site (127.0.0.1): a test run at the same time shows up here and in no other figure.
 */
function serverCpuMs(): { php: number; db: number } {
  const ms = { php: 0, db: 0 };
  let phpMaster = '';
  try {
    phpMaster = readFileSync(join(BENCH_WP.MODERATO_WP_STATE, 'php.pid'), 'utf8').trim();
  } catch {
    return ms;
  }
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = fields[1];
      const used = (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
      if (pid === phpMaster || ppid === phpMaster) ms.php += used;
      else if (comm === 'mariadbd') ms.db += used;
    } catch {
      // A process that ended between the listing and the read.
    }
  }
  return ms;
}

const clientCpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/** Where the machine's CPU went during one measured run, in ms. */
interface CpuSpent {
  server: number;
  /** This process: Moderato's sync, or the bench's own fetching in the server-limit runs. */
  client: number;
  /** Every other process on the machine (other work on a shared host); null without /proc/stat. */
  others: number | null;
  /** Share of all cores busy during the run, 0..1; null without /proc/stat. */
  busy: number | null;
  /** Share of all cores' time the other processes took, 0..1; null without /proc/stat. */
  othersShare: number | null;
}

/** Runs `work`, measuring the server's, this process's and the rest of the machine's CPU time. */
async function withCpu<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T; cpu: CpuSpent }> {
  const server0 = serverCpuMs();
  const client0 = clientCpuMs();
  const machine0 = sampleCpu();
  const { seconds, value } = await timed(work);
  const machine = cpuBetween(machine0, sampleCpu());
  const server1 = serverCpuMs();
  const server = server1.php - server0.php + (server1.db - server0.db);
  const client = clientCpuMs() - client0;
  const others = machine ? Math.max(0, machine.busyMs - server - client) : null;
  const othersShare = machine && others !== null && machine.utilisation > 0 ? others / (machine.busyMs / machine.utilisation) : null;
  return { seconds, value, cpu: { server, client, others, busy: machine?.utilisation ?? null, othersShare } };
}

/** Peak RSS of a child process, read from /proc while it runs (Linux), in MB. */
function watchPeakRss(pid: number): () => number {
  let peakKb = 0;
  const read = (): void => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peakKb = Math.max(peakKb, Number(match[1]));
    } catch {
      // The process has exited: the last reading stands.
    }
  };
  const timer = setInterval(read, 25);
  return () => {
    clearInterval(timer);
    return peakKb / 1024;
  };
}

/** The built `moderato` in a child process; resolves with its exit code, output, wall time and peak RSS. */
function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string; seconds: number; peakMb: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(root, 'bin/moderato.cjs'), ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const peak = watchPeakRss(child.pid!);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000, peakMb: peak() }));
  });
}

export async function run(): Promise<BenchRow[]> {
  const wp = findWordPress();
  if (typeof wp === 'string') {
    return [{ name: `WordPress sync: not measured — ${wp}`, value: 0, unit: '', target: 'measured', pass: false }];
  }
  execFileSync(process.execPath, [join(root, 'scripts/build-node.mjs'), '--if-stale'], { stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'moderato-bench-sync-'));
  const stores: Store[] = [];
  const newStore = (name: string): { store: Store; siteId: number } => {
    const store = openStore({ path: join(dir, `${name}.db`) });
    // The real flag engine scores every comment as it is stored, as in the app.
    store.setScorer(new SpamFilter(store).score);
    stores.push(store);
    const site = store.addSite({ baseUrl: wp.url, restRoot: `${wp.url}/wp-json/`, user: wp.user, name: 'Bench' });
    return { store, siteId: site.id };
  };
  const closeStore = (store: Store): void => {
    store.close();
    stores.splice(stores.indexOf(store), 1);
  };
  const client = (): WordPressClient =>
    new WordPressClient({ baseUrl: wp.url, restRoot: `${wp.url}/wp-json/`, user: wp.user, appPassword: wp.appPassword, timeoutMs: 120_000 });
  const depsFor = (store: Store): SyncDeps => ({ store, events: new EventBus(), client: () => client(), concurrency: CONCURRENCY });
  const rows: BenchRow[] = [];

  try {
    seedPhp(wp, ['reset'], JSON.stringify({ posts: SEED_POSTS, comments: SEED_COMMENTS }));
    for (const { size, rounds: ROUNDS } of SIZES) {
      seedPhp(wp, ['clear-bulk']);
      seedPhp(wp, ['bulk', String(size), String(size)]);
      const onSite = await client().countComments({ status: 'hold', type: 'all' });
      const label = `${n(onSite)} pending`;

      // The machine is shared (2 cores: php, MariaDB and Node on the same host): the measurements
      // alternate, ROUNDS times, each sync into an empty database, and the best of each is kept, so
      // a swing in load hits them alike. The CPU figures are the best round's of each kind.
      type Run = { seconds: number; cpu: CpuSpent };
      const limits: Run[] = [];
      const naives: number[] = [];
      const firsts: Run[] = [];
      const standIns: (Run & { usPerComment: number })[] = [];
      let limitRequests = 0;
      let kept: { store: Store; siteId: number } | null = null;
      let firstError: string | null = null;
      for (let round = 0; round < ROUNDS; round++) {
        // Naive pager: one page after another, full objects, context=edit, stored the same way.
        const naive = newStore(`naive-${size}-${round}`);
        naives.push(
          (
            await timed(async () => {
              const c = client();
              for (let page = 1; ; page++) {
                const result = await c.listComments({ status: 'hold', type: 'all', context: 'edit', perPage: MAX_PER_PAGE, page, fields: undefined });
                naive.store.upsertComments(naive.siteId, result.items);
                if (page >= result.totalPages) break;
              }
            })
          ).seconds,
        );
        closeStore(naive.store);

        // After the naive pager, which has read every row once: MariaDB's caches and the index
        // changes a bulk insert leaves for the first reader are then behind every timed run below,
        // and the server limit, the sync and the stand-in run back to back under the same load.
        const limit = await withCpu(() => serverLimit(wp, onSite));
        limits.push(limit);
        limitRequests = limit.value.requests;

        const fresh = newStore(`moderato-${size}-${round}`);
        const first = await withCpu(() => syncSite(depsFor(fresh.store), fresh.siteId, 'pull'));
        firsts.push(first);
        firstError ??= first.value.error;
        if (kept) closeStore(kept.store);
        kept = fresh;

        // The same pages again, each costing on arrival the CPU this sync just cost Moderato per comment.
        const usPerComment = (1000 * first.cpu.client) / onSite;
        standIns.push({ ...(await withCpu(() => serverLimit(wp, onSite, usPerComment))), usPerComment });
      }
      const fresh = kept!;
      const fastest = <R extends { seconds: number }>(runs: R[]): R => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
      const limit = fastest(limits);
      const first = fastest(firsts);
      const standIn = fastest(standIns);
      const naiveBest = Math.min(...naives);
      const stored = fresh.store.pendingRemoteIds(fresh.siteId).size;
      rows.push(reference(`${label}: server limit (${n(limitRequests)} listing pages, ${CONCURRENCY} in flight, no client work; best of ${ROUNDS})`, limit.seconds, 's'));
      rows.push(reference(`${label}: naive pager (1 request at a time, full objects; best of ${ROUNDS})`, naiveBest, 's'));
      rows.push(reference(`${label}: first sync into an empty database (best of ${ROUNDS}; ${n(stored)} stored)`, first.seconds, 's'));
      rows.push(below(`${label}: first sync ÷ server limit`, first.seconds / limit.seconds, '×', 1.25));
      // What bounds that ratio on a machine whose cores server and client share: the same pages
      // listed by a client that does nothing but cost, on each page's arrival, the CPU Moderato's
      // sync cost per comment in this run. The first sync cannot beat it without costing less CPU.
      rows.push(
        reference(
          `${label}: bound of this machine for that ratio: the server limit beside a stand-in client costing Moderato's ${Math.round(standIn.usPerComment)} µs of CPU per comment ÷ server limit`,
          standIn.seconds / limit.seconds,
          '×',
        ),
      );
      rows.push(reference(`${label}: first sync ÷ that stand-in (what the sync's pipeline loses beyond its CPU cost)`, first.seconds / standIn.seconds, '×'));
      // The same bound from CPU time rather than wall time (steadier when other work comes and goes):
      // with every core busy, a run lasts its CPU time over the cores, so the sync cannot beat the
      // limit by less than the ratio of their CPU (server + this process) per comment.
      rows.push(
        reference(
          `${label}: bound of this machine from CPU time: (server + Moderato CPU, first sync) ÷ (server + bench CPU, server limit)`,
          (first.cpu.server + first.cpu.client) / (limit.cpu.server + limit.cpu.client),
          '×',
        ),
      );
      // Other engineers' work on this shared machine takes the cores from one run more than another:
      // each run's time scaled to the share of the cores it had (both runs keep every core busy).
      if (first.cpu.othersShare !== null && limit.cpu.othersShare !== null) {
        rows.push(
          reference(
            `${label}: first sync ÷ server limit, each run's time scaled to the cores other processes left it (${Math.round(100 * first.cpu.othersShare)}% and ${Math.round(100 * limit.cpu.othersShare)}% taken)`,
            (first.seconds * (1 - first.cpu.othersShare)) / (limit.seconds * (1 - limit.cpu.othersShare)),
            '×',
          ),
        );
      }
      rows.push(atLeast(`${label}: first sync speed-up over the naive pager`, naiveBest / first.seconds, '×', 2));
      // What bounds the speed-up: a sync that cost the client nothing would run at the server limit.
      rows.push(reference(`${label}: speed-up ceiling (naive pager ÷ server limit)`, naiveBest / limit.seconds, '×'));
      if (limit.cpu.server > 0) {
        const perComment = (ms: number): number => Math.round((1000 * ms) / onSite);
        const busy = (run: Run): string =>
          run.cpu.busy === null ? '' : `; ${Math.round(100 * run.cpu.busy)}% of ${cores} cores busy, other processes ${perComment(run.cpu.others ?? 0)} µs a comment`;
        rows.push(reference(`${label}: server CPU per comment (php + MariaDB), server-limit run${busy(limit)}`, perComment(limit.cpu.server), 'µs'));
        rows.push(reference(`${label}: server CPU per comment, first sync${busy(first)}`, perComment(first.cpu.server), 'µs'));
        rows.push(reference(`${label}: server CPU per comment, stand-in client run${busy(standIn)}`, perComment(standIn.cpu.server), 'µs'));
        rows.push(reference(`${label}: Moderato's own CPU per comment, first sync (fetch, parse, flag, store)`, perComment(first.cpu.client), 'µs'));
      }
      if (stored !== onSite || firstError) {
        rows.push({ name: `${label}: first sync stored every pending comment (${stored} of ${onSite}${firstError ? `; ${firstError}` : ''})`, value: 0, unit: '', target: 'all', pass: false });
      }

      // What bounds a re-sync: the cheap check alone (page 1 of the ids, with X-WP-Total) takes this.
      const check = await timed(() => client().listCommentIds({ status: 'hold', type: 'all', orderby: 'id', order: 'desc', perPage: MAX_PER_PAGE, page: 1 }));
      rows.push(reference(`${label}: one request, the re-sync's cheap check alone`, check.seconds, 's'));
      const unchanged = await timed(() => syncSite(depsFor(fresh.store), fresh.siteId, 'pull'));
      rows.push(below(`${label}: re-sync, nothing changed`, unchanged.seconds, 's', 0.5));
      seedPhp(wp, ['bulk', '10']);
      const tenNew = await timed(() => syncSite(depsFor(fresh.store), fresh.siteId, 'pull'));
      rows.push(below(`${label}: re-sync with 10 new comments (${tenNew.value.newCount} new)`, tenNew.seconds, 's', 1));

      if (size === SIZES[0]!.size) rows.push(...(await pushRows(fresh, client)));
      closeStore(fresh.store);

      if (size === SIZES.at(-1)!.size) rows.push(...(await cliFirstSync(wp, dir, size + 10)));
    }
  } finally {
    for (const s of stores) s.close();
    rmSync(dir, { recursive: true, force: true });
    try {
      seedPhp(wp, ['clear-bulk']);
    } catch {
      // Leaving bulk rows behind only slows the next run; the real-WordPress suite resets anyway.
    }
  }
  return rows;
}

/** The CLI's first sync of the whole queue, as a user runs it: wall time and peak memory. */
async function cliFirstSync(wp: Wp, dir: string, pending: number): Promise<BenchRow[]> {
  const db = join(dir, 'cli', 'moderato.db');
  const env = { ...process.env, MODERATO_APP_PASSWORD: wp.appPassword, NO_COLOR: '1' };
  const added = await runCli(['--db', db, 'site', 'add', '--url', wp.url, '--user', wp.user], env);
  if (added.code !== 0) throw new Error(`moderato site add failed: ${added.stderr.trim()}`);
  const synced = await runCli(['--db', db, 'sync'], env);
  if (synced.code !== 0) throw new Error(`moderato sync failed: ${synced.stderr.trim()}`);
  return [
    reference(`CLI first sync of ${n(pending)} pending (moderato sync, process start to exit)`, synced.seconds, 's'),
    below(`CLI first sync of ${n(pending)} pending: peak RSS`, Math.round(synced.peakMb), 'MB', 400),
  ];
}

/**
 * 1,000 approvals 4 comments at a time and 1,000 others one at a time, in alternating halves of 500
 * so load swings hit both. In the parallel batch 50 comments get "approve then spam": ending as
 * spam proves the order per comment held.
 */
async function pushRows(fresh: { store: Store; siteId: number }, client: () => WordPressClient): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const queue = fresh.store.listQueue({ status: 'pending', siteId: fresh.siteId, sort: 'oldest' }, null, 2 * PUSHED).items;
  const parallelBatch = queue.slice(0, PUSHED);
  const serialBatch = queue.slice(PUSHED, 2 * PUSHED);
  const ordered = parallelBatch.slice(0, 50);
  const half = PUSHED / 2;
  let serialSeconds = 0;
  let parallelSeconds = 0;
  let serialSent = 0;
  let parallelSent = 0;
  const serialCpu: CpuUse[] = [];
  const parallelCpu: CpuUse[] = [];
  const measured = async (concurrency: number, cpu: CpuUse[]): Promise<{ seconds: number; sent: number }> => {
    const before = sampleCpu();
    const push = await timed(() => pushSite(fresh.store, client(), fresh.siteId, { concurrency }));
    const use = cpuBetween(before, sampleCpu());
    if (use) cpu.push(use);
    return { seconds: push.seconds, sent: push.value.pushed };
  };
  for (let part = 0; part < 2; part++) {
    fresh.store.recordActions(serialBatch.slice(part * half, (part + 1) * half).map((c) => c.id), 'approve');
    const serial = await measured(1, serialCpu);
    serialSeconds += serial.seconds;
    serialSent += serial.sent;
    const mine = parallelBatch.slice(part * half, (part + 1) * half);
    fresh.store.recordActions(mine.map((c) => c.id), 'approve');
    fresh.store.recordActions(ordered.filter((o) => mine.includes(o)).map((c) => c.id), 'spam');
    const parallel = await measured(4, parallelCpu);
    parallelSeconds += parallel.seconds;
    parallelSent += parallel.sent;
  }
  rows.push(reference(`push ${PUSHED} approvals one at a time (${serialSent} sent)`, serialSeconds, 's'));
  rows.push(reference(`push ${PUSHED} approvals + 50 later spams, 4 comments at a time (${parallelSent} sent)`, parallelSeconds, 's'));
  rows.push(atLeast('actions pushed in the parallel run', parallelSent, 'actions', PUSHED + 50));
  // Per action, so the 50 extra spams do not flatter the parallel run.
  const speedUp = serialSeconds / serialSent / (parallelSeconds / parallelSent);
  rows.push(atLeast('push speed-up over one at a time (per action)', speedUp, '×', 2));
  if (serialCpu.length === 2 && parallelCpu.length === 2) {
    // WordPress, MariaDB and Moderato share this machine's cores. Once the parallel run keeps every
    // core busy it cannot beat (machine CPU per action) / cores per action, whatever the client does:
    // that bound, next to the speed-up, says whether the client or the hardware is the limit.
    const sum = (xs: CpuUse[]) => xs.reduce((a, x) => a + x.busyMs, 0);
    const serialCpuPerAction = sum(serialCpu) / serialSent;
    const parallelCpuPerAction = sum(parallelCpu) / parallelSent;
    const utilisation = (xs: CpuUse[]) => Math.round((100 * xs.reduce((a, x) => a + x.utilisation, 0)) / xs.length);
    rows.push(reference(`machine CPU per action, one at a time (${utilisation(serialCpu)}% of ${cores} cores busy)`, serialCpuPerAction, 'ms'));
    rows.push(reference(`machine CPU per action, 4 at a time (${utilisation(parallelCpu)}% of ${cores} cores busy)`, parallelCpuPerAction, 'ms'));
    const ceiling = (serialSeconds * 1000) / serialSent / (parallelCpuPerAction / cores);
    rows.push(reference(`push speed-up ceiling with every core busy (${Math.round((100 * speedUp) / ceiling)}% reached)`, ceiling, '×'));
  }
  const after = await client().getComments(ordered.map((c) => c.remoteId));
  const keptOrder = after.filter((c) => c.status === 'spam').length;
  rows.push(atLeast('comments whose "approve then spam" ended as spam (order kept)', keptOrder, `of ${ordered.length}`, ordered.length));
  return rows;
}
