// Issue 6: `moderato flags --file` must stream 100,000 lines in a few seconds.
// Runs the real CLI as a child process (startup included) on generated lines.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { below, median, type BenchRow } from './types';

const LINES = 100_000;
const root = fileURLToPath(new URL('..', import.meta.url));

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

function runCli(file: string): Promise<{ ms: number; lines: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/core/cli/main.ts', 'flags', '--file', file], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let lines = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - started, lines, code }));
  });
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'moderato-cli-bench-'));
  try {
    const file = join(dir, 'comments.jsonl');
    writeFileSync(file, generate());
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const result = await runCli(file);
      if (result.code !== 0 || result.lines !== LINES) {
        throw new Error(`flags --file printed ${result.lines} lines and exited ${result.code}`);
      }
      times.push(result.ms);
    }
    const seconds = median(times) / 1000;
    return [
      below('CLI flags --file, 100,000 lines, wall time incl. startup (median of 3)', Math.round(seconds * 100) / 100, 's', 5),
      below('CLI flags --file, per line', Math.round((seconds * 1e6) / LINES), 'µs/line', 50),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
