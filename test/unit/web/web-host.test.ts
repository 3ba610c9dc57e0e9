import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceApi } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import { EventBus } from '../../../electron/core/events';
import { startWebHost, TOKEN_COOKIE, type WebHost } from '../../../electron/core/web/web-host';

// A stand-in service: only what these scenarios call. The web host must pass
// validated input through and turn every outcome into a Result.
const calls: unknown[] = [];
let hostileText: string | null = null;
let failFirstView = false;
const api = {
  getAppInfo: async () => ({ version: '9.9.9', dbPath: '/tmp/x.db', host: 'web', credentialsEncrypted: false }),
  getComment: async (input: { id: number }) => {
    calls.push(input);
    throw new AppError('not-found', `No comment ${input.id}.`);
  },
  getCounts: async () => {
    throw new Error('secret stack detail at /home/user/file.ts:12');
  },
  getQueueView: async (input: unknown) => {
    calls.push(input);
    if (failFirstView) throw new AppError('not-found', 'That site is gone.');
    const items = hostileText === null ? [] : [{ id: 1, excerpt: hostileText }];
    return { page: { items, next: null }, counts: null, sync: null, details: [] };
  },
} as unknown as ServiceApi;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  host: WebHost,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  const url = new URL(path, host.url);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: init.method ?? 'GET', headers: { host: url.host, ...init.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

const bearer = (host: WebHost) => ({ authorization: `Bearer ${host.token}` });
const post = (host: WebHost, method: string, body: string, headers: Record<string, string> = bearer(host)) =>
  send(host, `/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

let dir: string;
let host: WebHost;
const events = new EventBus();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'moderato-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Moderato</title><script type="module" src="./assets/app.js"></script><body><div id="root"></div></body></html>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'moderato-outside.txt'), 'outside');
  symlinkSync(join(tmpdir(), 'moderato-outside.txt'), join(dir, 'assets', 'escape.txt'));
  host = await startWebHost({ api, events, staticDir: dir, port: 0 });
});

afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the web host refuses anyone without the token', () => {
  it('listens on 127.0.0.1 with a long random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.token.length).toBeGreaterThanOrEqual(40);
  });

  it('refuses the page, the assets, the API and the event stream without the token', async () => {
    for (const path of ['/', '/index.html', '/assets/app.js', '/api/events']) {
      const reply = await send(host, path);
      expect(reply.status, path).toBe(401);
      expect(reply.body).not.toContain('Moderato</title>');
    }
    const api = await post(host, 'getAppInfo', '{}', {});
    expect(api.status).toBe(401);
    expect(api.body).not.toContain('9.9.9');
  });

  it('says its refusals in the browser’s language', async () => {
    const french = await send(host, '/', { headers: { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.8' } });
    expect(french.status).toBe(401);
    expect(french.body).toBe('Serveur web de Moderato\u00a0: ouvrez l’adresse affichée au démarrage (avec son jeton).');
    const english = await send(host, '/', { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(english.body).toBe('Moderato web host: open the address printed at start-up (with its token).');
    const port = new URL(host.url).port;
    const misdirected = await send(host, `/?token=${host.token}`, { headers: { host: `localhost:${port}`, 'accept-language': 'fr' } });
    expect(misdirected.status).toBe(421);
    expect(misdirected.body).toBe(`Requête mal adressée\u00a0: utilisez http://127.0.0.1:${port}/`);
  });

  it('refuses a wrong token of the right length', async () => {
    const wrong = 'x'.repeat(host.token.length);
    expect((await send(host, `/?token=${wrong}`)).status).toBe(401);
    expect((await send(host, '/', { headers: { authorization: `Bearer ${wrong}` } })).status).toBe(401);
    expect((await send(host, '/', { headers: { cookie: `${TOKEN_COOKIE}=${wrong}` } })).status).toBe(401);
  });

  it('serves the page with the token in the URL and sets a strict HttpOnly cookie for what follows', async () => {
    const page = await send(host, `/?token=${host.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Moderato</title>');
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toContain(`${TOKEN_COOKIE}=${host.token}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');

    const asset = await send(host, '/assets/app.js', { headers: { cookie: `${TOKEN_COOKIE}=${host.token}` } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('text/javascript');
  });

  it('sends the strict CSP with every answer', async () => {
    const page = await send(host, '/', { headers: bearer(host) });
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).toContain("frame-src 'none'");
    expect(csp).not.toMatch(/https?:/);
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const port = new URL(host.url).port;
    for (const name of [`evil.example:${port}`, `localhost:${port}`, '127.0.0.1']) {
      const reply = await send(host, `/?token=${host.token}`, { headers: { host: name } });
      expect(reply.status, name).toBe(421);
      expect(reply.body).not.toContain('Moderato</title>');
    }
  });

  it('does not serve files outside the renderer folder, by ../ or by a symlink', async () => {
    for (const path of ['/..%2fmoderato-outside.txt', '/assets/..%2f..%2fmoderato-outside.txt', '/assets/escape.txt']) {
      const reply = await send(host, path, { headers: bearer(host) });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside');
    }
  });
});

describe('the API over HTTP', () => {
  it('answers a real call with an ok Result', async () => {
    const reply = await post(host, 'getAppInfo', '{}');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({
      ok: true,
      value: { version: '9.9.9', dbPath: '/tmp/x.db', host: 'web', credentialsEncrypted: false },
    });
  });

  it('turns bad input into a bad-input Result without calling the service', async () => {
    calls.length = 0;
    const reply = await post(host, 'getComment', JSON.stringify({ id: 'seven' }));
    expect(reply.status).toBe(400);
    const result = JSON.parse(reply.body);
    expect(result.ok).toBe(false);
    expect(result.error.kind).toBe('bad-input');
    expect(result.error.message).toBe('Invalid input for getComment (id): expected a number.');
    // Coded, so the window says it in its language (test/unit/renderer/core-messages.test.ts).
    expect(result.error).toMatchObject({ code: 'error.invalidField', params: { operation: 'getComment', field: 'id', reason: { code: 'input.type.number' } } });
    expect(calls).toEqual([]);
  });

  it('refuses a body that is not JSON', async () => {
    const reply = await post(host, 'getComment', '{"id": 1');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error).toMatchObject({ kind: 'bad-input', code: 'error.requestNotJson' });
  });

  it('names an unknown method as bad input', async () => {
    const reply = await post(host, 'dropAllTables', '{}');
    expect(reply.status).toBe(400);
    const result = JSON.parse(reply.body);
    expect(result.error).toEqual({ kind: 'bad-input', message: 'Unknown operation "dropAllTables".', code: 'error.unknownOperation', params: { name: 'dropAllTables' } });
  });

  it('passes an AppError through as its kind and message', async () => {
    const reply = await post(host, 'getComment', JSON.stringify({ id: 7 }));
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { kind: 'not-found', message: 'No comment 7.' } });
    expect(calls).toEqual([{ id: 7 }]);
  });

  it('never leaks a stack or internal message', async () => {
    const reply = await post(host, 'getCounts', '{}');
    const result = JSON.parse(reply.body);
    expect(result.ok).toBe(false);
    expect(result.error.kind).toBe('internal');
    expect(reply.body).not.toContain('secret');
    expect(reply.body).not.toContain('file.ts');
  });

  it('refuses a body over the size limit', async () => {
    const reply = await post(host, 'checkFlags', JSON.stringify({ content: 'a'.repeat(5 * 1024 * 1024) }));
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error).toMatchObject({ kind: 'bad-input', code: 'error.requestTooLarge' });
  });

  it('refuses a form post (no JSON content type), which a foreign page could send without preflight', async () => {
    const reply = await send(host, '/api/getAppInfo', {
      method: 'POST',
      headers: { ...bearer(host), 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(reply.status).toBe(415);
    expect(JSON.parse(reply.body).error).toMatchObject({ kind: 'bad-input', code: 'error.jsonOnly' });
  });
});

describe('the first screen’s request', () => {
  it('is answered inside the page, with the first view’s defaults, after the page’s head', async () => {
    events.emit({ type: 'queue-changed', siteIds: [1] }); // the view made at start is out of date
    calls.length = 0;
    const page = await send(host, `/?token=${host.token}`);
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(calls).toEqual([{ filter: { status: 'pending', sort: 'newest' }, limit: 100, detailFirst: 12, detailIds: [] }]);
    const block = /<script type="application\/json" id="moderato-first-view">(.*)<\/script><\/body>/.exec(page.body);
    expect(page.body.indexOf('<script type="module"')).toBeLessThan(page.body.indexOf('moderato-first-view'));
    expect(JSON.parse(block![1]!)).toMatchObject({ ok: true, value: { page: { items: [] } } });
  });

  it('cannot be broken out of by a comment’s text', async () => {
    hostileText = '</script><script>alert(1)</script><!--';
    events.emit({ type: 'queue-changed', siteIds: [1] });
    try {
      const page = await send(host, `/?token=${host.token}`);
      const body = /id="moderato-first-view">(.*?)<\/script>/.exec(page.body)![1]!;
      expect(body).not.toContain('<');
      expect(JSON.parse(body).value.page.items[0].excerpt).toBe(hostileText);
    } finally {
      hostileText = null;
      events.emit({ type: 'queue-changed', siteIds: [1] });
    }
  });

  it('keeps the view from one page load to the next until the core reports a change', async () => {
    events.emit({ type: 'queue-changed', siteIds: [1] });
    calls.length = 0;
    const first = await send(host, `/?token=${host.token}`);
    const again = await send(host, `/?token=${host.token}`);
    expect(calls).toHaveLength(1);
    expect(again.body).toBe(first.body);

    hostileText = 'Un nouveau commentaire';
    events.emit({ type: 'queue-changed', siteIds: [1] });
    try {
      const changed = await send(host, `/?token=${host.token}`);
      expect(calls).toHaveLength(2);
      expect(changed.body).toContain('Un nouveau commentaire');
    } finally {
      hostileText = null;
      events.emit({ type: 'queue-changed', siteIds: [1] });
    }
  });

  it('has the view ready when the host starts, before the first window asks', async () => {
    let made = 0;
    const counting = { ...api, getQueueView: (input: Parameters<ServiceApi['getQueueView']>[0]) => (made++, api.getQueueView(input)) } as ServiceApi;
    const fresh = await startWebHost({ api: counting, events: new EventBus(), staticDir: dir, port: 0 });
    try {
      await new Promise((r) => setTimeout(r, 20));
      expect(made).toBe(1);
      const page = await send(fresh, `/?token=${fresh.token}`);
      expect(page.body).toContain('moderato-first-view');
      expect(made).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  it('ends the page without it when the core is slow to answer, so the window is not held blank', async () => {
    const slow = await startWebHost({ api: { ...api, getQueueView: () => new Promise(() => undefined) } as ServiceApi, events, staticDir: dir, port: 0, firstViewWaitMs: 50 });
    try {
      const page = await send(slow, `/?token=${slow.token}`);
      expect(page.status).toBe(200);
      expect(page.body).toContain('<div id="root"></div></body></html>');
      expect(page.body).not.toContain('moderato-first-view');
    } finally {
      await slow.close();
    }
  });

  it('says how to build the renderer when it is not built, for the page and its files alike', async () => {
    const unbuilt = await startWebHost({ api, events, staticDir: join(dir, 'no-such-build'), port: 0 });
    try {
      for (const path of [`/?token=${unbuilt.token}`, `/assets/app.js?token=${unbuilt.token}`]) {
        const reply = await send(unbuilt, path);
        expect(reply.status).toBe(503);
        expect(reply.body).toContain('npm run web');
      }
    } finally {
      await unbuilt.close();
    }
  });

  it('says the core’s refusal in the page as the call would', async () => {
    failFirstView = true;
    events.emit({ type: 'queue-changed', siteIds: [1] });
    try {
      const page = await send(host, `/?token=${host.token}`);
      const body = /id="moderato-first-view">(.*?)<\/script>/.exec(page.body)![1]!;
      expect(JSON.parse(body)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
      // A refusal is not kept: the next load asks again.
      failFirstView = false;
      const next = await send(host, `/?token=${host.token}`);
      expect(/id="moderato-first-view">(.*?)<\/script>/.exec(next.body)![1]).toContain('"ok":true');
    } finally {
      failFirstView = false;
    }
  });
});

describe('the event stream', () => {
  it('delivers the core events as server-sent events', async () => {
    const url = new URL('/api/events', host.url);
    const received = await new Promise<string>((resolve, reject) => {
      const req = request(url, { headers: { host: url.host, ...bearer(host) } }, (res) => {
        expect(res.headers['content-type']).toContain('text/event-stream');
        let buffer = '';
        res.on('data', (chunk: Buffer) => {
          buffer += chunk.toString('utf8');
          if (buffer.includes(': connected')) {
            events.emit({ type: 'queue-changed', siteIds: [3] });
          }
          const match = /data: (.*)\n\n/.exec(buffer);
          if (match?.[1]) {
            resolve(match[1]);
            req.destroy();
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(JSON.parse(received)).toEqual({ type: 'queue-changed', siteIds: [3] });
  });
});
