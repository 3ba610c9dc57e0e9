#!/usr/bin/env node
// The `moderato` command (package.json "bin"). The CLI is TypeScript run as is:
// tsx compiles it on the fly, so this launcher needs tsx at run time (it must be
// a dependency, not only a devDependency, for `npm install -g` / `npx moderato`).
// Importing the CLI's main module runs it on process.argv.
import { register } from 'tsx/esm/api';

register();
await import('../electron/core/cli/main.ts');
