// A small i18next instance for Electron's main process (menu, tray, notifications, the start-up
// error box): the shared namespaces, bundled, initialised synchronously. The CLI loads only its
// own language instead (electron/core/cli/i18n.ts).
// No imports of Node or Electron: the main process and the CLI both use it.
import i18next from 'i18next';
import type { Language } from './language';
import enCli from './locales/en/cli.json';
import enFlags from './locales/en/flags.json';
import enShell from './locales/en/shell.json';
import frCli from './locales/fr/cli.json';
import frFlags from './locales/fr/flags.json';
import frShell from './locales/fr/shell.json';
import enMessages from './locales/en/messages.json';
import frMessages from './locales/fr/messages.json';

/** A translate function for one language; keys are "namespace:path". */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const instance = i18next.createInstance();
void instance.init({
  resources: {
    en: { shell: enShell, flags: enFlags, cli: enCli, messages: enMessages },
    fr: { shell: frShell, flags: frFlags, cli: frCli, messages: frMessages },
  },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'fr'],
  ns: ['shell', 'flags', 'cli', 'messages'],
  defaultNS: 'shell',
  initAsync: false,
  // Plain text for menus, notifications and terminals: nothing to escape.
  interpolation: { escapeValue: false },
});

export function translator(language: Language): Translate {
  return instance.getFixedT(language) as unknown as Translate;
}
