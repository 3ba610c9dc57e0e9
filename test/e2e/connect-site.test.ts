// The first run, end to end: connect a WordPress site from Settings, see its
// pending comments arrive, approve one with the keyboard and watch the
// decision reach the site. WordPress is the fake server on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, FakeWordPress } from '../support/fake-wordpress';
import { seedFake, type SeededIds } from '../support/sync-seed';
import { launchChromium, screenshot, watchPage } from './support/browser';
import { startWebHostProcess, type RunningWebHost } from './support/web-host-process';

let dir: string;
let wordpress: FakeWordPress;
let ids: SeededIds;
let host: RunningWebHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'moderato-e2e-connect-'));
  wordpress = await FakeWordPress.start({ siteName: 'Les recettes de Mamie' });
  ids = seedFake(wordpress);
  host = await startWebHostProcess({ dbPath: join(dir, 'moderato.db') });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  await wordpress?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('connecting a site', () => {
  it('welcomes a new user and explains a wrong Application Password', async () => {
    const seen = watchPage(page);
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Connect your first site' }).waitFor();
    await page.getByRole('button', { name: 'Add a site' }).click();

    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByLabel('Site address').fill(wordpress.url);
    await dialog.getByLabel('WordPress user name').fill(ADMIN.login);
    await dialog.getByLabel('Application Password').fill('wrong wrong wrong wrong wrong wrong');
    await dialog.getByRole('button', { name: 'Add site' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/password/i);
    expect(seen.errors).toEqual([]);
  });

  it('connects with the right password and brings the pending comments in', async () => {
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByLabel('Application Password').fill(ADMIN.appPassword);
    await dialog.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => dialog.locator('.inline-message.ok').textContent(), { timeout: 15_000 }).toContain('Connected');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    await page.getByRole('button', { name: 'Sync now' }).click();
    const authors = page.locator('[role="option"] .row-author');
    await expect.poll(() => authors.allTextContents(), { timeout: 20_000 }).toEqual(
      expect.arrayContaining(['Marc Lefèvre', 'Claire Dubois', 'stage 4 U']),
    );
    // Approved and spam comments on the site are not in Pending.
    expect(await authors.allTextContents()).not.toContain('Cheap Flights');
    await screenshot(page, 'connect-site-synced');
  });

  it('sends an approval made with the keyboard to the site', async () => {
    await page.locator('[role="option"]', { hasText: 'Marc Lefèvre' }).click();
    await page.keyboard.press('a');
    await expect.poll(() => page.locator('[role="option"]', { hasText: 'Marc Lefèvre' }).count()).toBe(0);
    const marc = ids.comments['marc-reply']!;
    // The push follows a keyboard burst by a moment; then the site has the decision.
    await expect.poll(() => wordpress.comments.get(marc)?.status, { timeout: 20_000 }).toBe('approved');
    await expect.poll(() => page.getByTestId('unsent-count').count(), { timeout: 20_000 }).toBe(0);
  });

  it('takes a new Application Password for a site only once the site accepts it', async () => {
    await page.keyboard.press(',');
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByRole('button', { name: 'New password' }).click();
    const field = dialog.getByLabel(/New Application Password for/);
    await field.fill('not the right one 0000');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.locator('.inline-message.error').textContent(), { timeout: 15_000 }).toMatch(/password/i);

    await field.fill(ADMIN.appPassword);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.locator('.inline-message.ok').textContent(), { timeout: 15_000 }).toContain('New password saved');
    await screenshot(page, 'connect-site-new-password');
    await page.keyboard.press('Escape');
  });
});
