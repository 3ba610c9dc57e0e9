// The window's entry: a few kilobytes. It sends the first screen's request at
// once (boot.ts), then loads the app itself (React, the components, the styles)
// while the core answers.
import './boot';
import { warmFormatters } from './format/formatters';
import { firstLanguage } from './i18n/first-language';

void import('./start');
// While the app's code and the first page are on the wire, the window's thread is idle:
// pay ICU's start-up now rather than in React's first render.
warmFormatters(firstLanguage());
