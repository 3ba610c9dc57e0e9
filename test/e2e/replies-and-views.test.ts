// Unreplied, saved replies and Likely fine, in Chromium against `npm run web` and a WordPress on
// 127.0.0.1 (the fake server): readers waiting for an answer after a sync, one answered from
// Moderato (gone at once) and one answered on the site (gone at the next sync); saved replies
// kept in Settings, inserted with the author's name by Ctrl+1 and by the picker, and sent; the
// Likely fine view approved with one key and taken back with one undo, on the site too.
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Site } from '../../shared/types';
import { ADMIN, AUTHOR, FakeWordPress, type FakeComment } from '../support/fake-wordpress';
import { launchChromium, screenshot, watchPage } from './support/browser';
import { callHost, startWebHostProcess, type RunningWebHost } from './support/web-host-process';

const DAY = 86_400_000;
/** A WordPress date (UTC, no zone) `days` ago: inside or outside the Unreplied window of 90 days. */
const ago = (days: number, minutes = 0): string => new Date(Date.now() - days * DAY - minutes * 60_000).toISOString().slice(0, 19);

const SITE_NAME = 'Le fournil de Lise';
const POST_TITLE = 'Le pain au levain';

let dir: string;
let wordpress: FakeWordPress;
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let site: Site;

/** An operation of the contract on this suite's host. */
const call = <T,>(method: string, input: unknown = {}): Promise<T> => callHost<T>(host, method, input);

const reader = (id: number, name: string, days: number, status: FakeComment['status'], content: string): Partial<FakeComment> => ({
  id,
  post: 1,
  status,
  author_name: name,
  author_email: `${name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')}@example.fr`,
  date_gmt: ago(days),
  content,
});

const rowAuthors = () => page.locator('[role="option"] .row-author').allTextContents();
const sidebar = (name: RegExp) => page.getByRole('navigation', { name: 'Sites and filters' }).getByRole('button', { name });
const countOf = (view: string) => page.locator(`[data-view="${view}"] .nav-count`);
const toast = () => page.getByTestId('toast');
const replyField = () => page.getByRole('textbox', { name: 'Reply text' });
/** The serious and critical violations axe finds on the page as it is (empty when clean). */
async function axeProblems(target: Page = page): Promise<string[]> {
  const result = await new AxeBuilder({ page: target }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}

/** The site's replies under one of its comments. */
const repliesOnSite = (parent: number) => [...wordpress.comments.values()].filter((c) => c.parent === parent);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'moderato-e2e-replies-'));
  wordpress = await FakeWordPress.start({
    siteName: SITE_NAME,
    // The post is Autrice's: her reply on the site answers a reader.
    posts: [{ id: 1, title: POST_TITLE, slug: 'pain-au-levain', author: AUTHOR.id }],
    comments: [
      // Approved readers' comments inside the window, no answer yet: Unreplied.
      reader(30, 'Priya', 5, 'approved', 'Quelle farine utilisez-vous pour le levain ?'),
      reader(31, 'Léa', 6, 'approved', 'Combien de temps faut-il nourrir le levain avant de cuire ?'),
      reader(32, 'Hugo', 7, 'approved', 'Mon pain reste plat, une idée de ce qui cloche ?'),
      reader(33, 'Nadia', 3, 'approved', 'La croûte est parfaite avec votre méthode, merci.'),
      reader(34, 'Oscar', 12, 'approved', 'Peut-on remplacer le seigle par de l’épeautre ?'),
      // Answered already by the site's admin: not Unreplied.
      reader(35, 'Zoé', 8, 'approved', 'Faut-il une cocotte en fonte ?'),
      { id: 36, post: 1, parent: 35, status: 'approved', author: ADMIN.id, author_name: ADMIN.name, author_email: 'admin@example.org', date_gmt: ago(7), content: 'Une cocotte en fonte aide, oui.' },
      // Outside the 90-day window: not Unreplied.
      reader(37, 'Ancien', 120, 'approved', 'Un commentaire d’il y a longtemps.'),
      // Pending, from authors the site approved before, nothing to worry about: Likely fine.
      reader(40, 'Priya', 1, 'hold', 'Merci pour la réponse, je vais essayer la T80.'),
      reader(41, 'Nadia', 1, 'hold', 'Deuxième fournée réussie, la mie est bien alvéolée.'),
      reader(42, 'Oscar', 2, 'hold', 'L’épeautre a très bien marché finalement.'),
      // Pending from a newcomer: held for a look, not Likely fine.
      reader(43, 'Bastien', 1, 'hold', 'Première visite ici, très belle recette.'),
    ],
  });
  host = await startWebHostProcess({ dbPath: join(dir, 'moderato.db') });
  site = await call<Site>('addSite', { url: wordpress.url, user: ADMIN.login, password: ADMIN.appPassword });
  await call('syncNow', { siteId: site.id, mode: 'pull' });
  browser = await launchChromium();
  // A context of its own (axe needs one), in English.
  page = await (await browser.newContext({ viewport: { width: 1360, height: 820 }, locale: 'en-US' })).newPage();
  // A step that cannot happen fails on its own line, well inside the test's time.
  page.setDefaultTimeout(10_000);
  await page.goto(host.url);
  await page.locator('section.detail[data-comment-id]').waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  await wordpress?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Unreplied', () => {
  it('lists the readers waiting for an answer after a sync, with its count in the sidebar', async () => {
    const seen = watchPage(page);
    await expect.poll(() => countOf('unreplied').textContent()).toBe('5');
    await sidebar(/^Unreplied/).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Unreplied' }).count()).toBe(1);
    // Newest first; Zoé was answered by the admin, Ancien is older than 90 days.
    await expect.poll(rowAuthors).toEqual(['Nadia', 'Priya', 'Léa', 'Hugo', 'Oscar']);
    await page.locator('[role="option"]', { hasText: 'Nadia' }).click();
    await page.locator('section.detail[data-comment-id]').waitFor();
    await screenshot(page, 'unreplied');
    expect(await axeProblems()).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  it('takes a comment out at once when it is answered from Moderato', async () => {
    await page.locator('[role="option"]', { hasText: 'Priya' }).click();
    await page.locator('.queue-pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('r');
    await expect.poll(() => replyField().evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('La T80 de chez Moulin, bien fraîche.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(rowAuthors).toEqual(['Nadia', 'Léa', 'Hugo', 'Oscar']);
    await expect.poll(() => countOf('unreplied').textContent()).toBe('4');
    // The reply reaches the site, and the sync that follows keeps Priya answered.
    await expect.poll(() => repliesOnSite(30).map((c) => c.content), { timeout: 20_000 }).toEqual(['La T80 de chez Moulin, bien fraîche.']);
  });

  it('takes out, at the next sync, a comment answered on the site by the post’s author', async () => {
    wordpress.addComment({
      post: 1,
      parent: 31,
      status: 'approved',
      author: AUTHOR.id,
      author_name: AUTHOR.name,
      author_email: 'auteur@example.org',
      date_gmt: ago(0),
      content: 'Deux jours de rafraîchis suffisent.',
    });
    await page.locator('.queue-pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('g');
    await expect.poll(rowAuthors, { timeout: 20_000 }).toEqual(['Nadia', 'Hugo', 'Oscar']);
    await expect.poll(() => countOf('unreplied').textContent()).toBe('3');
  });
});

describe('saved replies', () => {
  it('are added, edited, reordered and deleted in Settings, from the keyboard', async () => {
    await page.locator('.queue-pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(',');
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByRole('tab', { name: 'Replies' }).click();
    const add = async (name: string, body: string) => {
      await dialog.getByLabel('Name', { exact: true }).fill(name);
      await dialog.getByLabel('Text', { exact: true }).fill(body);
      await dialog.getByRole('button', { name: 'Add', exact: true }).click();
      await dialog.locator(`[data-saved-reply="${name}"]`).waitFor();
    };
    await add('Merci', 'Merci {author} pour votre mot sur « {post} » !');
    await add('Photo', 'Bonjour {author}, envoyez-nous une photo de votre pain.');
    await add('Brouillon', 'À effacer.');
    const names = () => dialog.locator('[data-saved-reply]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.savedReply));

    // Edited: the Photo text signs with the site's name.
    await dialog.getByRole('button', { name: 'Edit Photo' }).click();
    await dialog.locator('[data-saved-reply="Photo"]').getByLabel('Text').fill('Bonjour {author}, envoyez-nous une photo de votre pain. — {site}');
    await dialog.locator('[data-saved-reply="Photo"]').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.locator('[data-saved-reply="Photo"] .saved-reply-body').textContent()).toContain('— {site}');

    // Reordered with the keyboard: focus on Photo's "up" button, Enter.
    await dialog.getByRole('button', { name: 'Move Photo up' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(names).toEqual(['Photo', 'Merci', 'Brouillon']);

    // Deleted, after saying yes.
    page.once('dialog', (confirm) => void confirm.accept());
    await dialog.getByRole('button', { name: 'Delete Brouillon' }).click();
    await expect.poll(names).toEqual(['Photo', 'Merci']);
    await screenshot(page, 'settings-saved-replies');
    expect(await axeProblems()).toEqual([]);

    // Kept in the database: the CLI and a new window see the same list.
    expect((await call<{ name: string }[]>('listSavedReplies')).map((r) => r.name)).toEqual(['Photo', 'Merci']);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('inserts the first one with Ctrl+1, filled in for the comment', async () => {
    await page.locator('[role="option"]', { hasText: 'Hugo' }).click();
    await replyField().click();
    await page.keyboard.press('Control+1');
    await expect.poll(() => replyField().inputValue()).toBe(`Bonjour Hugo, envoyez-nous une photo de votre pain. — ${SITE_NAME}`);
    await replyField().fill('');
  });

  it('inserts one picked by a search in the picker, and sends it', async () => {
    await replyField().click();
    await page.getByRole('button', { name: 'Saved replies' }).click();
    const search = page.getByRole('combobox', { name: 'Search saved replies' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeProblems()).toEqual([]);
    await page.keyboard.type('merc');
    await expect.poll(() => page.getByRole('option', { name: /Merci/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('listbox', { name: 'Saved replies' }).getByRole('option').count()).toBe(1);
    await page.keyboard.press('Enter');
    const text = `Merci Hugo pour votre mot sur « ${POST_TITLE} » !`;
    await expect.poll(() => replyField().inputValue()).toBe(text);
    await expect.poll(() => replyField().evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+Enter');
    // Gone from Unreplied at once, then on the site under Hugo's comment.
    await expect.poll(rowAuthors).toEqual(['Nadia', 'Oscar']);
    await expect.poll(() => repliesOnSite(32).map((c) => c.content), { timeout: 20_000 }).toEqual([text]);
  });

  it('closes the picker with Esc without inserting anything', async () => {
    await page.locator('[role="option"]', { hasText: 'Oscar' }).click();
    await page.getByRole('button', { name: 'Saved replies' }).click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('listbox', { name: 'Saved replies' }).count()).toBe(0);
    expect(await replyField().inputValue()).toBe('');
  });
});

describe('Likely fine', () => {
  const onSite = (ids: number[]) => ids.map((id) => wordpress.comments.get(id)?.status);

  it('approves the whole view with Shift+A, and one undo takes it all back', async () => {
    const seen = watchPage(page);
    await expect.poll(() => countOf('likelyFine').textContent()).toBe('3');
    const pendingBefore = Number(await countOf('pending').textContent());
    await sidebar(/^Likely fine/).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Likely fine' }).count()).toBe(1);
    // Bastien is new here: his comment waits in Pending, not in Likely fine.
    await expect.poll(async () => (await rowAuthors()).sort()).toEqual(['Nadia', 'Oscar', 'Priya']);
    await screenshot(page, 'likely-fine');
    expect(await axeProblems()).toEqual([]);

    await page.locator('.queue-pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Shift+A');
    await expect.poll(rowAuthors).toEqual([]);
    await expect.poll(() => toast().textContent()).toContain('Approved 3 comments');
    await expect.poll(() => countOf('likelyFine').count()).toBe(0);
    await expect.poll(() => countOf('pending').textContent()).toBe(String(pendingBefore - 3));
    await expect.poll(() => onSite([40, 41, 42]), { timeout: 20_000 }).toEqual(['approved', 'approved', 'approved']);
    expect(wordpress.comments.get(43)?.status).toBe('hold');

    await toast().getByRole('button', { name: /Undo/ }).click();
    await expect.poll(async () => (await rowAuthors()).sort()).toEqual(['Nadia', 'Oscar', 'Priya']);
    await expect.poll(() => countOf('likelyFine').textContent()).toBe('3');
    await expect.poll(() => onSite([40, 41, 42]), { timeout: 20_000 }).toEqual(['hold', 'hold', 'hold']);
    expect(seen.errors).toEqual([]);
  });
});

describe('the shortcut sheet', () => {
  it('lists Shift+A on Likely fine and Ctrl+1…9 in the reply box', async () => {
    await page.locator('.queue-pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const row = (label: string) => sheet.locator('.shortcut-row', { hasText: label }).locator('kbd').allTextContents();
    await expect.poll(() => row('On Likely fine: approve the whole view')).toEqual(['Shift+A']);
    expect(await row('In the reply box: insert saved reply 1 to 9')).toEqual(['Ctrl+1…9']);
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
  });
});

describe('in French', () => {
  it('names the views, their counts and the saved replies as a French product would', async () => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 820 }, locale: 'fr-FR' });
    const french = await context.newPage();
    try {
      french.setDefaultTimeout(10_000);
      await french.goto(host.url);
      const nav = french.getByRole('navigation');
      await nav.getByRole('button', { name: /^Sans réponse/ }).click();
      await expect.poll(() => french.getByRole('heading', { level: 1, name: 'Sans réponse' }).count()).toBe(1);
      await expect.poll(() => french.locator('[role="option"] .row-author').allTextContents()).toEqual(['Nadia', 'Oscar']);
      await nav.getByRole('button', { name: /^Sans doute bons/ }).click();
      await expect.poll(() => french.getByRole('button', { name: /Tout approuver/ }).textContent()).toContain('Maj+A');
      await french.getByRole('button', { name: 'Réponses enregistrées' }).click();
      await expect.poll(() => french.getByRole('combobox', { name: 'Chercher une réponse enregistrée' }).count()).toBe(1);
      await screenshot(french, 'likely-fine-fr');
      expect(await axeProblems(french)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
