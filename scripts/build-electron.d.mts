import type { BuildOptions } from 'esbuild';

/** esbuild options for dist-electron/main.cjs and dist-electron/preload.cjs, written to `outdir`. */
export function electronBuilds(outdir?: string): Array<BuildOptions & { outfile: string }>;
