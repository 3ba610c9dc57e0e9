// The headless CLI (issues 6 and 13), run as a user runs it: the built `moderato` (bin/moderato.cjs →
// dist-node/cli.mjs) in a child process, timed from process start to exit.
//   - `moderato --help` < 150 ms, next to a bare `node -e 0` measured in the same run (the floor),
//     both also without NODE_EXTRA_CA_CERTS when the environment sets it: Node 20 then parses that
//     CA bundle at every start, before any of our code (~80 ms here), which a user's shell seldom does;
//   - `moderato queue --limit 20` on a database of 100,000 comments < 300 ms;
//   - `moderato flags --file` streams 100,000 lines in < 5 s (< 50 µs a line).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { below, median, type BenchRow } from './types';
import { generateComments } from './store';
import { openStore } from '../electron/core/store';
import { SpamFilter } from '../electron/core/spam-filter';

const LINES = 100_000;
const QUEUE_SITES = 5; // generateComments makes 20,000 comments a site
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/moderato.cjs');

/** Varied, deterministic comments: praise, links, spam words, French, clean text. */
function generate(): string {
  const words = [
    'great', 'post', 'thanks', 'for', 'sharing', 'check', 'out', 'my', 'channel', 'casino', 'cheap', 'merci',
    'article', 'très', 'intéressant', 'le', 'la', 'des', 'visit', 'http://spam.example/buy', 'https://ok.example',
    'recipe', 'garden', 'subscribe', 'free', 'money', 'Scunthorpe', 'assécher', 'I', 'think', 'the', 'point',
  ];
  let seed = 42;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed % n;
  };
  const lines: string[] = [];
  for (let i = 0; i < LINES; i++) {
    const length = 5 + next(50);
    const content = Array.from({ length }, () => words[next(words.length)]).join(' ');
    const line: Record<string, string> = { content, author_name: ['Cyn', 'Cheap Pills', 'Marie', 'SEO Expert'][i % 4]!, author_email: `u${i % 500}@example.org` };
    if (i % 3 === 0) line.author_url = 'https://x.example';
    lines.push(JSON.stringify(line));
  }
  return `${lines.join('\n')}\n`;
}

/** Runs a command to its exit; stdout lines are counted, not kept (100,000 verdicts). */
function timedRun(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ ms: number; lines: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let lines = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - started, lines, code }));
  });
}

/**
 * Start-up runs of several commands in turns (A, B, C, A, B, C, …) so that a swing in the machine's
 * load hits them alike; the median of each.
 */
async function interleavedMedians(times: number, runs: { args: string[]; env: NodeJS.ProcessEnv }[]): Promise<number[]> {
  const ms: number[][] = runs.map(() => []);
  for (let i = 0; i < times; i++) {
    for (const [k, { args, env }] of runs.entries()) {
      const result = await timedRun(process.execPath, args, env);
      if (result.code !== 0) throw new Error(`${args.join(' ')} exited ${result.code}`);
      ms[k]!.push(result.ms);
    }
  }
  return ms.map(median);
}

async function medianMs(times: number, command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const result = await timedRun(command, args, env);
    if (result.code !== 0) throw new Error(`${args.join(' ')} exited ${result.code}`);
    ms.push(result.ms);
  }
  return median(ms);
}

/** 100,000 comments over 5 sites, flagged by the real engine as a sync would store them. */
function queueDatabase(path: string): void {
  const store = openStore({ path });
  try {
    store.setScorer(new SpamFilter(store).score);
    for (let s = 1; s <= QUEUE_SITES; s++) {
      const site = store.addSite({ baseUrl: `https://site${s}.example`, restRoot: `https://site${s}.example/wp-json/`, user: 'admin', name: `Site ${s}` });
      const comments = generateComments(s);
      for (let i = 0; i < comments.length; i += 1000) store.upsertComments(site.id, comments.slice(i, i + 1000));
    }
  } finally {
    store.close();
  }
}

export async function run(): Promise<BenchRow[]> {
  execFileSync(process.execPath, [join(root, 'scripts/build-node.mjs'), '--if-stale'], { stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'moderato-cli-bench-'));
  try {
    const rows: BenchRow[] = [];
    // Start-up: the floor is Node itself starting and stopping on this machine, now. The same two
    // commands without NODE_EXTRA_CA_CERTS show what Node's start costs here before any of our code.
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', XDG_CONFIG_HOME: dir };
    const { NODE_EXTRA_CA_CERTS: caBundle, ...withoutCa } = env;
    await medianMs(2, process.execPath, [bin, '--help'], env); // warm the file cache
    const [bare, help, bareWithoutCa, helpWithoutCa] = await interleavedMedians(15, [
      { args: ['-e', '0'], env },
      { args: [bin, '--help'], env },
      { args: ['-e', '0'], env: withoutCa },
      { args: [bin, '--help'], env: withoutCa },
    ]);
    const reference = (name: string, ms: number): BenchRow => ({ name, value: Math.round(ms), unit: 'ms', target: 'reference', pass: true });
    const caNote = caBundle ? `NODE_EXTRA_CA_CERTS=${caBundle} as set here` : 'NODE_EXTRA_CA_CERTS not set here';
    rows.push(reference(`bare node -e 0, same run (the floor under every command; ${caNote})`, bare!));
    rows.push(below(`moderato --help, process start to exit (median of 15; ${caNote})`, Math.round(help!), 'ms', 150));
    rows.push(reference('bare node -e 0 without NODE_EXTRA_CA_CERTS, same run', bareWithoutCa!));
    rows.push(reference('moderato --help without NODE_EXTRA_CA_CERTS, same run (median of 15)', helpWithoutCa!));
    rows.push(reference("moderato --help: Moderato's own share (--help minus node -e 0, both without NODE_EXTRA_CA_CERTS)", helpWithoutCa! - bareWithoutCa!));

    const db = join(dir, 'queue.db');
    queueDatabase(db);
    await medianMs(1, process.execPath, [bin, '--db', db, 'queue', '--limit', '20'], env); // first open: optimize, file cache
    const queue = await medianMs(9, process.execPath, [bin, '--db', db, 'queue', '--limit', '20'], env);
    rows.push(below(`moderato queue --limit 20 on ${(QUEUE_SITES * 20_000).toLocaleString('en-US')} comments, process start to exit (median of 9)`, Math.round(queue), 'ms', 300));

    const file = join(dir, 'comments.jsonl');
    writeFileSync(file, generate());
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const result = await timedRun(process.execPath, [bin, 'flags', '--file', file], env);
      if (result.code !== 0 || result.lines !== LINES) {
        throw new Error(`flags --file printed ${result.lines} lines and exited ${result.code}`);
      }
      times.push(result.ms);
    }
    const seconds = median(times) / 1000;
    rows.push(below('CLI flags --file, 100,000 lines, wall time incl. startup (median of 3)', Math.round(seconds * 100) / 100, 's', 5));
    rows.push(below('CLI flags --file, per line', Math.round((seconds * 1e6) / LINES), 'µs/line', 50));
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
