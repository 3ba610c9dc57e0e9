// The window's entry: a few kilobytes. It sends the first screen's request at
// once (boot.ts), then loads the app itself (React, the components, the styles)
// while the core answers.
import './boot';

void import('./start');
