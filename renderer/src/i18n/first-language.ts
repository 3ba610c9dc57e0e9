// The language of the first paint, known before i18next loads: the last language shown
// (remembered in localStorage, so a Settings choice holds from the first frame), else the
// browser's / OS's. No i18next here: boot.ts reads it to warm the right Intl formatters.
import { resolveLanguage, supportedLanguage, type Language } from '../../../shared/i18n/language';

export const REMEMBERED_LANGUAGE = 'moderato.language';

export function browserLocales(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
}

function remembered(): Language | null {
  try {
    return supportedLanguage(globalThis.localStorage?.getItem(REMEMBERED_LANGUAGE));
  } catch {
    return null;
  }
}

export function firstLanguage(): Language {
  return remembered() ?? resolveLanguage('system', browserLocales());
}
