// The queue as a blog owner uses it, in Chromium against `npm run web` on a
// seeded database: read the French thread, move with j/k, approve with a,
// take it back with z, search without accents, and never run a comment's script.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, watchPage } from './support/browser';
import { seedThread } from './support/seed';
import { startWebHostProcess, type RunningWebHost } from './support/web-host-process';

let dir: string;
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let seen: ReturnType<typeof watchPage>;

const rows = () => page.locator('[role="option"]');
const row = (author: string): Locator => rows().filter({ has: page.locator('.row-author', { hasText: author }) });
const selected = () => page.locator('[role="option"][aria-selected="true"] .row-author');
const detail = () => page.locator('section.detail');
const pendingCount = () => page.locator('[data-view="pending"] .nav-count');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'moderato-e2e-queue-'));
  const dbPath = join(dir, 'moderato.db');
  seedThread(dbPath);
  host = await startWebHostProcess({ dbPath });
  browser = await launchChromium();
});

beforeEach(async () => {
  await page?.close();
  page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
  seen = watchPage(page);
  await page.goto(host.url);
  await row('Cyn').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the queue', () => {
  it('lists the pending French thread, newest first, with the first comment open', async () => {
    await expect.poll(() => rows().count()).toBe(6);
    const authors = await page.locator('[role="option"] .row-author').allTextContents();
    expect(authors).toEqual(['Gégé', 'stage 4 U', 'Marc Lefèvre', 'Cyn', 'Atelier pain du quartier', 'Mallory']);
    expect(await pendingCount().textContent()).toBe('6');
    expect(await selected().textContent()).toBe('Gégé');
    await expect.poll(() => detail().locator('.post-link').textContent()).toBe('Le métier de boulanger, vu du fournil');
    expect(seen.errors).toEqual([]);
  });

  it('moves with j and k, and shows the thread above the selected reply', async () => {
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await selected().textContent()).toBe('Marc Lefèvre');
    await page.keyboard.press('j');
    expect(await selected().textContent()).toBe('Cyn');
    await page.keyboard.press('k');
    expect(await selected().textContent()).toBe('Marc Lefèvre');
    // Marc answers Cyn, who answered Claire: the whole chain, root first.
    const thread = detail().getByRole('region', { name: 'In reply to' });
    await expect.poll(() => thread.locator('.thread-head strong').allTextContents()).toEqual(['Claire Dubois', 'Cyn']);
    await screenshot(page, 'queue-thread');
  });

  it('approves with a: the comment leaves Pending, the next one is selected, the decision waits unsent; z undoes it', async () => {
    await row('Cyn').click();
    await page.keyboard.press('a');

    await expect.poll(() => row('Cyn').count()).toBe(0);
    expect(await selected().textContent()).toBe('Atelier pain du quartier');
    await expect.poll(() => pendingCount().textContent()).toBe('5');
    const toast = page.getByTestId('toast');
    await expect.poll(() => toast.textContent()).toContain('Approved comment by Cyn');
    // The site is unreachable, so the decision is kept locally and counted as unsent.
    await expect.poll(() => page.getByTestId('unsent-count').textContent()).toMatch(/^1 unsent decision/);
    await screenshot(page, 'queue-approved');

    await page.keyboard.press('z');
    await expect.poll(() => row('Cyn').count()).toBe(1);
    await expect.poll(() => pendingCount().textContent()).toBe('6');
    await expect.poll(() => page.getByTestId('unsent-count').count()).toBe(0);
    await expect.poll(() => toast.textContent()).toContain('Undone');
  });

  it('finds “métier” when searching “metier”', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('metier');
    // Exactly the two comments that say “métier”; the others leave the list.
    await expect.poll(() => page.locator('[role="option"] .row-author').allTextContents()).toEqual([
      'Cyn',
      'Atelier pain du quartier',
    ]);
    await page.keyboard.press('Escape');
    await expect.poll(() => rows().count()).toBe(6);
  });

  it('shows a comment’s <script> as inert text and loads nothing remote', async () => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await row('Mallory').click();
    const content = detail().getByRole('article', { name: 'Comment text' });
    await expect.poll(() => content.textContent()).toContain('joli pain');
    expect(await content.locator('script, img, iframe').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned ?? false)).toBe(false);
    expect(dialogs).toBe(0);
    expect(seen.requests.filter((url) => !url.startsWith(host.origin))).toEqual([]);
  });

  it('highlights the flagged words and says why the comment was held', async () => {
    await row('Gégé').click();
    const marks = detail().locator('mark.flag-mark');
    await expect.poll(() => marks.allTextContents()).toEqual(expect.arrayContaining(['merde', 'crétin']));
    const why = detail().getByRole('region', { name: 'Why it was held' });
    expect(await why.locator('.flag-list li').count()).toBeGreaterThan(0);
    await screenshot(page, 'queue-flags');

    await row('stage 4 U').click();
    await expect.poll(() => detail().locator('.verdict').textContent()).toContain('Likely spam');
    await page.locator('[role="option"][aria-selected="true"]').waitFor();
    await page.waitForTimeout(300); // let the detail pane settle before the picture
    const path = await screenshot(page, 'queue-spam');
    // The README's picture is the queue as a user first meets it.
    mkdirSync(resolve(import.meta.dirname, '../../docs'), { recursive: true });
    copyFileSync(path, resolve(import.meta.dirname, '../../docs/screenshot.png'));
  });

  it('opens the shortcut sheet with ?', async () => {
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await help.textContent()).toContain('Delete permanently');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
  });
});
