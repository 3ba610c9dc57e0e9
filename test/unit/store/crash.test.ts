import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore } from '../../../electron/core/store';
import { tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

it('a process killed in the middle of writing loses no committed outbox row', async () => {
  const path = join(dir, 'moderato.db');
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'crash-writer.ts'), path], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const committed: number[] = [];
  let buffer = '';
  let batches = 0;
  await new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited early: ${code}`))));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!; // an incomplete line is not a committed batch yet
      for (const line of lines) {
        if (line === 'ready' || line === '') continue;
        committed.push(...line.split(',').map(Number));
        // Kill after a while, at whatever point the writer has reached.
        if (++batches === 25) child.kill('SIGKILL');
      }
    });
  });
  expect(committed.length).toBeGreaterThanOrEqual(25 * 200);

  const raw = new Database(path, { readonly: true });
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  raw.close();

  const store = openStore({ path });
  const stored = new Set(store.listOutbox().map((o) => o.id));
  const missing = committed.filter((id) => !stored.has(id));
  expect(missing).toEqual([]);
  // Every comment shows the status its latest recorded action leads to.
  const after = { approve: 'approved', unapprove: 'pending', spam: 'spam', unspam: 'pending', trash: 'trash', restore: 'pending' } as Record<string, string>;
  const latest = new Map<number, string>();
  for (const o of store.listOutbox()) if (!latest.has(o.commentId)) latest.set(o.commentId, o.kind); // newest first
  expect(latest.size).toBe(200);
  for (const [commentId, kind] of latest) expect(store.getComment(commentId).localStatus).toBe(after[kind]);
  store.close();
}, 60_000);
