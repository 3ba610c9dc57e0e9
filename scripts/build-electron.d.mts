import type { BuildOptions } from 'esbuild';

/** The worker threads' entries by output name: bundled beside any bundle that starts them, with its extension. */
export const WORKER_ENTRIES: Record<string, string>;

/** esbuild options for dist-electron/main.cjs, the worker threads and preload.cjs, written to `outdir`. */
export function electronBuilds(outdir?: string): Array<BuildOptions & { outfile: string }>;
