// app://moderato serves the built renderer, with the CSP, and nothing outside it.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppPath, serveAppRequest } from '../../../electron/core/shell/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/shell/csp';

let base: string;
let root: string;
beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'moderato-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Moderato</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'TOP SECRET');
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveAppRequest(root, { url, method });

describe('the app:// protocol', () => {
  it('serves the renderer with its type and the security headers', async () => {
    const page = await get('app://moderato/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Moderato</title>');
    expect((await get('app://moderato/')).status).toBe(200);
    const script = await get('app://moderato/assets/app.js?v=1');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('has a CSP that allows only our own files', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toMatch(/style-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
  });

  it.each([
    'app://moderato/../secret.txt',
    'app://moderato/%2e%2e/secret.txt',
    'app://moderato/assets/%2e%2e/%2e%2e/secret.txt',
    'app://moderato/..%2fsecret.txt',
    'app://moderato/assets%2f..%2f..%2fsecret.txt',
    'app://moderato/..%5csecret.txt',
    'app://moderato/%252e%252e/secret.txt',
    'app://moderato/assets/link.txt',
    'app://moderato/index.html%00.js',
    'app://moderato/%E0%A4%A',
    'app://other-host/secret.txt',
    'file:///etc/passwd',
  ])('never serves anything outside the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain('TOP SECRET');
  });

  it('answers missing files with 404 and refuses writes', async () => {
    expect((await get('app://moderato/nope.js')).status).toBe(404);
    expect((await get('app://moderato/assets')).status).toBe(404);
    expect((await get('app://moderato/index.html', 'POST')).status).toBe(405);
  });

  it('maps URLs to files without touching the disk', () => {
    expect(resolveAppPath('/r', 'app://moderato/')).toEqual({ ok: true, file: path.resolve('/r/index.html') });
    expect(resolveAppPath('/r', 'app://moderato/a/b.css')).toEqual({ ok: true, file: path.resolve('/r/a/b.css') });
    expect(resolveAppPath('/r', 'app://moderato/..%2F..%2Fetc%2Fpasswd')).toEqual({ ok: false, status: 403 });
  });
});
