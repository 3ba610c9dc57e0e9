// Issue 11, core side: does a sync hold up the thread that answers the window?
// A 100,000-comment database, the web host in its own process, and a sync of
// 10,000 new comments from a WordPress stand-in. Meanwhile the bench asks, one
// request at a time, for a comment's detail (getComment, what the pane needs after
// a key press) and for the page (its head answered by the HTTP thread alone, its first
// view by the read worker: electron/core/web/page.ts), and times
// each answer: with the service in the HTTP thread (as before), in one worker, and
// in its worker with the read worker beside it (as `npm run web` and the app run now).
//
//   npm run bench -- core thread
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SpamFilter } from '../electron/core/spam-filter';
import { openStore } from '../electron/core/store';
import { ADMIN, FakeWordPress } from '../test/support/fake-wordpress';
import { generateComments } from './store';
import { below, median, type BenchRow } from './types';

const repoRoot = resolve(import.meta.dirname, '..');
const OFFLINE_SITES = 5; // 5 × 20,000 comments already in the store
const SYNC_COMMENTS = 10_000;
const IDLE_REQUESTS = 200;
/** Between two requests, as between two key presses in a fast burst. */
const GAP_MS = 5;

type Mode = 'in-thread' | 'worker' | 'workers';

interface Host {
  url: string;
  token: string;
  child: ChildProcess;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number) => Number(n.toFixed(1));

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
}

/** 100,000 comments flagged by the real engine, on sites that cannot be reached. */
function seedDatabase(dbPath: string): void {
  const store = openStore({ path: dbPath });
  try {
    store.setScorer(new SpamFilter(store).score);
    for (let i = 1; i <= OFFLINE_SITES; i++) {
      const baseUrl = `http://127.0.0.1:9/site-${i}`;
      const site = store.addSite({ baseUrl, restRoot: `${baseUrl}/wp-json/`, user: 'admin', name: `Blog ${i}` });
      store.upsertComments(site.id, generateComments(i));
    }
  } finally {
    store.close();
  }
}

async function startHost(dbPath: string, mode: Mode): Promise<Host> {
  const tsx = createRequire(import.meta.url).resolve('tsx');
  const child = spawn(process.execPath, ['--import', tsx, join(repoRoot, 'bench/core-thread-host.ts'), '--db', dbPath, '--mode', mode], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolveLine, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const found = /^HOST (\S+) (\S+)$/m.exec(out);
      if (found) resolveLine(found[0]);
    });
    child.once('exit', (code) => reject(new Error(`the bench web host exited with ${code}`)));
  });
  const [, url, token] = line.split(' ');
  return { url: url!, token: token!, child };
}

async function stopHost(host: Host): Promise<void> {
  if (host.child.exitCode !== null) return;
  const exited = new Promise((r) => host.child.once('exit', r));
  host.child.kill('SIGTERM');
  await exited;
}

async function call(host: Host, method: string, input: unknown): Promise<unknown> {
  const res = await fetch(`${host.url}api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** The page: when its first byte came (the HTTP thread's own answer) and when all of it had (its first view in it), in ms. */
async function page(host: Host): Promise<{ firstByte: number; whole: number }> {
  const start = performance.now();
  const res = await fetch(host.url, { headers: { authorization: `Bearer ${host.token}` } });
  const firstByte = performance.now() - start;
  await res.text();
  if (res.status !== 200) throw new Error(`the page answered ${res.status}`);
  return { firstByte, whole: performance.now() - start };
}

interface ModeRun {
  idle: number[];
  detail: number[];
  page: number[];
  pageFirstByte: number[];
  syncSeconds: number;
}

async function measure(dbPath: string, mode: Mode, wordpress: FakeWordPress): Promise<ModeRun> {
  const host = await startHost(dbPath, mode);
  try {
    let next = 1;
    const someComment = () => ({ id: 1 + ((next++ * 7919) % (OFFLINE_SITES * 20_000)) });
    const site = (await call(host, 'addSite', { url: wordpress.url, user: ADMIN.login, password: ADMIN.appPassword })) as { id: number };
    const detail: number[] = [];
    const pageTimes: number[] = [];
    const pageFirstBytes: number[] = [];
    let done = false;
    const syncStart = performance.now();
    const sync = call(host, 'syncNow', { siteId: site.id, mode: 'pull' }).finally(() => (done = true));
    // Two moderators' worth of requests while the sync runs: the pane's detail, and the page.
    const details = (async () => {
      while (!done) {
        detail.push(await timed(() => call(host, 'getComment', someComment())));
        await sleep(GAP_MS);
      }
    })();
    const pages = (async () => {
      while (!done) {
        const { firstByte, whole } = await page(host);
        pageFirstBytes.push(firstByte);
        pageTimes.push(whole);
        await sleep(GAP_MS);
      }
    })();
    const runs = (await sync) as Array<{ newCount: number; error: string | null }>;
    const syncSeconds = (performance.now() - syncStart) / 1000;
    await Promise.all([details, pages]);
    // The same requests once the sync is over (and every worker has long finished starting).
    const idle: number[] = [];
    for (let i = 0; i < IDLE_REQUESTS; i++) idle.push(await timed(() => call(host, 'getComment', someComment())));
    if (runs[0]?.error || (runs[0]?.newCount ?? 0) < SYNC_COMMENTS) {
      throw new Error(`the sync did not bring the ${SYNC_COMMENTS} comments (${JSON.stringify(runs[0])})`);
    }
    return { idle, detail, page: pageTimes, pageFirstByte: pageFirstBytes, syncSeconds };
  } finally {
    await stopHost(host);
  }
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'moderato-bench-core-thread-'));
  try {
    const seeded = join(dir, 'seeded.db');
    seedDatabase(seeded);
    const rows: BenchRow[] = [];
    const results = new Map<Mode, ModeRun>();
    for (const mode of ['in-thread', 'worker', 'workers'] as const) {
      // A fresh copy of the database and of the site for each mode: both syncs bring the same 10,000 comments.
      const modeDir = join(dir, mode);
      const dbPath = join(modeDir, 'moderato.db');
      rmSync(modeDir, { recursive: true, force: true });
      mkdirSync(modeDir);
      copyFileSync(seeded, dbPath);
      const wordpress = await FakeWordPress.start({ siteName: 'Le blog en ligne' });
      try {
        for (const c of generateComments(6).slice(0, SYNC_COMMENTS)) {
          wordpress.addComment({
            id: c.id,
            post: 1,
            author_name: c.author_name,
            author_email: c.author_email,
            author_url: c.author_url,
            author_ip: c.author_ip,
            content: c.content_raw,
            date_gmt: c.date_gmt.replace('Z', ''),
            status: 'hold',
            type: c.type,
          });
        }
        results.set(mode, await measure(dbPath, mode, wordpress));
      } finally {
        await wordpress.close();
      }
    }
    const n = SYNC_COMMENTS.toLocaleString('en-US');
    const ref = (name: string, value: number, unit = 'ms'): BenchRow => ({ name, value, unit, target: 'reference', pass: true });
    const labels: Record<Mode, string> = {
      'in-thread': 'service in the HTTP thread (before)',
      worker: 'service in one worker',
      workers: 'service in its worker + read worker',
    };
    const now = results.get('workers')!;
    rows.push(ref(`core thread: getComment over HTTP, no sync running, 110,000 comments, median (${labels.workers})`, round(median(now.idle))));
    rows.push(ref(`core thread: getComment over HTTP, no sync running, p95 (${labels.workers})`, round(p95(now.idle))));
    for (const mode of ['in-thread', 'worker'] as const) {
      const r = results.get(mode)!;
      rows.push(ref(`core thread: getComment during a ${n}-comment sync, ${labels[mode]}, median`, round(median(r.detail))));
      rows.push(ref(`core thread: getComment during the sync, ${labels[mode]}, p95`, round(p95(r.detail))));
      rows.push(ref(`core thread: page with its first view during the sync, ${labels[mode]}, p95`, round(p95(r.page))));
      rows.push(ref(`core thread: the ${n}-comment sync, ${labels[mode]}`, round(r.syncSeconds), 's'));
    }
    rows.push(below(`core thread: getComment during a ${n}-comment sync, ${labels.workers}, median of ${now.detail.length}`, round(median(now.detail)), 'ms', 16));
    rows.push(below(`core thread: getComment during the sync, ${labels.workers}, p95`, round(p95(now.detail)), 'ms', 50));
    rows.push(ref(`core thread: getComment during the sync, ${labels.workers}, worst`, round(Math.max(...now.detail))));
    rows.push(ref(`core thread: the page's first byte (HTTP thread alone) during the sync, ${labels.workers}, p95`, round(p95(now.pageFirstByte))));
    rows.push(below(`core thread: page with its first view during the sync, ${labels.workers}, p95 of ${now.page.length}`, round(p95(now.page)), 'ms', 16));
    rows.push(ref(`core thread: the ${n}-comment sync, ${labels.workers}`, round(now.syncSeconds), 's'));
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
