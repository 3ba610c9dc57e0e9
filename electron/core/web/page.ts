// The window's page, with its first request answered inside it. The page's head (its scripts
// and stylesheet) goes out at once, so the browser fetches and compiles them while the core
// reads the first view; the answer follows in the same response, as a JSON data block the
// entry script reads without a round trip (renderer/src/transport/http-bridge.ts). A fetch
// for it, even preloaded, was answered in ~20 ms by the core but reached the page 40-180 ms
// later, behind the entry's own evaluation.
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { FIRST_VIEW_ELEMENT_ID } from '../../../shared/bridge';
import type { Result } from '../../../shared/errors';
import { notBuilt } from './static-files';

/**
 * JSON that cannot close its script element nor open a comment in it: every `<` is written as
 * its escape, which JSON.parse reads back. The comments in it are untrusted text.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * How long the page's end waits for the first view. A core busy elsewhere (a long write) must not
 * hold the whole window blank: past this the page ends without it and the window asks for it itself.
 */
export const FIRST_VIEW_WAIT_MS = 1000;

/** Sends index.html of `staticDir` with `firstView`'s result in it, before `</body>`, if it comes within `waitMs`. */
export async function servePage(
  staticDir: string,
  res: ServerResponse,
  firstView: () => Promise<Result<unknown>>,
  waitMs = FIRST_VIEW_WAIT_MS,
): Promise<void> {
  const html = await readFile(join(staticDir, 'index.html'), 'utf8').catch(() => null);
  if (html === null) return notBuilt(res);
  const end = html.lastIndexOf('</body>');
  const [head, tail] = end < 0 ? [html, ''] : [html.slice(0, end), html.slice(end)];
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.write(head);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
  const result = await Promise.race([firstView(), late]).finally(() => clearTimeout(timer));
  const block = result === null ? '' : `<script type="application/json" id="${FIRST_VIEW_ELEMENT_ID}">${jsonForScript(result)}</script>`;
  res.end(block + tail);
}
