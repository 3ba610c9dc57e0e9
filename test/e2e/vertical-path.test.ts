// Issue 2's vertical path: the renderer served by `npm run web` calls a real
// operation of the core service over HTTP and shows its answer; nobody without
// the token gets anything.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, watchPage } from './support/browser';
import { startWebHostProcess, type RunningWebHost } from './support/web-host-process';

let dir: string;
let host: RunningWebHost;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'moderato-e2e-'));
  host = await startWebHostProcess({ dbPath: join(dir, 'moderato.db') });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run web', () => {
  it('prints one line with a 127.0.0.1 address and a token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{40,}$/);
    expect(host.port).toBeGreaterThan(0);
  });

  it('shows the answer of a real operation: the version and the database path', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const seen = watchPage(page);
    await page.goto(host.url);
    const info = page.getByTestId('app-info');
    await expect.poll(() => info.textContent(), { timeout: 15_000 }).toContain(join(dir, 'moderato.db'));
    expect(await info.textContent()).toMatch(/Moderato \d+\.\d+\.\d+/);
    // The one-time token leaves the address bar; the HttpOnly cookie carries it.
    expect(page.url()).not.toContain('token=');
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await screenshot(page, 'vertical-path');
    // Nothing but the host itself was asked for anything.
    expect(seen.requests.filter((url) => !url.startsWith(host.origin))).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('follows the system’s light or dark appearance', async () => {
    const background: Record<string, string> = {};
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ colorScheme: scheme, viewport: { width: 1280, height: 800 } });
      await page.goto(host.url);
      await page.getByTestId('app-info').waitFor();
      background[scheme] = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await screenshot(page, `appearance-${scheme}`);
      await page.close();
    }
    const lightness = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, n) => sum + Number(n), 0);
    expect(lightness(background.light!)).toBeGreaterThan(600);
    expect(lightness(background.dark!)).toBeLessThan(150);
  });

  it('refuses a browser that comes without the token', async () => {
    const context = await browser.newContext(); // no cookie from the other page
    const page = await context.newPage();
    const response = await page.goto(host.origin);
    expect(response?.status()).toBe(401);
    expect(await page.content()).not.toContain('id="root"');
    const api = await context.request.post(`${host.origin}api/getAppInfo`, { data: {} });
    expect(api.status()).toBe(401);
    expect(await api.text()).not.toContain('moderato.db');
    await context.close();
  });

  it('stops cleanly on SIGTERM', async () => {
    expect(await host.stop()).toBe(0);
  });
});
