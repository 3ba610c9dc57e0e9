// The Intl formatters the UI uses, one per language and kind, made once. No imports, so the
// window's first script can use them (the first screen's dates) before the app's code runs.
// The first Intl object of a page pays for ICU's start-up (~45 ms here; the next ones well under
// a millisecond): the window's first script pays it (warmFormatters) while the first page is
// on the wire, so neither the first rows nor React's first render wait for it.

/** The date formats of the UI, by what they show. */
export type DateKind = 'time' | 'weekday' | 'dayMonth' | 'full' | 'dayYear';

const DATE_OPTIONS: Record<DateKind, Intl.DateTimeFormatOptions> = {
  time: { hour: '2-digit', minute: '2-digit' },
  weekday: { weekday: 'short', hour: '2-digit', minute: '2-digit' },
  dayMonth: { day: 'numeric', month: 'short' },
  full: { dateStyle: 'medium', timeStyle: 'short' },
  dayYear: { day: 'numeric', month: 'short', year: 'numeric' },
};

const dates = new Map<string, Intl.DateTimeFormat>();
const numbers = new Map<string, Intl.NumberFormat>();

/** One formatter per language and kind, made on first use and kept. */
export function dateFormat(lang: string, kind: DateKind): Intl.DateTimeFormat {
  const key = `${lang} ${kind}`;
  let f = dates.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, DATE_OPTIONS[kind]);
    dates.set(key, f);
  }
  return f;
}

/** A row's date as a blog owner reads it: "14:05" today, "Tue 14:05" this week, "3 Mar" this year, in `lang`. */
export function shortDateIn(lang: string, iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const ageMs = now.getTime() - date.getTime();
  const kind: DateKind =
    date.toDateString() === now.toDateString()
      ? 'time'
      : ageMs >= 0 && ageMs < 6 * 86_400_000
        ? 'weekday'
        : date.getFullYear() === now.getFullYear()
          ? 'dayMonth'
          : 'dayYear';
  return dateFormat(lang, kind).format(date);
}

/** One per language: toLocaleString(lang) would build a new formatter on every call. */
export function numberFormat(lang: string): Intl.NumberFormat {
  let f = numbers.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang);
    numbers.set(lang, f);
  }
  return f;
}

/**
 * Makes the formatters of `lang` ahead of use, and loads its plural rules into ICU (i18next
 * makes its own Intl.PluralRules on its first plural; the second of a language is cheap).
 */
export function warmFormatters(lang: string): void {
  const now = new Date();
  now.toDateString(); // the local time zone, which shortDate's "today?" test loads on first use
  for (const kind of Object.keys(DATE_OPTIONS) as DateKind[]) dateFormat(lang, kind).format(now);
  numberFormat(lang).format(1234);
  new Intl.PluralRules(lang).select(1);
  new Intl.PluralRules(lang, { type: 'ordinal' }).select(1);
}
