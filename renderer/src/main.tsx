// The window's entry: a few kilobytes. It sends the first screen's request at
// once (boot.ts) and paints the queue's first rows as soon as they arrive
// (first-screen.ts); then it loads and runs the app itself (React, the
// components). Fetching the app's 430 kB beside the first screen (preloads) was
// measured slower for the first rows and no faster for the app: on two cores the
// browser's work on those chunks competed with the first screen's.
import { firstView } from './boot';
import { startFirstScreen } from './first-screen';
import { warmFormatters } from './format/formatters';
import { firstLanguage } from './i18n/first-language';
// The palette (light or dark) before anything is drawn.
import './theme';
// The app's styles with the entry: the first screen is drawn in them.
import './styles/app.css';

void startFirstScreen(firstView, document.getElementById('root')).then(() => {
  // ICU's start-up (~45 ms for a page's first Intl date or number formatter here) after the
  // first rows are on the glass (their dates follow them), and before React's first render needs it.
  warmFormatters(firstLanguage());
  return import('./start');
});
