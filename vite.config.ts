import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The renderer: built once into dist/renderer and loaded by the Electron app
// (custom protocol or file) and by `npm run web`. Relative base so both work.
// Everything is bundled locally: no CDN, no remote font, nothing fetched at run time.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
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
