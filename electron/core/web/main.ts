// `npm run web -- [--db PATH] [--port N]`: the core service and the renderer
// over HTTP on 127.0.0.1, for the browser suite and for developers without the
// Electron binary. Prints exactly one line with the address and its token.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createNodeCredentials, createNodeSettings } from '../settings/node';
import { createServiceInWorker } from '../worker/service-in-worker';
import { packageRoot } from '../package-root';
import { startWebHost } from './web-host';

// The checkout: electron/core/web/ from the sources, dist-node/ once built.
const repoRoot = packageRoot();

function usage(message: string): never {
  process.stderr.write(`${message}\nUsage: npm run web -- [--db PATH] [--port N]\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values: { db?: string; port?: string };
  try {
    ({ values } = parseArgs({
      options: { db: { type: 'string' }, port: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    usage(err instanceof Error ? err.message : String(err));
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) usage(`--port must be 0..65535, not "${values.port}".`);

  // A developer's database lives in the checkout (gitignored), never in the real app's data folder.
  const dbPath = resolve(values.db ?? resolve(repoRoot, '.moderato-dev/moderato.db'));
  mkdirSync(dirname(dbPath), { recursive: true });
  const version = (JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

  // settings.json and the 0600 credentials.json live next to the database, as for the CLI.
  const settings = createNodeSettings(dirname(dbPath));
  const credentials = createNodeCredentials(dirname(dbPath));
  // The service runs in a worker thread: this thread only answers HTTP, so a sync writing
  // thousands of rows never holds up a request (see electron/core/worker/).
  const service = await createServiceInWorker(
    { dbPath, settings, credentials, host: 'web', version },
    { onStopped: (message, cause) => process.stderr.write(`${message}: ${describe(cause)}\n`) },
  );
  const host = await startWebHost({
    api: service.api,
    events: service.events,
    staticDir: resolve(repoRoot, 'dist/renderer'),
    databaseFiles: [dbPath, `${dbPath}-wal`],
    port,
    onInternalError: (method, err) => process.stderr.write(`${method} failed: ${describe(err)}\n`),
  });
  process.stdout.write(`Moderato web host: ${host.url}?token=${host.token}\n`);

  let closing = false;
  const shutdown = async (): Promise<void> => {
    if (closing) return;
    closing = true;
    await host.close();
    await service.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

function describe(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

main().catch((err: unknown) => {
  const cause = err instanceof Error && err.cause !== undefined ? `\n${describe(err.cause)}` : '';
  process.stderr.write(`Moderato web host could not start: ${err instanceof Error ? err.message : String(err)}${cause}\n`);
  process.exit(1);
});
