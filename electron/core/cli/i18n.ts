// The CLI's language and its words: i18next, as in the renderer, over the shared catalogue
// (shared/i18n/locales/{en,fr}/{cli,flags,messages}.json). The language is chosen by
// ./choose-language.ts (Settings, else the environment, else English). Only that language's
// strings are loaded (a chunk of the built CLI). Machine-readable output (--json) is never
// translated: it keeps codes and English reasons.
import i18next from 'i18next';
import { localesFromEnv, supportedLanguage, type Language } from '../../../shared/i18n/language';
import { messageTextIn, type MessageLike } from '../../../shared/i18n/message-text';
import type { Translate } from '../../../shared/i18n/translator';
import type { MessageTranslate } from '../../../shared/messages';
import { chooseCliLanguage } from './choose-language';

interface Speech {
  language: Language;
  /** BCP 47 locale for Intl: the environment's when it is in the chosen language ("fr-CA"), else the language. */
  locale: string;
  t: Translate;
  /** A string of the catalogue as stored ("cli:commands.queue.summary"), undefined when absent. */
  stored: (key: string) => string | undefined;
}

interface Loaded {
  t: Translate;
  stored: (key: string) => string | undefined;
}

/** Before loadCliLanguage (never, in practice): keys come back as they are. */
let speech: Speech = { language: 'en', locale: 'en', t: (key) => key, stored: () => undefined };
/** Strings already loaded in this process (tests run the CLI many times in one). */
const loaded = new Map<Language, Loaded>();

function intlLocale(language: Language, envLocales: readonly string[]): string {
  const first = envLocales[0] ?? '';
  if (supportedLanguage(first) !== language) return language;
  const tag = first.split(/[.@]/)[0]!.replace('_', '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? language;
  } catch {
    return language;
  }
}

/** Chooses the language for this run and loads its strings (only those). */
export async function loadCliLanguage(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Promise<Language> {
  const language = chooseCliLanguage(argv, env, cwd);
  await useCliLanguage(language, intlLocale(language, localesFromEnv(env)));
  return language;
}

/** Loads a language's strings (once a process) and speaks it from now on; `locale` is for Intl. */
export async function useCliLanguage(language: Language, locale: string = language): Promise<void> {
  let strings = loaded.get(language);
  if (!strings) {
    const catalogue = (language === 'fr' ? await import('./catalogue/fr') : await import('./catalogue/en')).default;
    const instance = i18next.createInstance();
    await instance.init({
      resources: { [language]: catalogue },
      lng: language,
      ns: ['cli', 'flags', 'messages'],
      defaultNS: 'cli',
      initAsync: false,
      // Plain text for a terminal: nothing to escape.
      interpolation: { escapeValue: false },
    });
    const stored = (key: string): string | undefined => {
      const [ns, path] = key.split(':', 2) as [string, string];
      const value: unknown = instance.getResource(language, ns, path);
      return typeof value === 'string' ? value : undefined;
    };
    strings = { t: instance.getFixedT(language) as unknown as Translate, stored };
    loaded.set(language, strings);
  }
  speech = { language, locale, ...strings };
}

/** A string of the CLI's catalogue ("cli:…", "flags:…", "messages:…") in the chosen language. */
export function t(key: string, options?: Record<string, unknown>): string {
  return speech.t(key, options);
}

/**
 * A catalogue string that has no placeholders (the overview, a command's summary), read from
 * i18next's store as it is; t() when it is not there. t() runs i18next's whole pipeline for each
 * string (the key's namespace, fallbacks, interpolation, nesting): its first call compiles that
 * code (~9M instructions) and each call costs ~0.35M more while it is cold, and `moderato --help`
 * shows 28 strings, which through t() were a sixth of Moderato's own start-up (measured). A CLI
 * test holds that those strings stay plain.
 */
export function plainText(key: string): string {
  return speech.stored(key) ?? speech.t(key);
}

/** The translate function itself, for the shared renderers (flag reasons, messages). */
export function translate(): Translate {
  return speech.t;
}

export function cliLanguage(): Language {
  return speech.language;
}

/** A message from the core (an error, a notice) in the chosen language; its English when it has no code. */
export function say(info: MessageLike): string {
  return messageTextIn(speech.t as MessageTranslate, info);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date and time in the user's time zone and language ("26/11/2026 07:02"); "-" when there is none. */
export function formatDate(iso: string | null): string {
  if (!iso) return '-';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateFormats.get(speech.locale);
  if (!format) {
    format = new Intl.DateTimeFormat(speech.locale, { dateStyle: 'short', timeStyle: 'short' });
    dateFormats.set(speech.locale, format);
  }
  return format.format(date);
}

/** A number with the language's grouping and decimal sign ("1 200", "2,5" in French); `digits` fixes the decimals. */
export function formatNumber(value: number, digits?: number): string {
  return value.toLocaleString(speech.locale, digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
