// A small i18next instance for the surfaces outside the renderer (Electron's menu, tray and
// notifications; the CLI): the shared namespaces, bundled, initialised synchronously.
// No imports of Node or Electron: the main process and the CLI both use it.
import i18next from 'i18next';
import type { Language } from './language';
import enCli from './locales/en/cli.json';
import enFlags from './locales/en/flags.json';
import enShell from './locales/en/shell.json';
import frCli from './locales/fr/cli.json';
import frFlags from './locales/fr/flags.json';
import frShell from './locales/fr/shell.json';

/** A translate function for one language; keys are "namespace:path". */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const instance = i18next.createInstance();
void instance.init({
  resources: {
    en: { shell: enShell, flags: enFlags, cli: enCli },
    fr: { shell: frShell, flags: frFlags, cli: frCli },
  },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'fr'],
  ns: ['shell', 'flags', 'cli'],
  defaultNS: 'shell',
  initAsync: false,
  // Plain text for menus, notifications and terminals: nothing to escape.
  interpolation: { escapeValue: false },
});

export function translator(language: Language): Translate {
  return instance.getFixedT(language) as unknown as Translate;
}
