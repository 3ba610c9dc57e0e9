// Serves the built renderer. Only files under the static folder, never a
// directory listing, never a path that climbs out with ../ or a symlink trick.
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export async function serveStatic(
  staticDir: string,
  pathname: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return notFound(res);
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = await realpath(resolve(staticDir)).catch(() => null);
  if (root === null) return notBuilt(res);
  const file = await realpath(join(root, relative)).catch(() => null);
  if (file === null || !(file === root || file.startsWith(root + sep))) return notFound(res);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return notFound(res);

  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': info.size,
    // Built assets have content hashes in their names; the page itself must always be fresh.
    'Cache-Control': relative.startsWith('assets/') ? 'private, max-age=31536000, immutable' : 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  // One read and one write: the largest file is a few hundred kilobytes, and a stream's
  // 64 kB chunks would each wait for a turn of the event loop.
  res.end(await readFile(file));
}

/** The answer for a page or file when the renderer has not been built yet. */
export function notBuilt(res: ServerResponse): void {
  res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('The renderer is not built: run `npm run web` (it builds first) or `vite build`.');
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Not found.');
}
