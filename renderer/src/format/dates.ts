// Dates as a blog owner reads them: "14:05" today, "Tue 14:05" this week, "3 Mar" this year —
// in the UI language ("mar. 14:05", "3 mars" in French), through Intl.
import { uiLanguage } from '../i18n';
import { dateFormat, numberFormat, shortDateIn } from './formatters';

export function shortDate(iso: string, now = new Date()): string {
  return shortDateIn(uiLanguage(), iso, now);
}

export function longDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat(uiLanguage(), 'full').format(date);
}

/** "14:05": the hour and minute of a moment, in the UI language. */
export function timeOfDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateFormat(uiLanguage(), 'time').format(date);
}

/** A count with the UI language's grouping ("1,200" / "1 200"). */
export function formatNumber(n: number): string {
  return numberFormat(uiLanguage()).format(n);
}
