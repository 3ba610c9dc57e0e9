// The settings that change how the window looks and speaks: the theme and the language.
// Applied when the settings arrive at start, and at once when Settings changes them.
// The OS locale comes with getAppInfo (Electron's app.getLocale()); until then, and in
// the web host, the browser's navigator.languages stand for it.
import type { Settings } from '../../shared/types';
import { applyLanguage } from './i18n';
import { appStore } from './state/app';
import { applyTheme } from './theme';

let language: Settings['language'] | undefined;

export function applyPreferences(settings: Settings): void {
  applyTheme(settings);
  language = settings.language;
  applyLanguage(language, appStore.getState().info?.locale);
}

appStore.subscribe((state, previous) => {
  if (state.info !== previous.info && state.info?.locale) applyLanguage(language, state.info.locale);
});
