// Which language Moderato speaks. One rule for every surface: the setting when it names a
// language, otherwise the first of the OS's preferred languages we have (Electron's
// app.getLocale(), the browser's navigator.languages, LANG/LC_ALL for the CLI), else English.
// No imports: the renderer, the CLI and Electron's main process all load it.

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageSetting = 'system' | Language;

/** "fr-CA", "fr_FR.UTF-8", "FR" → "fr"; a language we do not have → null. */
export function supportedLanguage(locale: string | null | undefined): Language | null {
  const base = (locale ?? '').trim().toLowerCase().split(/[-_.@]/)[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : null;
}

/** The language to show: the setting's, or the first preferred locale we support, or English. */
export function resolveLanguage(setting: LanguageSetting | undefined, preferred: readonly string[]): Language {
  if (setting && setting !== 'system') return setting;
  for (const locale of preferred) {
    const lang = supportedLanguage(locale);
    if (lang) return lang;
  }
  return 'en';
}

/**
 * The CLI's preferred locales from the environment, in POSIX precedence: LC_ALL, then
 * LC_MESSAGES, then LANG. "C"/"POSIX" mean no preference (English).
 */
export function localesFromEnv(env: Record<string, string | undefined>): string[] {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value && value !== 'C' && value !== 'POSIX' ? [value] : [];
}
