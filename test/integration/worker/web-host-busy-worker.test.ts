// Why the service runs in a worker: while the service's worker is stuck in a long
// synchronous job (a big sync's writes, a re-flag of the whole store), the web host's
// own thread still answers, and the read worker still gives the pane its comment.
// Proven by order, not by a stopwatch: the job cannot end before the test opens its
// gate, and both answers arrive before the test opens it.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Settings } from '../../../shared/types';
import { DEFAULT_SETTINGS } from '../../../electron/core/settings/schema';
import { startWebHost, type WebHost } from '../../../electron/core/web/web-host';
import { createServiceInWorker, type WorkerService } from '../../../electron/core/worker/service-in-worker';
import { seedFixture } from '../../e2e/support/seed';
import { buildWorkers, type BuiltWorkers } from '../../support/worker/built-workers';


let dir: string;
let workers: BuiltWorkers;
let service: WorkerService;
let host: WebHost;

beforeAll(async () => {
  workers = await buildWorkers();
  dir = mkdtempSync(join(tmpdir(), 'moderato-busy-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Moderato</title>');
  seedFixture(join(dir, 'moderato.db'));
  let settings: Settings = { ...DEFAULT_SETTINGS };
  service = await createServiceInWorker(
    {
      dbPath: join(dir, 'moderato.db'),
      settings: { get: () => settings, update: (patch) => (settings = { ...settings, ...patch }) },
      credentials: { encrypted: false, get: () => null, set: () => {}, delete: () => {} },
      host: 'web',
      version: '0.0.0-test',
      autoSync: false,
    },
    { entries: workers.hooked },
  );
  host = await startWebHost({ api: service.api, events: service.events, staticDir: dir, port: 0 });
  expect(await service.readWorkerReady).toBe(true);
}, 120_000);

afterAll(async () => {
  await host?.close();
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
  workers?.dispose();
});

function send(path: string, init: { method?: string; body?: string } = {}): Promise<{ status: number; body: string }> {
  const url = new URL(path, host.url);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: init.method ?? 'GET',
        headers: { host: url.host, authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

async function until(probe: () => boolean): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (probe()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out waiting');
}

it('serves the page and the comment while the service is busy with a long job, and answers the job when it ends', async () => {
  const gate = join(dir, 'gate');
  let jobAnswered = false;
  const job = send('/api/checkFlags', { method: 'POST', body: JSON.stringify({ content: `hold until ${gate}` }) }).then((reply) => {
    jobAnswered = true;
    return reply;
  });
  // The worker has started the job and is stuck in it.
  await until(() => existsSync(`${gate}.busy`));

  try {
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Moderato</title>');
    const comment = await send('/api/getComment', { method: 'POST', body: JSON.stringify({ id: 1 }) });
    expect(JSON.parse(comment.body)).toMatchObject({ ok: true, value: { id: 1, authorName: expect.any(String) } });
    expect(jobAnswered).toBe(false);
  } finally {
    writeFileSync(gate, '');
  }
  const reply = await job;
  expect(reply.status).toBe(200);
  expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { score: expect.any(Number) } });
});
