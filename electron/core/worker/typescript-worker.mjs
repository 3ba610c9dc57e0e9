// Starts a TypeScript worker entry under tsx, for runs from the sources (vitest, `tsx`):
// Node 20 does not pass `--import tsx` on to worker threads, so the worker registers it
// itself. Built bundles start their compiled worker directly and never load this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
