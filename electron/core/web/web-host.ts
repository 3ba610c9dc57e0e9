// The web host: the renderer and the core service over HTTP, for the browser
// suite and for looking at the UI where the Electron binary is missing.
// It is a thin adapter over the same contract as the IPC bridge, and it is
// locked down because any local process (or a web page, via DNS rebinding)
// could otherwise moderate the user's sites: 127.0.0.1 only, a random token
// on every request, the Host header checked, the same CSP as the app.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { HTTP_API_PREFIX, HTTP_EVENTS_PATH } from '../../../shared/bridge';
import { FIRST_VIEW } from '../../../shared/first-view';
import { AppError, toErrorInfo, type Result } from '../../../shared/errors';
import { resolveLanguage } from '../../../shared/i18n/language';
import { coded, renderMessage, type CodedMessage } from '../../../shared/messages';
import type { AppEvent } from '../../../shared/types';
import type { MethodName, ServiceApi } from '../../../shared/api';
import { parseCall } from '../../../shared/validate';
import type { EventBus } from '../events';
import { CONTENT_SECURITY_POLICY } from './csp';
import { firstViewCache } from './first-view-cache';
import { servePage } from './page';
import { serveStatic } from './static-files';

export interface WebHostOptions {
  api: ServiceApi;
  events: EventBus;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 or absent: any free port. */
  port?: number;
  /** Fixed token for tests; a random one otherwise. */
  token?: string;
  /**
   * The database's files (the database and its write-ahead log): a write to them by another
   * process drops the first view kept for the page (first-view-cache.ts).
   */
  databaseFiles?: readonly string[];
  /** How long the page waits for the first view before it goes without it (page.ts); tests shorten it. */
  firstViewWaitMs?: number;
  /** Told about every non-AppError a call threw (the client only sees "internal"). */
  onInternalError?: (method: string, err: unknown) => void;
}

export interface WebHost {
  /** http://127.0.0.1:PORT/ (without the token). */
  url: string;
  token: string;
  close(): Promise<void>;
}

export const TOKEN_COOKIE = 'moderato_token';
/** A bulk act on 100,000 ids or a 1 MB text to check fits; anything larger is refused unread. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
const SSE_HEARTBEAT_MS = 25_000;

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const sockets = new Set<Socket>();
  const streams = new Set<ServerResponse>();
  let port = 0;
  const firstViewCall = parseCall('getQueueView', FIRST_VIEW); // the same defaults as a POST of it
  const firstView = firstViewCache(() => callApi(firstViewCall.name, firstViewCall.input), options.events, options.databaseFiles);

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      // Only reached when writing the response itself failed (client gone).
      if (!res.headersSent) sendJson(res, 500, failure(new Error('response failed')));
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setCommonHeaders(res);
    // DNS rebinding: a page on evil.example resolving to 127.0.0.1 sends Host: evil.example.
    if (req.headers.host !== `127.0.0.1:${port}`) {
      sendText(res, 421, await refusalText(req, coded('error.webWrongHost', { url: `http://127.0.0.1:${port}/` })));
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const presented = presentedToken(req, url);
    if (presented === null || !sameToken(presented, tokenBytes)) {
      sendText(res, 401, await refusalText(req, coded('error.webNoToken')));
      return;
    }
    if (url.searchParams.has('token')) {
      // Later requests (assets, API, event stream) carry the cookie instead of the URL.
      res.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }

    if (url.pathname === HTTP_EVENTS_PATH) {
      if (req.method !== 'GET') return sendText(res, 405, 'Use GET.');
      openEventStream(req, res);
      return;
    }
    if (url.pathname.startsWith(HTTP_API_PREFIX)) {
      if (req.method !== 'POST') return sendText(res, 405, 'Use POST.');
      await handleCall(url.pathname.slice(HTTP_API_PREFIX.length), req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Use GET.');
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
      await servePage(options.staticDir, res, firstView.get, options.firstViewWaitMs);
      return;
    }
    await serveStatic(options.staticDir, url.pathname, req, res);
  }

  async function handleCall(name: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A JSON content type cannot be sent cross-origin without a CORS preflight, which we never grant.
    const type = req.headers['content-type'] ?? '';
    if (!type.toLowerCase().startsWith('application/json')) {
      req.resume(); // drain the unread body so the connection stays usable
      sendJson(res, 415, failure(new AppError('bad-input', coded('error.jsonOnly'))));
      return;
    }
    let raw: unknown;
    try {
      const body = await readBody(req, MAX_BODY_BYTES);
      raw = body.length === 0 ? {} : JSON.parse(body);
    } catch (err) {
      const tooLarge = err instanceof BodyTooLarge;
      // The rest of an oversized body is never read: close the connection after answering.
      if (tooLarge) res.setHeader('Connection', 'close');
      const message = tooLarge ? coded('error.requestTooLarge') : coded('error.requestNotJson');
      sendJson(res, tooLarge ? 413 : 400, failure(new AppError('bad-input', message)));
      return;
    }
    let call: ReturnType<typeof parseCall>;
    try {
      call = parseCall(decodeURIComponent(name), raw);
    } catch (err) {
      sendJson(res, 400, failure(err));
      return;
    }
    sendJson(res, 200, await callApi(call.name, call.input));
  }

  async function callApi(name: MethodName, input: unknown): Promise<Result<unknown>> {
    try {
      const fn = options.api[name] as (input: unknown) => Promise<unknown>;
      const value = await fn.call(options.api, input);
      return { ok: true, value: value ?? null };
    } catch (err) {
      // Errors are values: the UI gets a kind and a message, never a stack. The
      // developer running the host gets the stack of anything unexpected.
      if (!(err instanceof AppError)) options.onInternalError?.(name, err);
      return failure(err);
    }
  }

  function openEventStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    const unsubscribe = options.events.on((event: AppEvent) => {
      res.write(`data: ${JSON.stringify(event)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), SSE_HEARTBEAT_MS);
    heartbeat.unref();
    const stop = (): void => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(res);
    };
    req.on('close', stop);
    res.on('close', stop);
  }

  await new Promise<void>((resolve, reject) => {
    const failed = (err: Error) => {
      firstView.close();
      reject(err);
    };
    server.once('error', failed);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', failed);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  void firstView.get(); // ready before the first window asks

  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    close: async () => {
      firstView.close();
      for (const stream of streams) stream.end();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}

/**
 * A refusal the browser shows as it is (no page of Moderato has loaded to say it), in the browser's
 * language (Accept-Language, in the order the browser sends). The strings load on the first refusal only.
 */
async function refusalText(req: IncomingMessage, message: CodedMessage): Promise<string> {
  const { translator } = await import('../../../shared/i18n/translator');
  const accepted = (req.headers['accept-language'] ?? '').split(',').map((part) => part.split(';')[0]!.trim());
  return renderMessage(translator(resolveLanguage('system', accepted)), message.code, message.params, message.english);
}

function presentedToken(req: IncomingMessage, url: URL): string | null {
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) return fromQuery;
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim();
  const cookies = req.headers.cookie;
  if (cookies) {
    for (const part of cookies.split(';')) {
      const eq = part.indexOf('=');
      if (eq > 0 && part.slice(0, eq).trim() === TOKEN_COOKIE) return part.slice(eq + 1).trim();
    }
  }
  return null;
}

/** Constant-time comparison, so the token cannot be guessed a byte at a time. */
function sameToken(presented: string, expected: Buffer): boolean {
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function failure(err: unknown): Result<never> {
  return { ok: false, error: toErrorInfo(err) };
}

function setCommonHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  // No Cross-Origin-Opener-Policy: why, in electron/core/shell/csp.ts.
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}
