// The renderer's i18n: i18next with react-i18next, every string bundled (English and
// French are a few kilobytes; first paint must not wait for a download). init is
// synchronous (initAsync: false), so `t` works before React renders. Plurals go through
// Intl.PluralRules and {{n, number}} / {{d, datetime}} through Intl in the UI language.
//
// The language: the Settings choice, else the OS's (Electron passes app.getLocale() in
// getAppInfo; the web host has navigator.languages), else English. The last language
// shown is remembered in localStorage so the first paint is already in it.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resolveLanguage, supportedLanguage, type Language, type LanguageSetting } from '../../../shared/i18n/language';
import { browserLocales, firstLanguage, REMEMBERED_LANGUAGE } from './first-language';
import { NAMESPACES, resources } from './resources';
import { messageTextIn } from '../../../shared/i18n/message-text';
import type { MessageTranslate } from '../../../shared/messages';
import { sayErrorsWith } from '../transport/typed-client';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: firstLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['en', 'fr'],
  ns: NAMESPACES,
  defaultNS: 'common',
  initAsync: false,
  // React escapes what it renders; escaping here too would show &amp; in the UI.
  interpolation: { escapeValue: false },
  returnNull: false,
});
setDocumentLanguage(i18n.language);

export const t = i18n.t.bind(i18n);

// Errors from the core are said in the UI language from here on (the transport loads before the strings).
sayErrorsWith((info) => messageTextIn(t as unknown as MessageTranslate, info));

function setDocumentLanguage(lang: string): void {
  if (typeof document !== 'undefined' && document.documentElement) document.documentElement.lang = lang;
}

/**
 * Apply the Settings choice against the OS's locales (`systemLocale` from getAppInfo first,
 * then the browser's). Components using useTranslation re-render at once; no reload.
 */
export function applyLanguage(setting: LanguageSetting | undefined, systemLocale?: string | null): Language {
  const preferred = systemLocale ? [systemLocale, ...browserLocales()] : browserLocales();
  const lang = resolveLanguage(setting, preferred);
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  setDocumentLanguage(lang);
  try {
    globalThis.localStorage?.setItem(REMEMBERED_LANGUAGE, lang);
  } catch {
    // Storage refused (private mode): the next start guesses from the OS again.
  }
  return lang;
}

/** The UI language now ("en" | "fr"), for Intl formatters outside React. */
export function uiLanguage(): Language {
  return supportedLanguage(i18n.language) ?? 'en';
}
