#!/usr/bin/env node
// The `moderato` command (package.json "bin"). The CLI is TypeScript run
// straight from the sources through tsx's loader, so a clone needs no build
// step; electron/core/cli/main.ts runs the command when imported.
import { register } from 'tsx/esm/api';

register();
await import('../electron/core/cli/main.ts');
