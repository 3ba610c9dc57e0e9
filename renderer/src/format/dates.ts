// Dates as a blog owner reads them: "14:05" today, "Tue 14:05" this week, "3 Mar" this year —
// in the UI language ("mar. 14:05", "3 mars" in French), through Intl.
import { uiLanguage } from '../i18n';

interface Formats {
  time: Intl.DateTimeFormat;
  weekday: Intl.DateTimeFormat;
  dayMonth: Intl.DateTimeFormat;
  full: Intl.DateTimeFormat;
  dayYear: Intl.DateTimeFormat;
}

const byLanguage = new Map<string, Formats>();

function formats(lang = uiLanguage()): Formats {
  let f = byLanguage.get(lang);
  if (!f) {
    f = {
      time: new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }),
      weekday: new Intl.DateTimeFormat(lang, { weekday: 'short', hour: '2-digit', minute: '2-digit' }),
      dayMonth: new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' }),
      full: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }),
      dayYear: new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' }),
    };
    byLanguage.set(lang, f);
  }
  return f;
}

export function shortDate(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const f = formats();
  const ageMs = now.getTime() - date.getTime();
  if (date.toDateString() === now.toDateString()) return f.time.format(date);
  if (ageMs >= 0 && ageMs < 6 * 86_400_000) return f.weekday.format(date);
  if (date.getFullYear() === now.getFullYear()) return f.dayMonth.format(date);
  return f.dayYear.format(date);
}

export function longDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formats().full.format(date);
}

/** "14:05": the hour and minute of a moment, in the UI language. */
export function timeOfDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : formats().time.format(date);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A count with the UI language's grouping ("1,200" / "1 200"). One formatter per language:
 * toLocaleString(lang) builds a new one on every call, and the sidebar formats a dozen counts.
 */
export function formatNumber(n: number): string {
  const lang = uiLanguage();
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang);
    numberFormats.set(lang, format);
  }
  return format.format(n);
}
