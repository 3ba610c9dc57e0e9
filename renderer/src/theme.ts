// Light or dark, as <html data-theme>: the user's choice from Settings, or the system's
// while the choice is "system" (followed live). One dark palette in the CSS serves both.
// Loaded by the window's first script (main.tsx), so the first screen is already in the right
// palette: the last choice is remembered in localStorage until the settings arrive.
import type { Settings } from '../../shared/types';

const REMEMBERED_THEME = 'moderato.theme';
const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

function remembered(): Settings['theme'] {
  try {
    const saved = globalThis.localStorage?.getItem(REMEMBERED_THEME);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

let choice: Settings['theme'] = remembered();

function apply(): void {
  const resolved = choice === 'system' ? (systemDark.matches ? 'dark' : 'light') : choice;
  document.documentElement.dataset.theme = resolved;
}

systemDark.addEventListener('change', apply);
apply(); // before the settings arrive, so a dark system never flashes light

export function setTheme(theme: Settings['theme']): void {
  choice = theme;
  try {
    globalThis.localStorage?.setItem(REMEMBERED_THEME, theme);
  } catch {
    // Storage refused (private mode): the system's palette shows until the settings arrive.
  }
  apply();
}

/** The theme part of the settings, as the core returns them. */
export function applyTheme(settings: Settings): void {
  setTheme(settings.theme);
}
