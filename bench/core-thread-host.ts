// The web host for bench/core-thread.ts, started as its own process: the HTTP host with
// the service in the HTTP thread (how Moderato ran before issue 11), in one worker, or
// in its worker with the read worker beside it (how `npm run web` and the app run now).
// Prints one line: HOST <url> <token>.
//
//   node --import tsx bench/core-thread-host.ts --db PATH --mode in-thread|worker|workers
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createService } from '../electron/core/service';
import { createNodeCredentials, createNodeSettings } from '../electron/core/settings/node';
import { startWebHost } from '../electron/core/web/web-host';
import { createServiceInWorker } from '../electron/core/worker/service-in-worker';

const { values } = parseArgs({ options: { db: { type: 'string' }, mode: { type: 'string' } } });
const dbPath = values.db!;
const deps = {
  dbPath,
  settings: createNodeSettings(dirname(dbPath)),
  credentials: createNodeCredentials(dirname(dbPath)),
  host: 'web' as const,
  version: '0.0.0-bench',
  // The bench starts the sync itself, when it is ready to measure.
  autoSync: false,
};
const service = values.mode === 'in-thread' ? await createService(deps) : await createServiceInWorker(deps, { readWorker: values.mode === 'workers' });
// Measured once every thread is up.
if ('readWorkerReady' in service) await service.readWorkerReady;
// A page the HTTP thread serves alone, without the service.
const staticDir = mkdtempSync(join(tmpdir(), 'moderato-bench-static-'));
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Moderato</title>');
const host = await startWebHost({
  api: service.api,
  events: service.events,
  staticDir,
  port: 0,
});
process.stdout.write(`HOST ${host.url} ${host.token}\n`);
process.on('SIGTERM', () => {
  void host.close().then(() => service.close()).then(() => process.exit(0));
});
