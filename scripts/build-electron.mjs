// Bundles the main process, the core's worker threads and the preload into dist-electron/ (CommonJS, which
// is what Electron loads most simply). The core and its pure-JS dependencies
// (electron-store and conf are ESM-only; esbuild converts them) go into the bundle;
// left outside: `electron` (provided by the runtime) and better-sqlite3 (a native
// module loaded from node_modules, with its Electron build passed as nativeBinding).
//
// Usage: node scripts/build-electron.mjs [--watch]
import { build, context } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The worker threads' entries (electron/core/worker/). Any bundle that calls createServiceInWorker
 * must have each bundled beside itself, named as here with the bundle's own extension.
 */
export const WORKER_ENTRIES = {
  'service-worker': 'electron/core/worker/service-worker.ts',
  'read-worker': 'electron/core/worker/read-worker.ts',
};

/** esbuild options for both bundles, written to `outdir`. */
export function electronBuilds(outdir = path.join(root, 'dist-electron')) {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Electron 45 runs Node 22.
    target: 'node22',
    sourcemap: true,
    logLevel: 'warning',
    absWorkingDir: root,
  };
  const nodeSide = {
    ...common,
    external: ['electron', 'better-sqlite3'],
    // Some ESM dependencies read import.meta.url; give them the CommonJS equivalent.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  };
  return [
    { ...nodeSide, entryPoints: ['electron/main.ts'], outfile: path.join(outdir, 'main.cjs') },
    // The core's threads (the service: store, sync, spam filter; the read worker): main.cjs starts
    // them from these files, found next to itself (electron/core/worker/worker-connection.ts).
    ...Object.entries(WORKER_ENTRIES).map(([name, entry]) => ({
      ...nodeSide,
      entryPoints: [entry],
      outfile: path.join(outdir, `${name}.cjs`),
    })),
    {
      ...common,
      // The preload runs sandboxed, where require() knows 'electron' and little else:
      // everything it uses is inlined, and nothing may be added around it.
      entryPoints: ['electron/preload.ts'],
      outfile: path.join(outdir, 'preload.cjs'),
      external: ['electron'],
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outdir = path.join(root, 'dist-electron');
  const builds = electronBuilds(outdir);
  rmSync(outdir, { recursive: true, force: true });
  if (process.argv.includes('--watch')) {
    for (const options of builds) await (await context(options)).watch();
    console.log('Watching electron/ for changes…');
  } else {
    const results = await Promise.all(builds.map((options) => build({ ...options, metafile: true })));
    for (const [i, result] of results.entries()) {
      const out = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith('.cjs'));
      if (out) console.log(`${path.relative(root, builds[i].outfile)}  ${(out[1].bytes / 1024).toFixed(0)} KiB`);
    }
  }
}
