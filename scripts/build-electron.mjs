// Bundles the main process and the preload into dist-electron/ (CommonJS, which
// is what Electron loads most simply). The core and its pure-JS dependencies
// (electron-store and conf are ESM-only; esbuild converts them) go into the bundle;
// left outside: `electron` (provided by the runtime) and better-sqlite3 (a native
// module loaded from node_modules, with its Electron build passed as nativeBinding).
//
// Usage: node scripts/build-electron.mjs [--watch]
import { build, context } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist-electron');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 runs Node 22.
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  external: ['electron', 'better-sqlite3'],
  // Some ESM dependencies read import.meta.url; give them the CommonJS equivalent.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

const entries = [
  { entryPoints: ['electron/main.ts'], outfile: path.join(outdir, 'main.cjs') },
  // The preload runs sandboxed: it may require 'electron' and nothing else, so all of it is inlined.
  { entryPoints: ['electron/preload.ts'], outfile: path.join(outdir, 'preload.cjs'), external: ['electron'] },
];

const watch = process.argv.includes('--watch');
rmSync(outdir, { recursive: true, force: true });
if (watch) {
  for (const entry of entries) await (await context({ ...common, ...entry })).watch();
  console.log('Watching electron/ for changes…');
} else {
  const results = await Promise.all(entries.map((entry) => build({ ...common, ...entry, metafile: true })));
  for (const [i, result] of results.entries()) {
    const out = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith('.cjs'));
    if (out) console.log(`${path.relative(root, entries[i].outfile)}  ${(out[1].bytes / 1024).toFixed(0)} KiB`);
  }
}
