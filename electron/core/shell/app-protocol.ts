// Serves the built renderer (dist/renderer) under app://moderato/. Used by
// protocol.handle in the main process; written against the Fetch API's
// Request/Response so plain Node can test it.
//
// Only files inside the root are served: no "..", no encoded separators, no
// symlinks leading out, no other host. Every answer carries the CSP.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { SECURITY_HEADERS } from './csp';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export type Resolution = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404 | 405 };

/**
 * Maps a request URL to a file under root, or says why not. Pure (no disk access):
 * the symlink check happens in serveAppRequest.
 */
export function resolveAppPath(root: string, requestUrl: string): Resolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  // Backslashes and NULs have no business in our paths; "..": the URL parser removes
  // literal ones, but encoded separators (%2F, %5C) can bring them back after decoding.
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 403 };
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..')) return { ok: false, status: 403 };
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = path.resolve(root);
  const file = path.resolve(base, relative);
  if (file !== base && !file.startsWith(base + path.sep)) return { ok: false, status: 403 };
  return { ok: true, file };
}

function refusal(status: number): Response {
  return new Response(null, { status, headers: { ...SECURITY_HEADERS } });
}

export async function serveAppRequest(root: string, request: { url: string; method: string }): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
  const resolved = resolveAppPath(root, request.url);
  if (!resolved.ok) return refusal(resolved.status);
  try {
    // Follow symlinks, then check again that we are still inside the root. (Inside an asar
    // archive realpath may be unsupported; the archive is read-only and ours, so the lexical check holds.)
    let realRoot = path.resolve(root);
    let realFile = resolved.file;
    try {
      [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(resolved.file)]);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return refusal(404);
    }
    if (!realFile.startsWith(realRoot + path.sep)) return refusal(403);
    const stat = await fs.stat(realFile);
    if (!stat.isFile()) return refusal(404);
    const body = request.method === 'HEAD' ? null : await fs.readFile(realFile);
    const type = CONTENT_TYPES[path.extname(realFile).toLowerCase()] ?? 'application/octet-stream';
    return new Response(body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-cache' },
    });
  } catch {
    return refusal(404);
  }
}
