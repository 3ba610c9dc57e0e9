// The Intl formatters the UI uses, one set per language, made once. No imports, so the
// window's first script (boot.ts) can make them while the app's code is still on the wire:
// the first Intl object of a page pays for ICU's start-up (tens of milliseconds), and a
// cold load must not pay it inside React's first render.

export interface DateFormats {
  time: Intl.DateTimeFormat;
  weekday: Intl.DateTimeFormat;
  dayMonth: Intl.DateTimeFormat;
  full: Intl.DateTimeFormat;
  dayYear: Intl.DateTimeFormat;
}

const dates = new Map<string, DateFormats>();
const numbers = new Map<string, Intl.NumberFormat>();

export function dateFormats(lang: string): DateFormats {
  let f = dates.get(lang);
  if (!f) {
    f = {
      time: new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }),
      weekday: new Intl.DateTimeFormat(lang, { weekday: 'short', hour: '2-digit', minute: '2-digit' }),
      dayMonth: new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' }),
      full: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }),
      dayYear: new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' }),
    };
    dates.set(lang, f);
  }
  return f;
}

/** A row's date as a blog owner reads it: "14:05" today, "Tue 14:05" this week, "3 Mar" this year, in `lang`. */
export function shortDateIn(lang: string, iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const f = dateFormats(lang);
  const ageMs = now.getTime() - date.getTime();
  if (date.toDateString() === now.toDateString()) return f.time.format(date);
  if (ageMs >= 0 && ageMs < 6 * 86_400_000) return f.weekday.format(date);
  if (date.getFullYear() === now.getFullYear()) return f.dayMonth.format(date);
  return f.dayYear.format(date);
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
  for (const f of Object.values(dateFormats(lang))) f.format(now);
  numberFormat(lang).format(1234);
  new Intl.PluralRules(lang).select(1);
  new Intl.PluralRules(lang, { type: 'ordinal' }).select(1);
}
