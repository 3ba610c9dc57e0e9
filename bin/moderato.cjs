#!/usr/bin/env node
// The `moderato` command (package.json "bin"). Runs the CLI built ahead of time into
// dist-node/ — by `npm install` (the `prepare` script) or `npm run build` — so no
// TypeScript compiler is needed at run time. Importing it runs the CLI on process.argv.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist-node/cli.mjs', import.meta.url);
if (!existsSync(built)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  process.stderr.write(`moderato: the CLI is not built yet. Run "npm run build" (or "npm install") in ${root}.\n`);
  process.exit(1);
}
await import(built.href);
