// Triage at the speed of the keyboard, in Chromium against `npm run web` and a
// WordPress on 127.0.0.1 (the fake server): keys pressed faster than the screen
// decide the right comments in order and reach the site once each; a decision
// the core refuses comes back with its reason; a prefetched comment never shows
// a spinner; and keys keep working while a sync is writing.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CommentDetail, OutboxItem, Site } from '../../shared/types';
import { ADMIN, FakeWordPress } from '../support/fake-wordpress';
import { launchChromium, screenshot, watchPage } from './support/browser';
import { callHost, startWebHostProcess, type RunningWebHost } from './support/web-host-process';

const READERS = ['Amandine', 'Baptiste', 'Capucine', 'Dorian', 'Eugénie', 'Fabien', 'Gwenaëlle', 'Hector', 'Inès', 'Jules'];

let dir: string;
let dbPath: string;
let wordpress: FakeWordPress;
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let site: Site;

/** An operation of the contract on this suite's host. */
const call = <T,>(method: string, input: unknown = {}): Promise<T> => callHost<T>(host, method, input);

/** The queue's rows from the top, as local comment ids. */
const rowIds = (count: number) =>
  page.evaluate(
    (n) =>
      [...document.querySelectorAll<HTMLElement>('[role="option"]')]
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
        .slice(0, n)
        .map((r) => Number(r.dataset.commentId)),
    count,
  );
const shownId = () => page.locator('section.detail[data-comment-id]').getAttribute('data-comment-id').then(Number);
const toast = () => page.getByTestId('toast');

function addReaderComments(count: number, start: number, dateBase: number): void {
  for (let i = 0; i < count; i++) {
    const n = start + i;
    wordpress.addComment({
      post: 1,
      author_name: `${READERS[n % READERS.length]} ${n}`,
      author_email: `lecteur${n}@example.fr`,
      author_ip: `203.0.113.${n % 250}`,
      content: `Merci pour cet article, réponse numéro ${n} : le passage sur la modération m’a parlé.`,
      date_gmt: new Date(dateBase - i * 60_000).toISOString().slice(0, 19),
    });
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'moderato-e2e-triage-'));
  dbPath = join(dir, 'moderato.db');
  wordpress = await FakeWordPress.start({ siteName: 'Le carnet de Lise' });
  addReaderComments(60, 0, Date.UTC(2026, 10, 20));
  host = await startWebHostProcess({ dbPath });
  site = await call<Site>('addSite', { url: wordpress.url, user: ADMIN.login, password: ADMIN.appPassword });
  await call('syncNow', { siteId: site.id, mode: 'pull' });
  browser = await launchChromium();
}, 60_000);

beforeEach(async () => {
  await page?.close();
  page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
  await page.goto(host.url);
  await page.locator('section.detail[data-comment-id]').waitFor();
  await page.locator('.queue-pane').click({ position: { x: 5, y: 5 } });
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  await wordpress?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('instant triage', () => {
  it('decides ten comments pressed faster than the screen updates: the right ones, in order, each sent once', async () => {
    const expected = await rowIds(11);
    const remote = new Map((await call<CommentDetail[]>('getComments', { ids: expected })).map((c) => [c.id, c.remoteId]));
    wordpress.requests.length = 0;
    for (let i = 0; i < 10; i++) await page.keyboard.press('a', { delay: 0 });
    // The eleventh comment is on screen at once …
    await expect.poll(shownId).toBe(expected[10]);
    // … and the ten decisions reach WordPress by themselves shortly after, in the order pressed, once each.
    const sent = () =>
      wordpress.requests.filter((r) => r.method === 'POST' && /\/comments\/\d+$/.test(r.route)).map((r) => Number(r.route.split('/').pop()));
    await expect.poll(sent, { timeout: 10_000 }).toHaveLength(10);
    expect(sent()).toEqual(expected.slice(0, 10).map((id) => remote.get(id)));
    for (const id of expected.slice(0, 10)) expect(wordpress.comments.get(remote.get(id)!)?.status).toBe('approved');
  });

  it('shows the first rows before the app has loaded, and the keys pressed on them decide the comments seen', async () => {
    const expected = (await call<{ items: { id: number; authorName: string }[] }>('listQueue', { filter: { status: 'pending', sort: 'newest' }, limit: 3 })).items;
    const remote = new Map((await call<CommentDetail[]>('getComments', { ids: expected.map((c) => c.id) })).map((c) => [c.id, c.remoteId]));
    // A slow disk or network: the app's code is held back until the keys are pressed.
    const early = await browser.newPage({ viewport: { width: 1360, height: 820 } });
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await early.route(/\/assets\/start-[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await early.goto(host.url);
      const firstScreen = early.locator('[data-first-screen]');
      await firstScreen.locator('[role="option"]').first().waitFor();
      // The queue as the core orders it, the first one selected; nothing of the app has run yet.
      expect(await firstScreen.locator('[role="option"] .row-author').allTextContents()).toEqual(expect.arrayContaining(expected.map((c) => c.authorName)));
      expect(await firstScreen.locator('[role="option"][aria-selected="true"] .row-author').textContent()).toBe(expected[0]!.authorName);
      // Each row's date follows its row a frame later.
      const firstDate = firstScreen.locator('[role="option"] time.row-date').first();
      await expect.poll(() => firstDate.textContent()).not.toBe('');
      const earlyDate = await firstDate.textContent();
      await screenshot(early, 'triage-first-screen');
      wordpress.requests.length = 0;
      await early.keyboard.press('j');
      await early.keyboard.press('a');
      release();
      // The app takes the window, then the held keys: the second comment approved, the third shown.
      await expect.poll(() => early.locator('section.detail[data-comment-id]').getAttribute('data-comment-id').then(Number), { timeout: 15_000 }).toBe(expected[2]!.id);
      expect(await firstScreen.count()).toBe(0);
      // … worded as the app words it.
      expect(await early.locator(`#comment-row-${expected[0]!.id} time.row-date`).textContent()).toBe(earlyDate);
      const sent = () => wordpress.requests.filter((r) => r.method === 'POST' && /\/comments\/\d+$/.test(r.route)).map((r) => Number(r.route.split('/').pop()));
      await expect.poll(sent, { timeout: 10_000 }).toEqual([remote.get(expected[1]!.id)]);
      expect(wordpress.comments.get(remote.get(expected[0]!.id)!)?.status).toBe('hold');
    } finally {
      await early.close();
    }
  });

  it('puts back a decision the core refuses and says why', async () => {
    const [first, second] = await rowIds(2);
    // The comment disappears from the database behind the window's back (as if deleted meanwhile).
    const db = new Database(dbPath);
    try {
      db.prepare('DELETE FROM comments WHERE id = ?').run(first);
    } finally {
      db.close();
    }
    await page.keyboard.press('s');
    await expect.poll(() => toast().textContent()).toContain('no longer in Moderato');
    expect(await toast().getAttribute('class')).toMatch(/error/);
    // The screen settles on the truth: the missing comment is gone, nothing else was decided.
    await expect.poll(async () => (await rowIds(1))[0]).toBe(second);
    expect((await call<OutboxItem[]>('listOutbox')).filter((o) => o.kind === 'spam')).toEqual([]);
    await screenshot(page, 'triage-refused');
  });

  it('never shows a spinner for a comment that was loaded ahead', async () => {
    await page.evaluate(`
      window.__spinners = 0;
      new MutationObserver(() => {
        if (document.querySelector('section.detail[aria-busy]')) window.__spinners++;
      }).observe(document.body, { childList: true, subtree: true, attributes: true });
    `);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('j');
      await page.waitForTimeout(120);
    }
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press(i % 2 ? 'k' : 'd');
      await page.waitForTimeout(200);
    }
    expect(await page.evaluate('window.__spinners')).toBe(0);
  });

  it('keeps answering keys while a sync writes thousands of comments', async () => {
    // No sync of the earlier tests' decisions still running: it would take the new comments at full speed.
    const idle = async () => (await call<{ sites: { state: string; queued: number }[] }>('getSyncStatus')).sites.every((s) => s.state !== 'syncing' && s.queued === 0);
    await expect.poll(idle, { timeout: 15_000 }).toBe(true);
    // Older than everything on screen, so the rows the keys act on stay where they are.
    addReaderComments(3000, 1000, Date.UTC(2024, 0, 1));
    // Every page of this sync slow, so it is still running (a few seconds) while the keys are pressed and checked.
    wordpress.inject({ kind: 'slow', ms: 400 }, { method: 'GET', times: 200 });
    const seen = watchPage(page);
    const syncing = call('syncNow', { siteId: site.id, mode: 'pull' });
    await expect.poll(() => page.locator('.status-bar').textContent(), { timeout: 10_000 }).toMatch(/Fetching|Syncing/);
    const expected = await rowIds(4);
    await page.keyboard.press('j');
    await expect.poll(shownId).toBe(expected[1]);
    await page.keyboard.press('a');
    await expect.poll(shownId).toBe(expected[2]);
    await page.keyboard.press('t');
    await expect.poll(shownId).toBe(expected[3]);
    const decided = async () => (await call<OutboxItem[]>('listOutbox')).map((o) => [o.kind, o.commentId]);
    await expect.poll(decided).toEqual(expect.arrayContaining([['approve', expected[1]], ['trash', expected[2]]]));
    await syncing;
    await expect.poll(() => page.locator('[data-view="pending"] .nav-count').textContent(), { timeout: 10_000 }).toMatch(/3[,.\s\u202f]?0\d\d/);
    expect(seen.errors).toEqual([]);
  });
});
