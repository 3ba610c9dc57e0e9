// The first screen: the window's layout and the first rows of the queue, drawn with plain DOM
// from the first page's answer (boot.ts) while React and the app's code are still loading.
// On a cold load the core answers well before React has run and rendered; this puts the queue
// in front of the moderator as soon as the transport allows.
//
// It is a picture, not the app: inert (no click or focus lands on it, and assistive technology
// waits for the real list), in the app's own classes and words, and React's first render
// replaces it (createRoot clears its container). Keys pressed meanwhile are kept and handed to
// the app's keyboard once the queue is in its store (handOver), so an early j or a acts on the
// comments it was pressed on.
//
// Text goes in through textContent only: comment fields are untrusted.
import type { CommentSummary, QueueView } from '../../shared/types';
import { ICON_PATHS } from './components/icon-paths';
import { ROW_HEIGHT } from './components/queue-metrics';
import { decodeEntities } from './format/entities';
import { shortDateIn } from './format/formatters';
import { firstLanguage } from './i18n/first-language';
import enCommon from './i18n/locales/en/common.json';
import enQueue from './i18n/locales/en/queue.json';
import frCommon from './i18n/locales/fr/common.json';
import frQueue from './i18n/locales/fr/queue.json';

/** The few words of the first screen, read from the app's own catalogue (i18next is not loaded yet). */
const WORDS = { en: { common: enCommon, queue: enQueue }, fr: { common: frCommon, queue: frQueue } };

type Phase = 'waiting' | 'painted' | 'app';
let phase: Phase = 'waiting';
const heldKeys: KeyboardEvent[] = [];
/** The moderation keys; a chord with Ctrl, Alt or ⌘ is the browser's or the system's, not replayed later. */
const holdKey = (event: KeyboardEvent) => {
  if (!event.ctrlKey && !event.altKey && !event.metaKey) heldKeys.push(event);
};

/** How long the app's code waits for the first page before it loads anyway (a core busy elsewhere). */
const WAIT_FOR_FIRST_PAGE_MS = 1000;

/**
 * From the window's first script: hold the keys, and paint the first screen when the first
 * page arrives, unless the app has claimed the window by then. Resolves once that screen is on
 * the glass (or the page failed, or took too long): the app's code is evaluated after it, since
 * evaluating React and the app is one long task that would otherwise hold the paint behind it.
 */
export function startFirstScreen(view: Promise<QueueView>, root: HTMLElement | null): Promise<void> {
  window.addEventListener('keydown', holdKey, true);
  const painted = view.then(
    (answer) => {
      if (phase === 'waiting' && root && root.childElementCount === 0 && answer.page.items.length > 0) {
        const language = firstLanguage();
        document.documentElement.lang = language;
        root.append(firstScreen(answer, language));
        phase = 'painted';
        performance.mark('moderato:first-screen');
      }
    },
    () => undefined, // the app says why when it reads the same answer
  );
  // After the next frame is drawn: a timer set inside requestAnimationFrame runs once it is painted.
  const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const tooLong = new Promise<void>((resolve) => setTimeout(resolve, WAIT_FOR_FIRST_PAGE_MS));
  return Promise.race([painted.then(afterPaint).then(() => showDates(root)), tooLong]);
}

/**
 * The rows' dates, a frame after the rows: a page's first Intl date formatter costs ~45 ms here
 * (ICU's locale data), which the rows need not wait for. The app needs those formatters anyway.
 */
function showDates(root: HTMLElement | null): void {
  if (phase !== 'painted' || !root) return;
  const language = firstLanguage();
  const now = new Date();
  for (const time of root.querySelectorAll<HTMLTimeElement>('[data-first-screen] time.row-date')) {
    time.textContent = shortDateIn(language, time.dateTime, now);
  }
}

/** The app is about to render into the window: no first screen after this. */
export function claimWindow(): void {
  if (phase === 'waiting') phase = 'app';
}

/** The app's keyboard is installed and the first page is in its store: the held keys, in order. */
export function handOver(): void {
  phase = 'app';
  window.removeEventListener('keydown', holdKey, true);
  performance.mark('moderato:keyboard-live');
  for (const held of heldKeys.splice(0)) {
    const { key, code, location, repeat, shiftKey } = held;
    window.dispatchEvent(new KeyboardEvent('keydown', { key, code, location, repeat, shiftKey, bubbles: true, cancelable: true }));
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function searchIcon(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  for (const [name, value] of Object.entries({ class: 'icon', width: '14', height: '14', viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.8', 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true' })) {
    svg.setAttribute(name, value);
  }
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', ICON_PATHS.search);
  svg.append(path);
  return svg;
}

/** The layout the app renders (sidebar | queue | comment, status bar), with the queue's first rows. */
export function firstScreen(view: QueueView, language = firstLanguage(), viewHeight = window.innerHeight): HTMLElement {
  const words = WORDS[language];
  const app = el('div', 'app');
  app.inert = true;
  app.dataset.firstScreen = '';

  const sidebar = el('nav', 'sidebar');
  const brand = el('div', 'sidebar-brand');
  brand.append(el('span', 'brand-mark', 'M'), el('span', 'brand-name', 'Moderato'));
  sidebar.append(brand);

  const pane = el('main', 'queue-pane');
  const header = el('header', 'queue-header');
  const titleRow = el('div', 'queue-title-row');
  // Every option, so the box is as wide as the app's.
  const sort = el('select', 'sort-select');
  sort.append(el('option', undefined, words.queue.header.newest), el('option', undefined, words.queue.header.oldest), el('option', undefined, words.queue.header.spamFirst));
  titleRow.append(el('h1', 'queue-title', words.queue.titles.pending), sort);
  const search = el('div', 'search-box');
  const input = el('input');
  input.type = 'search';
  input.placeholder = words.queue.header.searchPlaceholder;
  search.append(searchIcon(), input, el('kbd', 'search-kbd', '/'));
  header.append(titleRow, search);

  const items = view.page.items;
  const list = el('div', 'queue-scroll');
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', words.queue.list);
  const sizer = el('div', 'queue-sizer');
  sizer.style.height = `${items.length * ROW_HEIGHT}px`;
  // The rows in view: the rest come with the app's virtualised list.
  const manySites = Object.keys(view.counts.bySite).length > 1;
  items.slice(0, Math.ceil(viewHeight / ROW_HEIGHT)).forEach((comment, index) => sizer.append(row(comment, index, manySites, words)));
  list.append(sizer);
  pane.append(header, list);

  const detail = el('section', 'detail');
  detail.setAttribute('aria-busy', 'true');
  const status = el('footer', 'status-bar');
  status.append(el('span', 'status-state', '\u00a0'));
  app.append(sidebar, pane, detail, status);
  return app;
}

function row(comment: CommentSummary, index: number, manySites: boolean, words: (typeof WORDS)['en']): HTMLElement {
  const node = el('div', index === 0 ? 'queue-row selected' : 'queue-row');
  if (comment.likelySpam) node.classList.add('likely-spam');
  node.id = `comment-row-${comment.id}`;
  node.setAttribute('role', 'option');
  node.setAttribute('aria-selected', String(index === 0));
  node.setAttribute('aria-checked', 'false');
  node.dataset.commentId = String(comment.id);
  node.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
  node.style.height = `${ROW_HEIGHT}px`;

  const head = el('div', 'row-head');
  head.append(el('span', 'row-author', decodeEntities(comment.authorName) || words.common.anonymous));
  if (comment.type !== 'comment') head.append(el('span', 'badge neutral', words.common.commentType[comment.type]));
  const date = el('time', 'row-date'); // its text follows a frame later (showDates)
  date.dateTime = comment.date;
  head.append(date);

  const meta = el('div', 'row-meta');
  if (manySites) meta.append(el('span', 'row-site', comment.siteName));
  if (comment.postTitle) meta.append(el('span', 'row-post', comment.postTitle));
  // The badges that need no counting; the flag count (a plural) comes with the app.
  const badges = el('span', 'row-badges');
  if (comment.likelySpam) badges.append(el('span', 'badge danger', words.queue.row.likelySpam));
  meta.append(badges);

  const body = el('div', 'row-body');
  body.append(head, el('div', 'row-excerpt', decodeEntities(comment.excerpt)), meta);
  const check = el('span', 'row-check');
  check.setAttribute('aria-hidden', 'true');
  node.append(check, body);
  return node;
}
