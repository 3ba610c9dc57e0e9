// Light or dark, as <html data-theme>: the user's choice from Settings, or the system's
// while the choice is "system" (followed live). One dark palette in the CSS serves both.
import type { Settings } from '../../shared/types';

const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
let choice: Settings['theme'] = 'system';

function apply(): void {
  const resolved = choice === 'system' ? (systemDark.matches ? 'dark' : 'light') : choice;
  document.documentElement.dataset.theme = resolved;
}

systemDark.addEventListener('change', apply);
apply(); // before the settings arrive, so a dark system never flashes light

export function setTheme(theme: Settings['theme']): void {
  choice = theme;
  apply();
}

/** The theme part of the settings, as the core returns them. */
export function applyTheme(settings: Settings): void {
  setTheme(settings.theme);
}
