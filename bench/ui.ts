// The queue UI as the moderator meets it (issue 11): a 100,000-comment database,
// the web host (`npm run web`'s entry) and Debian's Chromium. Every time is taken
// in the page, from the keydown's event.timeStamp (or the navigation's start) to
// the moment the DOM shows the result, and is printed next to its target and the
// blank-page floor measured in the same run.
//
//   npm run bench:ui        (or: npm run bench -- ui)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { createNodeCredentials } from '../electron/core/settings/node';
import { SECURITY_HEADERS } from '../electron/core/shell/csp';
import { SpamFilter } from '../electron/core/spam-filter';
import { openStore } from '../electron/core/store';
import { ADMIN, FakeWordPress } from '../test/support/fake-wordpress';
import { launchChromium } from '../test/e2e/support/browser';
import { callHost as call, startWebHostProcess, type RunningWebHost } from '../test/e2e/support/web-host-process';
import { generateComments } from './store';
import { below, median, type BenchRow } from './types';

const repoRoot = resolve(import.meta.dirname, '..');
const OFFLINE_SITES = 5; // 5 × 20,000 pending comments, on sites that cannot be reached (decisions wait)
const SYNC_COMMENTS = 10_000; // arrive on a 6th site while keys are pressed
const COLD_LOADS = 9; // each figure is a median: one cold load on 2 cores swings by 100 ms
/** How long a cold load is left alone before the bench reads its times (the app takes keys within ~1 s here). */
const SETTLE_MS = 2000;
const PRESSES = 45;
const BURST = 30;
const WALK = 1000;

declare global {
  interface Window {
    __firstRow?: number;
    /** When the app's own (React) list first showed a row. */
    __appRow?: number;
    __measureKey?: (id: string) => Promise<number>;
    __keyTiming?: Promise<number>;
  }
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}
const round = (n: number) => Number(n.toFixed(1));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** 100,000 pending comments flagged by the real engine, as a first sync leaves them. */
function seedDatabase(dbPath: string, syncSite: FakeWordPress): void {
  const store = openStore({ path: dbPath });
  try {
    store.setScorer(new SpamFilter(store).score);
    const credentials = createNodeCredentials(dirname(dbPath));
    for (let i = 1; i <= OFFLINE_SITES; i++) {
      const baseUrl = `http://127.0.0.1:9/site-${i}`;
      const site = store.addSite({ baseUrl, restRoot: `${baseUrl}/wp-json/`, user: 'admin', name: `Blog ${i}` });
      credentials.set(site.id, 'abcd efgh ijkl mnop qrst uvwx');
      store.upsertComments(site.id, generateComments(i).map((c) => ({ ...c, status: 'pending' as const })));
    }
    const site = store.addSite({ baseUrl: syncSite.url, restRoot: syncSite.restRoot, user: ADMIN.login, name: 'Le blog en ligne' });
    credentials.set(site.id, ADMIN.appPassword);
  } finally {
    store.close();
  }
}

/** A page with nothing in it, from a server on 127.0.0.1: what the machine needs to show anything at all. */
/**
 * With `headers`, the page also carries the app's security headers (they once included
 * Cross-Origin-Opener-Policy, which made Chromium start a renderer process for the page instead of
 * reusing the new tab's: this row showed it, 60-150 ms).
 */
async function blankPageFloor(browser: Browser, headers: Readonly<Record<string, string>> = {}): Promise<number> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end('<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body></body></html>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const times: number[] = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    times.push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd));
    await context.close();
  }
  server.close();
  return median(times);
}

/** Serves the files of `dir` on 127.0.0.1 (the floors' pages); returns the address and a stop. */
async function serveFolder(dir: string, headers: Readonly<Record<string, string>> = SECURITY_HEADERS): Promise<{ url: string; close(): void }> {
  // The app's own headers (CSP, COOP …), so the floor pays what the app's page pays.
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = resolve(dir, `.${path === '/' ? '/index.html' : path}`);
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => {
        const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8';
        res.writeHead(200, { ...headers, 'Content-Type': type, 'Cache-Control': 'no-store' });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

/**
 * The floor for any React app here: bench/react-floor (the same React and react-dom, twenty
 * rows of text, nothing fetched), built by Vite as the app is, from the navigation's start to its
 * first row. What the app does beyond it is what the app can still remove.
 */
export async function reactFloor(browser: Browser): Promise<number> {
  const outDir = mkdtempSync(join(tmpdir(), 'moderato-react-floor-'));
  try {
    await build({
      configFile: false,
      root: join(repoRoot, 'bench/react-floor'),
      base: './',
      logLevel: 'warn',
      plugins: [react()],
      build: { outDir, emptyOutDir: true, target: 'chrome130' },
    });
    return await firstRowMedianOf(browser, outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** A floor's page: `dir` served on 127.0.0.1, and the median time from the navigation's start to its first row. */
async function firstRowMedianOf(browser: Browser, dir: string, headers?: Readonly<Record<string, string>>): Promise<number> {
  const server = await serveFolder(dir, headers);
  try {
    return median((await coldLoads(browser, server.url, false)).firstRow);
  } finally {
    server.close();
  }
}

/**
 * Cold loads in fresh profiles (nothing cached): when the first queue row entered the DOM and,
 * for the app, when its keyboard took over (the first screen's held keys handed to it; the
 * mark `moderato:keyboard-live` of first-screen.ts) and when React's list replaced the first
 * screen, all from the navigation's start.
 */
async function coldLoads(browser: Browser, url: string, app: boolean): Promise<{ firstRow: number[]; keyboardLive: number[]; appRow: number[] }> {
  const firstRow: number[] = [];
  const keyboardLive: number[] = [];
  const appRow: number[] = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1360, height: 820 } });
    const page = await context.newPage();
    await page.addInitScript(PROBES);
    await page.goto(url);
    // Nothing of Playwright's runs in the page while it loads: its first evaluation injects a
    // script that takes the page's thread for 25-40 ms here, which would land inside the load.
    await sleep(SETTLE_MS);
    await page.waitForFunction(() => window.__firstRow !== undefined, null, { timeout: 30_000 });
    firstRow.push(await page.evaluate(() => window.__firstRow!));
    if (app) {
      await page.waitForFunction(() => performance.getEntriesByName('moderato:keyboard-live').length > 0, null, { timeout: 30_000 });
      keyboardLive.push(await page.evaluate(() => performance.getEntriesByName('moderato:keyboard-live')[0]!.startTime));
      await page.waitForFunction(() => window.__appRow !== undefined, null, { timeout: 30_000 });
      appRow.push(await page.evaluate(() => window.__appRow!));
    }
    await context.close();
  }
  return { firstRow, keyboardLive, appRow };
}

/** The comment the key should bring into the pane: the row after (or before) the selected one. */
async function neighbourId(page: Page, delta: 1 | -1): Promise<string | null> {
  return page.evaluate((d) => {
    const rows = [...document.querySelectorAll<HTMLElement>('.queue-row')].sort(
      (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
    );
    const at = rows.findIndex((r) => r.classList.contains('selected'));
    return rows[at + d]?.dataset.commentId ?? null;
  }, delta);
}

/**
 * Presses `key` and returns the time from its keydown to the pane showing comment `expected`
 * in full (not a spinner). The observer is installed before the key is sent.
 */
async function timeKey(page: Page, key: string, expected: string): Promise<number> {
  // Armed (and awaited) before the key goes out, so the keydown cannot overtake the listener.
  await page.evaluate((id) => {
    window.__keyTiming = window.__measureKey!(id);
  }, expected);
  await page.keyboard.press(key);
  return page.evaluate(() => window.__keyTiming!);
}

/**
 * The floor for a first screen drawn in the app's styles: the app's own first screen, taken from
 * the page while the app's code is kept from loading, served as static HTML with the app's
 * stylesheet and the host's headers, and no script at all. From the navigation's start to its
 * first row: what styled rows of text cost here before any code runs or any data is fetched.
 */
async function styledRowsFloor(browser: Browser, host: RunningWebHost): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
  let captured: { theme: string; html: string; stylesheets: string[] };
  try {
    await page.route(/\/assets\/start-[^/]*\.js$/, (route) => route.abort());
    await page.goto(host.url);
    await page.locator('[data-first-screen] .queue-row').first().waitFor({ timeout: 30_000 });
    captured = await page.evaluate(() => ({
      theme: document.documentElement.dataset.theme ?? 'light',
      html: document.getElementById('root')!.innerHTML,
      stylesheets: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => `.${new URL(link.href).pathname}`),
    }));
  } finally {
    await page.close();
  }
  const dir = mkdtempSync(join(tmpdir(), 'moderato-styled-floor-'));
  try {
    mkdirSync(join(dir, 'assets'));
    for (const href of captured.stylesheets) copyFileSync(join(repoRoot, 'dist/renderer', href), join(dir, href));
    const links = captured.stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="en" data-theme="${captured.theme}"><head><meta charset="utf-8"><title>floor</title>${links}</head><body><div id="root">${captured.html}</div></body></html>`,
    );
    // The host's headers but its CSP: the rows' positions are style attributes in static HTML,
    // which the CSP refuses (the app sets them through the DOM, which it allows).
    const { 'Content-Security-Policy': _csp, ...headers } = SECURITY_HEADERS;
    return await firstRowMedianOf(browser, dir, headers);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Installed in the page before its own scripts, as a string: tsx would wrap named inner
 * functions of a page function in a helper the page does not have.
 * - window.__firstRow: when the first queue row entered the DOM, from the navigation's start.
 * - window.__measureKey(id): resolves with the time from the next keydown to comment `id`
 *   shown in the pane (not a spinner).
 */
const PROBES = `
  new MutationObserver((_, observer) => {
    if (window.__firstRow === undefined && document.querySelector('.queue-row')) {
      window.__firstRow = performance.now();
    }
    if (window.__appRow === undefined && document.querySelector('.queue-row') && !document.querySelector('[data-first-screen]')) {
      window.__appRow = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });

  window.__measureKey = (id) => new Promise((resolveTime, reject) => {
    let pressedAt = -1;
    let done = false;
    const shown = () => document.querySelector('section.detail[data-comment-id="' + id + '"]:not([aria-busy])') !== null;
    const finish = () => {
      if (done || pressedAt < 0 || !shown()) return;
      done = true;
      observer.disconnect();
      resolveTime(performance.now() - pressedAt);
    };
    const observer = new MutationObserver(finish);
    window.addEventListener('keydown', (e) => {
      pressedAt = e.timeStamp;
      queueMicrotask(finish); // the handlers may have rendered already
    }, { capture: true, once: true });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    setTimeout(() => reject(new Error('comment ' + id + ' not shown 5 s after the key')), 5000);
  });
`;

async function openApp(browser: Browser, host: RunningWebHost): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
  await page.addInitScript(PROBES);
  await page.goto(host.url);
  await page.locator('section.detail[data-comment-id]').waitFor({ timeout: 30_000 });
  await page.locator('.queue-pane').click({ position: { x: 5, y: 5 } }); // the keyboard goes to the app, not the address bar
  return page;
}

interface KeyRun {
  times: number[];
  requests: number;
}

/** Presses keys at a moderator's pace (every `gap` ms) and records each time and the requests made meanwhile. */
async function pressKeys(page: Page, keys: string[], delta: 1 | -1, gap: number): Promise<KeyRun> {
  let requests = 0;
  const count = (req: { url(): string }) => {
    if (req.url().includes('/api/') && !req.url().includes('/api/events')) requests++;
  };
  page.on('request', count);
  const times: number[] = [];
  for (const key of keys) {
    const expected = await neighbourId(page, delta);
    if (expected === null) break;
    times.push(await timeKey(page, key, expected));
    await sleep(gap);
  }
  if (times.length === 0) throw new Error(`no ${keys[0]} press could be measured (no comment next to the selection)`);
  await sleep(800); // the requests a key set off (the refresh after the last decision) are counted too
  page.off('request', count);
  return { times, requests };
}


export async function run(): Promise<BenchRow[]> {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'moderato-bench-ui-'));
  const dbPath = join(dir, 'moderato.db');
  const wordpress = await FakeWordPress.start({ siteName: 'Le blog en ligne' });
  let host: RunningWebHost | null = null;
  let browser: Browser | null = null;
  try {
    const seedStart = performance.now();
    seedDatabase(dbPath, wordpress);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    host = await startWebHostProcess({ dbPath });
    browser = await launchChromium();
    const rows: BenchRow[] = [];
    rows.push({ name: 'ui: database, pending comments (seeded through the store and the real flag engine)', value: OFFLINE_SITES * 20_000, unit: 'comments', target: 'reported', pass: true });
    rows.push({ name: 'ui: seeding time', value: round(seedSeconds), unit: 's', target: 'reported', pass: true });

    // ---- first paint ----------------------------------------------------------
    const floor = await blankPageFloor(browser);
    const floorWithHeaders = await blankPageFloor(browser, SECURITY_HEADERS);
    const loads = await coldLoads(browser, host.url, true);
    const react = await reactFloor(browser);
    const styledRows = await styledRowsFloor(browser, host);
    const firstRow = median(loads.firstRow);
    rows.push({ name: 'ui: blank page from 127.0.0.1, navigation start to load (floor, same run)', value: round(floor), unit: 'ms', target: 'reference', pass: true });
    rows.push({ name: "ui: blank page with the app's security headers (same run)", value: round(floorWithHeaders), unit: 'ms', target: 'reference', pass: true });
    rows.push(below(`ui: cold load to the first queue row (the first screen, drawn before React; median of ${COLD_LOADS})`, round(firstRow), 'ms', 300));
    rows.push(below('ui: cold load, first row minus the blank page', round(firstRow - floor), 'ms', 150));
    rows.push(below("ui: cold load, first row minus the blank page with the host's headers", round(firstRow - floorWithHeaders), 'ms', 150));
    rows.push({ name: 'ui: React floor: twenty rows with the same React, nothing fetched, cold load (bound, same run)', value: round(react), unit: 'ms', target: 'reference', pass: true });
    rows.push({ name: "ui: styled-rows floor: the first screen as static HTML with the app's stylesheet and headers, no script, cold load (bound, same run)", value: round(styledRows), unit: 'ms', target: 'reference', pass: true });
    rows.push({ name: 'ui: cold load, first row minus the styled-rows floor (what fetching the page and drawing it adds)', value: round(firstRow - styledRows), unit: 'ms', target: 'reported', pass: true });
    const keyboardLive = median(loads.keyboardLive);
    const appRow = median(loads.appRow);
    rows.push({ name: `ui: cold load to the app's keyboard (from here keys act on the queue; earlier ones were held and are replayed; median of ${COLD_LOADS})`, value: round(keyboardLive), unit: 'ms', target: 'reported', pass: true });
    rows.push({ name: `ui: cold load to React's list replacing the first screen (median of ${COLD_LOADS})`, value: round(appRow), unit: 'ms', target: 'reported', pass: true });
    rows.push({ name: "ui: cold load, React's list minus the React floor (what the app adds to React)", value: round(appRow - react), unit: 'ms', target: 'reported', pass: true });

    // ---- keys ---------------------------------------------------------------------
    const page = await openApp(browser, host);
    const cspViolations: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
    });
    const walkJ = await pressKeys(page, Array(PRESSES).fill('j'), 1, 120);
    const walkK = await pressKeys(page, Array(PRESSES).fill('k'), -1, 120);
    const moves = [...walkJ.times, ...walkK.times];
    rows.push(below(`ui: j / k → next comment shown, median of ${moves.length}`, round(median(moves)), 'ms', 8));
    rows.push(below('ui: j / k → next comment shown, p95', round(p95(moves)), 'ms', 16));

    const decisionKeys = Array.from({ length: PRESSES }, (_, i) => 'asd'[i % 3]!);
    const decided = await pressKeys(page, decisionKeys, 1, 250);
    rows.push(below(`ui: a / s / d → next comment shown, median of ${decided.times.length}`, round(median(decided.times)), 'ms', 16));
    rows.push(below('ui: a / s / d → next comment shown, p95', round(p95(decided.times)), 'ms', 50));
    rows.push({
      name: 'ui: requests per decision key press (act, then one batched refresh)',
      value: round(decided.requests / decided.times.length),
      unit: 'requests',
      target: '<= 2',
      pass: decided.requests / decided.times.length <= 2,
    });

    // ---- the same while a sync writes 10,000 comments ------------------------------
    for (let i = 0; i < SYNC_COMMENTS; i++) {
      wordpress.addComment({ author_name: `Lectrice ${i}`, author_email: `lectrice${i}@example.fr`, content: `Merci pour ce billet, numéro ${i} : j’ai appris beaucoup sur le sujet.` });
    }
    // Keys on one of the offline sites, so the sync's new comments (on the 6th site) never move the rows pressed on.
    await page.locator('.nav-item.site', { hasText: 'Blog 1' }).click();
    await page.locator('section.detail[data-comment-id]').waitFor();
    await page.locator('.queue-pane').click({ position: { x: 5, y: 5 } });
    let syncDone = false;
    const syncStart = performance.now();
    const syncing = call(host, 'syncNow', { mode: 'pull' }).finally(() => (syncDone = true));
    await sleep(300); // the sync is fetching and writing pages now
    const duringTimes: number[] = [];
    for (let i = 0; i < 60 && !syncDone; i++) {
      const expected = await neighbourId(page, 1);
      if (expected === null) break;
      const t = await timeKey(page, 'asd'[i % 3]!, expected);
      if (!syncDone) duringTimes.push(t); // only keys answered while the sync was still writing
      await sleep(80);
    }
    await syncing;
    const syncSeconds = (performance.now() - syncStart) / 1000;
    rows.push(below(`ui: a / s / d during a ${SYNC_COMMENTS.toLocaleString('en-US')}-comment sync, median of ${duringTimes.length}`, round(median(duringTimes)), 'ms', 16));
    rows.push(below('ui: a / s / d during the sync, p95', round(p95(duringTimes)), 'ms', 50));
    rows.push({ name: `ui: keys measured while the sync ran (it took ${round(syncSeconds)} s)`, value: duringTimes.length, unit: 'keys', target: '>= 10', pass: duringTimes.length >= 10 });

    // ---- 30 approvals pressed without waiting, reaching WordPress once each ----------
    await page.locator('.nav-item.site', { hasText: 'Le blog en ligne' }).click();
    await page.locator('.queue-row').first().waitFor();
    await page.locator('.queue-pane').click({ position: { x: 5, y: 5 } });
    // The first 30 of the site's queue as the core orders it (the DOM holds only the rows in view).
    const sites = (await call(host, 'listSites', {})) as { id: number; name: string }[];
    const online = sites.find((x) => x.name === 'Le blog en ligne')!;
    const firstPage = (await call(host, 'listQueue', { filter: { status: 'pending', sort: 'newest', siteId: online.id }, limit: BURST })) as { items: { id: number }[] };
    const expectedOrder = firstPage.items.map((c) => c.id);
    const remoteOf = new Map(((await call(host, 'getComments', { ids: expectedOrder })) as { id: number; remoteId: number }[]).map((c) => [c.id, c.remoteId]));
    wordpress.requests.length = 0;
    for (let i = 0; i < BURST; i++) await page.keyboard.press('a', { delay: 0 });
    await sleep(500);
    await call(host, 'syncNow', { mode: 'push' });
    // Every update of this site's comments from now on is one of these approvals.
    const sent = wordpress.requests.filter((r) => r.method === 'POST' && /\/comments\/\d+$/.test(r.route)).map((r) => Number(r.route.split('/').pop()));
    const wanted = expectedOrder.map((id) => remoteOf.get(id));
    const onceEach = new Set(sent).size === sent.length;
    // The push sends up to 4 comments at a time (each comment's own actions in order), so the arrival
    // order at WordPress is not the press order; the browser suite checks the order on a serial push.
    const sameComments = [...sent].sort((a, b) => a - b).join() === [...wanted].sort((a, b) => (a ?? 0) - (b ?? 0)).join();
    rows.push({ name: `ui: ${BURST} approvals pressed at once: the ${BURST} comments pressed are the ones sent`, value: sent.length, unit: 'approvals', target: `${BURST}, the right ones`, pass: sameComments });
    rows.push({ name: `ui: ${BURST} approvals pressed at once: each reached WordPress once`, value: new Set(sent).size, unit: 'comments', target: `${BURST}, once each`, pass: onceEach && new Set(sent).size === BURST });

    // ---- memory after a long session ------------------------------------------------
    await page.locator('.nav-item.site', { hasText: 'All sites' }).click();
    await page.locator('.queue-row').first().waitFor();
    await page.locator('.queue-pane').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < WALK; i++) {
      await page.keyboard.press('j');
      if (i % 10 === 9) await sleep(30);
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    rows.push(below(`ui: renderer heap after walking ${WALK.toLocaleString('en-US')} comments`, round(heap.usedSize / 1024 / 1024), 'MB', 100));
    rows.push({ name: 'ui: Content-Security-Policy violations during the run', value: cspViolations.length, unit: 'violations', target: '0', pass: cspViolations.length === 0 });
    return rows;
  } finally {
    await browser?.close();
    await host?.stop();
    await wordpress.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
