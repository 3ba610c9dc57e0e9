// Builds the parts of Moderato that run under plain Node — the `moderato` CLI, the web host
// (`npm run web`) and the service's worker thread — into dist-node/ as JavaScript, so that none of
// them needs a TypeScript compiler at run time. Run by `npm install` (the `prepare` script) and by
// `npm run build`; `npm run cli` and `npm run web` call it with --if-stale, which rebuilds only when
// a source file is newer than the build.
//
// ESM with code splitting: each entry loads only its own code at start, and what a command needs
// later (the service, SQLite, the flag engine) sits in chunks imported on demand, so `moderato --help`
// does not parse the whole core. Left outside the bundle: better-sqlite3 (a native module, loaded
// from node_modules) and the JSON data of dependencies (read with require, see jsonAtRunTime).
//
// The `moderato` bin starts with a small CommonJS file (dist-node/start.cjs, see
// electron/core/cli/start.ts) that prints help pages and the version from answers made here, at
// build time, by the CLI's own code (answers-<language>.json), and imports cli.mjs for the rest.
//
// Usage: node scripts/build-node.mjs [--if-stale]
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist-node');

/**
 * Every entry point, in one place: output name → source. The workers' entries must sit beside the
 * code that starts them (worker-connection.ts looks for ./service-worker.mjs and ./read-worker.mjs
 * next to itself), which holds here because entries and chunks all go to dist-node/ itself.
 */
export const NODE_ENTRIES = {
  cli: 'electron/core/cli/main.ts',
  web: 'electron/core/web/main.ts',
  'service-worker': 'electron/core/worker/service-worker.ts',
  'read-worker': 'electron/core/worker/read-worker.ts',
};

/**
 * The bin's first step, as CommonJS: Node loads a CommonJS file faster than an ES module (its ESM
 * loader costs ~10 ms on a small machine before any code runs), and this file decides alone
 * whether the CLI needs loading at all.
 */
const START = { source: 'electron/core/cli/start.ts', output: 'start.cjs' };

/** The build-time module that writes the answers start.cjs prints (answers-<language>.json). */
const QUICK_ANSWERS = 'electron/core/cli/make-quick-answers.ts';

/** Sources whose change makes the build stale. */
const SOURCE_DIRS = ['electron/core', 'shared'];

/**
 * A dependency whose entry is a JSON file (disposable-email-domains: 2 MB of domains) is read at run
 * time with require(), i.e. JSON.parse, instead of being inlined as a JavaScript literal that every
 * start of the CLI would have to parse as code — several times slower for the same data.
 */
const jsonAtRunTime = {
  name: 'json-at-run-time',
  setup(build) {
    // The require() in the stand-in module below stays a require() in the output.
    build.onResolve({ filter: /.*/, namespace: 'json-at-run-time' }, (args) => ({ path: args.path, external: true }));
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'json-at-run-time') return undefined;
      const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'json-at-run-time' });
      return found.path.endsWith('.json') && !found.external ? { path: args.path, namespace: 'json-at-run-time' } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'json-at-run-time' }, (args) => ({
      // An ES module with a default export: as CommonJS, esbuild's interop would copy every one
      // of the array's 100,000 items onto a namespace object.
      contents: `export default require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

/**
 * The project's own JSON (the catalogues under shared/i18n/locales) goes into the bundle as a string
 * given to JSON.parse rather than as a JavaScript object literal: V8 scans a string in one pass and
 * JSON.parse builds the objects faster than the same data parsed and run as code, and every
 * `moderato` command loads a catalogue before it prints anything.
 */
const jsonAsText = {
  name: 'json-as-text',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = await readFile(args.path, 'utf8');
      JSON.parse(text); // a broken catalogue fails the build, not the first command that loads it
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

export function nodeBuildOptions() {
  // An entry whose source is not in this checkout (yet) is skipped rather than failing the install.
  const entryPoints = Object.fromEntries(Object.entries(NODE_ENTRIES).filter(([, source]) => existsSync(path.join(root, source))));
  return {
    absWorkingDir: root,
    entryPoints,
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    sourcemap: 'linked',
    external: ['better-sqlite3'],
    plugins: [jsonAtRunTime, jsonAsText],
    logLevel: 'warning',
    metafile: true,
    // Written by writeOutputs, which gives require() to the files that call it.
    write: false,
  };
}

/**
 * Bundled CommonJS dependencies call require() (for Node's own modules, and the JSON read at run
 * time); ESM has no require, so the files that call it get one made by createRequire. Only those:
 * the line costs every other chunk a load of node:module's code path at each start of the CLI, and
 * `moderato --help` loads a dozen chunks (~0.25 ms each on a small machine, measured).
 */
const REQUIRE_LINE = "import { createRequire as __moderatoRequire } from 'node:module'; const require = __moderatoRequire(import.meta.url);";
const CALLS_REQUIRE = /(?<![\w$.])require\b/;

export function writeOutputs(outputFiles) {
  const shimmed = new Set();
  for (const file of outputFiles) {
    if (file.path.endsWith('.mjs') && CALLS_REQUIRE.test(file.text)) shimmed.add(file.path);
  }
  for (const file of outputFiles) {
    mkdirSync(path.dirname(file.path), { recursive: true });
    if (shimmed.has(file.path)) {
      writeFileSync(file.path, `${REQUIRE_LINE}\n${file.text}`);
    } else if (shimmed.has(file.path.replace(/\.map$/, ''))) {
      // The source map of a file that gained a first line: its mappings start one line later.
      const map = JSON.parse(file.text);
      writeFileSync(file.path, JSON.stringify({ ...map, mappings: `;${map.mappings}` }));
    } else {
      writeFileSync(file.path, file.contents);
    }
  }
}

function newestSource() {
  let newest = statSync(path.join(root, 'package.json')).mtimeMs;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of SOURCE_DIRS) walk(path.join(root, dir));
  return newest;
}

/** start.cjs: bundled alone (it imports only the language choice and node:fs). */
function startBuildOptions() {
  return {
    absWorkingDir: root,
    entryPoints: [START.source],
    outfile: path.join(outdir, START.output),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: true,
    sourcemap: 'linked',
    logLevel: 'warning',
  };
}

/**
 * Runs make-quick-answers.ts, bundled into a file in dist-node/ (so that what it imports resolves
 * as the CLI's does) that is removed once the answers are written.
 */
async function writeQuickAnswers(build) {
  const result = await build({ ...nodeBuildOptions(), entryPoints: { 'make-quick-answers': QUICK_ANSWERS }, splitting: false, sourcemap: false, metafile: false });
  writeOutputs(result.outputFiles);
  const file = path.join(outdir, 'make-quick-answers.mjs');
  try {
    const { writeQuickAnswers: write } = await import(pathToFileURL(file).href);
    await write(outdir);
  } finally {
    rmSync(file, { force: true });
  }
}

function isStale() {
  const outputs = [...Object.keys(nodeBuildOptions().entryPoints).map((name) => `${name}.mjs`), START.output, 'answers-en.json', 'answers-fr.json'].map((name) =>
    path.join(outdir, name),
  );
  if (!outputs.every((file) => existsSync(file))) return true;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  return newestSource() > built;
}

if (import.meta.url === `file://${process.argv[1]}` || fileURLToPath(import.meta.url) === path.resolve(process.argv[1] ?? '')) {
  if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);
  const { build } = await import('esbuild');
  const started = performance.now();
  rmSync(outdir, { recursive: true, force: true });
  const result = await build(nodeBuildOptions());
  writeOutputs(result.outputFiles);
  await build(startBuildOptions());
  await writeQuickAnswers(build);
  const sources = new Set(Object.values(NODE_ENTRIES));
  const entries = Object.entries(result.metafile.outputs).filter(([, out]) => sources.has(out.entryPoint));
  const size = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
  const total = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.mjs')).reduce((sum, [, out]) => sum + out.bytes, 0);
  console.log(
    `dist-node/: ${entries.map(([file, out]) => `${path.basename(file)} ${size(out.bytes)}`).join(', ')} (${size(total)} with chunks) in ${Math.round(performance.now() - started)} ms`,
  );
}
