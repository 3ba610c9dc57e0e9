// The core's worker threads built to JavaScript for a test file, as the app and the web
// host ship them (one esbuild bundle per worker, better-sqlite3 left outside): a thread
// then starts in a fraction of the time it takes to compile the TypeScript core inside
// it, which matters on a loaded machine. Includes the hooked service worker.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = path.resolve(import.meta.dirname, '../../..');

export interface BuiltWorkers {
  /** The real workers. */
  plain: { service: URL; reader: URL };
  /** The service worker of hooked-service-worker.ts, with the real read worker. */
  hooked: { service: URL; reader: URL };
  dispose(): void;
}

export async function buildWorkers(): Promise<BuiltWorkers> {
  const dir = mkdtempSync(path.join(tmpdir(), 'moderato-workers-'));
  mkdirSync(path.join(dir, 'node_modules'));
  symlinkSync(path.join(repo, 'node_modules/better-sqlite3'), path.join(dir, 'node_modules/better-sqlite3'));
  await build({
    absWorkingDir: repo,
    entryPoints: {
      'service-worker': 'electron/core/worker/service-worker.ts',
      'read-worker': 'electron/core/worker/read-worker.ts',
      'hooked-service-worker': 'test/support/worker/hooked-service-worker.ts',
    },
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['better-sqlite3'],
    // Bundled CommonJS dependencies call require() for Node's own modules; ESM has no require.
    banner: { js: "import { createRequire as __moderatoRequire } from 'node:module'; const require = __moderatoRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  const at = (name: string) => pathToFileURL(path.join(dir, `${name}.mjs`));
  return {
    plain: { service: at('service-worker'), reader: at('read-worker') },
    hooked: { service: at('hooked-service-worker'), reader: at('read-worker') },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
