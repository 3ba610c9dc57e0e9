#!/usr/bin/env node
// The `moderato` command (package.json "bin"). Runs the CLI built ahead of time into
// dist-node/ — by `npm install` (the `prepare` script) or `npm run build` — so no TypeScript
// compiler is needed at run time. CommonJS, like the start.cjs it runs (see
// electron/core/cli/start.ts): a help page is printed without loading the ES module loader.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const start = join(__dirname, '../dist-node/start.cjs');
if (!existsSync(start)) {
  process.stderr.write(`moderato: the CLI is not built yet. Run "npm run build" (or "npm install") in ${join(__dirname, '..')}.\n`);
  process.exit(1);
}
require(start);
