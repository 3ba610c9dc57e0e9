// Accessibility and the French UI, in Chromium against `npm run web` on the shared fixture:
// axe finds no serious or critical violation on the main screen (light and dark), Settings,
// the shortcut sheet and the French UI; the keyboard focus is always visible; asked for less
// motion, nothing animates; and Settings switches the whole main screen to French (words and
// dates) and back to English at once, without a reload. Screenshots go to test-results/.
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, watchPage } from './support/browser';
import { FRENCH_SITE, seedFixture } from './support/seed';
import { startWebHostProcess, type RunningWebHost } from './support/web-host-process';

let dir: string;
let host: RunningWebHost;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'moderato-e2e-a11y-'));
  const dbPath = join(dir, 'moderato.db');
  seedFixture(dbPath);
  host = await startWebHostProcess({ dbPath });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface OpenOptions {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  locale?: string;
}

async function open(options: OpenOptions = {}): Promise<Page> {
  // A context of its own: axe needs one, and each page starts with empty storage.
  const context = await browser.newContext({
    viewport: { width: 1360, height: 820 },
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  await page.goto(host.url);
  // Generous: axe and other suites share two cores with this browser.
  await page.locator('[role="option"]').first().waitFor({ timeout: 90_000 });
  await page.getByRole('button', { name: FRENCH_SITE }).click();
  await page.locator('section.detail[data-comment-id]').waitFor({ timeout: 90_000 });
  return page;
}

/** The serious and critical violations axe finds, as "rule: target" lines (empty when clean). */
async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}

async function openSettings(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('button', { name }).click();
  await page.locator('dialog.settings').waitFor();
}

async function chooseLanguage(page: Page, tabName: RegExp, language: RegExp): Promise<void> {
  await page.getByRole('tab', { name: tabName }).click();
  // A click, not check(): the radio turns on once the core has saved the choice.
  await page.getByRole('radio', { name: language }).click();
  await expect.poll(() => page.getByRole("radio", { name: language }).isChecked()).toBe(true);
}

describe('accessibility', () => {
  it('the main screen has no serious or critical axe violation, light and dark', { timeout: 240_000 }, async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open({ colorScheme: scheme });
      const seen = watchPage(page);
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
      expect(await axeProblems(page)).toEqual([]);
      await screenshot(page, `main-${scheme}`);
      expect(seen.errors).toEqual([]);
      await page.close();
    }
  });

  it('Settings and the shortcut sheet have none either', { timeout: 240_000 }, async () => {
    const page = await open();
    await openSettings(page, /^Settings$/);
    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Appearance' }).click();
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'settings');
    await page.keyboard.press('Escape');
    await page.locator('dialog.settings').waitFor({ state: 'detached' });

    await page.locator('.queue-scroll').focus();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'shortcut-sheet');
    await page.close();
  });

  it('every row, button and count has a name a screen reader can say', async () => {
    const page = await open();
    const nameless = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('button, [role="option"], input, select, textarea, a[href]')) {
        const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.getAttribute('title');
        const text = (el.textContent ?? '').trim();
        const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : el.closest('label');
        if (!labelled && !text && !label) out.push(el.outerHTML.slice(0, 120));
      }
      return out;
    });
    expect(nameless).toEqual([]);
    // A count is more than a bare number to a screen reader.
    await expect.poll(() => page.getByRole('button', { name: /Pending.*\d+ comments?/ }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('the keyboard focus is always visible', async () => {
    const page = await open();
    const invisible: string[] = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        // The list draws its focus on the active row.
        const target = el.classList.contains('queue-scroll') ? (el.querySelector('.queue-row.selected') as HTMLElement | null) ?? el : el;
        const style = getComputedStyle(target);
        const ring = style.boxShadow !== 'none' || (style.outlineStyle !== 'none' && style.outlineWidth !== '0px');
        const within = getComputedStyle(target.closest('.search-box') ?? target).boxShadow !== 'none';
        return { ring: ring || within, what: `${el.tagName.toLowerCase()}.${el.className}` };
      });
      if (focus && !focus.ring) invisible.push(focus.what);
    }
    expect(invisible).toEqual([]);
    await page.close();
  });

  it('asked for less motion, nothing animates', async () => {
    const animationOf = async (page: Page) => {
      await page.locator('.queue-scroll').focus();
      await page.keyboard.press('a');
      const toast = page.getByTestId('toast');
      await toast.waitFor();
      const name = await toast.evaluate((el) => getComputedStyle(el).animationName);
      await page.keyboard.press('z');
      return name;
    };
    const moving = await open({ reducedMotion: 'no-preference' });
    expect(await animationOf(moving)).not.toBe('none');
    await moving.close();
    const still = await open({ reducedMotion: 'reduce' });
    expect(await animationOf(still)).toBe('none');
    await still.close();
  });
});

// What the main screen says, in each language: the sidebar, the header, the status bar, the comment pane.
const ENGLISH = ['Pending', 'Approved', 'Spam', 'Trash', 'Settings', 'Sync now', 'Why it was held', 'Author history'];
const FRENCH = ['En attente', 'Approuvés', 'Indésirables', 'Corbeille', 'Réglages', 'Synchroniser', 'Pourquoi il a été retenu', 'Historique de l’auteur'];
const ENGLISH_LEFT = /\b(Pending|Approved|Spam|Trash|Settings|Sync now|Reply|Approve|Unapprove|Edit|Open|Queue|All sites|Why it was held|Author history|Likely spam|Newest first|selected|comments?)\b/;
const FRENCH_MONTH = /\b(janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.)/;
const FRENCH_DAY = /\b(lun\.|mar\.|mer\.|jeu\.|ven\.|sam\.|dim\.)/;

/** The main screen's own words: every text node outside the comments' text (authors, excerpts, content). */
async function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const skip = '.row-author, .row-excerpt, .row-post, .row-site, .comment-text, .author-name, .author-contact, .thread-item, .detail-post a, .site .nav-label, .brand-name, .app-info, kbd, .flag-list, time, .row-date, .detail-post, .reply h2';
    const walker = document.createTreeWalker(document.querySelector('.app')!, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(skip) || parent.closest('.visually-hidden')) continue;
      if (parent.closest('[hidden], dialog:not([open])')) continue;
      const text = node.textContent?.trim();
      if (text) parts.push(text);
    }
    for (const el of document.querySelectorAll<HTMLElement>('.app [aria-label], .app [placeholder]')) {
      if (el.closest(skip)) continue;
      parts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('placeholder') ?? '');
    }
    return parts.join(' | ');
  });
}

describe('French and English', () => {
  it('Settings switches the main screen to French, dates included, and back to English, without a reload', { timeout: 240_000 }, async () => {
    const page = await open();
    const seen = watchPage(page);
    // textContent: headings drawn in capitals by CSS keep their words' case.
    const texts = async () => (await page.locator('.app').textContent()) ?? '';
    for (const word of ENGLISH) await expect.poll(texts).toContain(word);
    await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true));

    await openSettings(page, /^Settings$/);
    await chooseLanguage(page, /^Appearance$/, /^Français$/);
    // The dialog itself turns French at once.
    await page.getByRole('tab', { name: 'Apparence' }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('dialog.settings').waitFor({ state: 'detached' });

    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
    for (const word of FRENCH) await expect.poll(texts).toContain(word);
    const ui = await interfaceText(page);
    expect(ui.match(ENGLISH_LEFT)?.[0] ?? null, ui).toBeNull();
    // Dates: the comment's in full, the rows' short ones, in French.
    const longDate = await page.locator('.detail-status time').innerText();
    expect(longDate).toMatch(FRENCH_MONTH);
    const rowDates = await page.locator('.row-date').allInnerTexts();
    expect(rowDates.length).toBeGreaterThan(0);
    for (const date of rowDates) expect(date).toMatch(new RegExp(`${FRENCH_MONTH.source}|${FRENCH_DAY.source}|^\\d{2}:\\d{2}$`));
    // The flag reasons are French too.
    const reasons = await page.locator('.flag-list li').allInnerTexts();
    for (const reason of reasons) expect(reason).not.toMatch(/\b(the|this|comment|author|links?)\b/i);
    expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'french');

    // An error the core makes is French too: a site that cannot be reached.
    await openSettings(page, /^Réglages$/);
    await page.getByRole('tab', { name: 'Sites' }).click();
    await page.getByLabel('Adresse du site', { exact: true }).fill('http://127.0.0.1:9');
    await page.getByLabel('Identifiant WordPress', { exact: true }).fill('admin');
    // Its label holds a hint too: the add form's only password box.
    await page.locator('dialog.settings form.form-grid input[type=password]').fill('abcd efgh ijkl mnop qrst uvwx');
    await page.getByRole('button', { name: 'Ajouter le site' }).click();
    await expect
      .poll(() => page.locator('dialog.settings .inline-message.error').textContent())
      .toBe('Impossible de joindre 127.0.0.1:9. Vérifiez l’adresse et la connexion Internet.');
    await page.keyboard.press('Escape');
    await page.locator('dialog.settings').waitFor({ state: 'detached' });

    // The shortcut sheet speaks French as well.
    await page.locator('.queue-scroll').focus();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Raccourcis clavier' }).waitFor();
    expect(await page.getByRole('dialog').innerText()).toContain('Maj+D');
    await page.keyboard.press('Escape');

    // A new window opens in French: the setting is the core's, not the window's.
    const again = await open();
    await again.getByRole('button', { name: /^Réglages/ }).waitFor();
    await again.close();

    await openSettings(page, /^Réglages$/);
    await chooseLanguage(page, /^Apparence$/, /^English$/);
    await page.getByRole('tab', { name: 'Appearance' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    for (const word of ENGLISH) await expect.poll(texts).toContain(word);
    expect(await page.locator('.detail-status time').innerText()).not.toMatch(FRENCH_MONTH);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('follows the browser’s language when Settings says “system”', { timeout: 180_000 }, async () => {
    const page = await open({ locale: 'fr-FR' });
    // The previous test left English chosen: the French browser still shows English.
    await page.getByRole('button', { name: /^(Settings|Réglages)/ }).click();
    await chooseLanguage(page, /^(Appearance|Apparence)$/, /^(Follow the system|Comme le système) \(Français\)/);
    // The choice is “Follow the system (Français)”, and the dialog turns French at once.
    await page.getByRole('tab', { name: 'Apparence' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.close();
  });
});
