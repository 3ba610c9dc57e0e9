import type { BuildOptions } from 'esbuild';

/** The service worker's entry: bundled beside any bundle that starts it, as service-worker.<its extension>. */
export const SERVICE_WORKER_ENTRY: string;

/** esbuild options for dist-electron/main.cjs, service-worker.cjs and preload.cjs, written to `outdir`. */
export function electronBuilds(outdir?: string): Array<BuildOptions & { outfile: string }>;
