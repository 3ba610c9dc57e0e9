import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * The entry (main.tsx) is a few kilobytes that sends the first screen's request and then
 * imports the app. Left alone, the browser learns of the app's chunks only once the entry
 * has arrived and run; listing them in the page lets it fetch them beside the entry.
 */
function preloadAppChunks(): Plugin {
  return {
    name: 'moderato-preload-app-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const entry = ctx.chunk;
        const bundle = ctx.bundle;
        if (!entry || !bundle) return [];
        const files = new Set<string>();
        const css = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (!chunk || chunk.type !== 'chunk' || files.has(fileName)) return;
          files.add(fileName);
          for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
          chunk.imports.forEach(visit);
        };
        // The entry's one dynamic import is the app (main.tsx); the lazy screens (settings, help)
        // are the app's own dynamic imports and stay lazy.
        files.add(entry.fileName); // already a <script>
        entry.dynamicImports.forEach(visit);
        files.delete(entry.fileName);
        return [
          // preload, not modulepreload: a modulepreload is also compiled as it arrives, on the
          // window's thread, ahead of the entry that sends the first request.
          ...[...files].map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'script', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const })),
          // A preload, not a stylesheet: a pending stylesheet would hold the entry's script back.
          ...[...css].map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

// The renderer: built once into dist/renderer and loaded by the Electron app
// (custom protocol or file) and by `npm run web`. Relative base so both work.
// Everything is bundled locally: no CDN, no remote font, nothing fetched at run time.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), preloadAppChunks()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Electron 45 ships a recent Chromium; no legacy output needed.
    target: 'chrome130',
    // Inlined assets would need a `data:` script/style source; keep every asset a file.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: { host: '127.0.0.1', strictPort: true },
});
