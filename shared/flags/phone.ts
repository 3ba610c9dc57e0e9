// "Tech-support number" spam: a brand, "support / customer service / helpline" and a phone
// number. libphonenumber-js reads the number (any country's format); it only runs on texts
// whose words offer support (lists/support.ts), and only on the runs of digits that could be a
// number: handing it a whole pitch of a thousand characters made it most of a check's cost.

import { findPhoneNumbersInText } from 'libphonenumber-js/min';

/** The fewest and most digits of a phone number (E.164 allows 15), and its longest group ("18883036444"). */
const MIN_DIGITS = 7;
/** Digits a text needs before it is worth reading for a phone number at all. */
export const MIN_PHONE_DIGITS = MIN_DIGITS;
const MAX_DIGITS = 15;
const MAX_GROUP = 11;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** What may sit between the digits of one written number: space, no-break space, - . ( ) / and dashes. */
const isJoiner = (c: number): boolean =>
  c === 32 || c === 0xa0 || c === 45 || c === 46 || c === 40 || c === 41 || c === 47 || (c >= 0x2010 && c <= 0x2015);
/** Characters around a run handed to libphonenumber with it: it tells dates and times ("2019-01-24 11:35") by them. */
const CONTEXT_BEFORE = 1;
const CONTEXT_AFTER = 3;

/** A letter, digit or sign that makes digits part of a word, an address or a number with decimals. */
function isGlued(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 /* _ */ || c === 47 /* / */ ||
    c === 61 /* = */ || c === 38 /* & */ || c === 37 /* % */ || c === 35 /* # */ || c === 63 /* ? */ || c === 46 /* . */
  );
}

/**
 * [start, end) of each stretch of the text made of digits and the signs between them that could
 * be a phone number: 7 digits or more, no group longer than a whole national number, not glued
 * to letters or to a web address, not a date, a decimal or an IP address. A "+" or "(" just
 * before the first digit belongs to it.
 */
function digitRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let start = i;
    const glued = i > 0 && isGlued(text.charCodeAt(i - 1));
    while (start > 0 && (text.charCodeAt(start - 1) === 43 /* + */ || text.charCodeAt(start - 1) === 40) /* ( */) start--;
    let digits = 0;
    let group = 0;
    let longestGroup = 0;
    let groups = 0;
    let dotsOnly = true;
    let end = i;
    let joiners = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isDigit(c)) {
        if (group === 0) groups++;
        digits++;
        group++;
        if (group > longestGroup) longestGroup = group;
        joiners = 0;
        end = ++i;
      } else if (isJoiner(c) && joiners < 2) {
        if (c !== 46 && c !== 32) dotsOnly = false;
        group = 0;
        joiners++;
        i++;
      } else break;
    }
    if (glued || digits < MIN_DIGITS || longestGroup > MAX_GROUP) continue;
    // Two numbers one space apart read as one run: long runs must be in short groups.
    if (digits > MAX_DIGITS && longestGroup > 4) continue;
    if (end < n && isGlued(text.charCodeAt(end)) && text.charCodeAt(end) !== 46) continue;
    if (dotsOnly && groups === 4 && longestGroup <= 3 && text.slice(start, end).split('.').length === 4) continue; // 80.92.254.68
    // Two groups of digits joined by a dot alone are a decimal, a version or a paper's number (arXiv:2108.04884).
    if (dotsOnly && groups === 2 && !text.slice(start, end).includes(' ')) continue;
    runs.push([start, end]);
  }
  return runs;
}

/**
 * The first phone number of a text, as written in the text ("+1 (888) 555-0199"), or null. The
 * engine asks only about texts whose words offer support or service.
 */
export function phoneNumberIn(text: string): string | null {
  for (const [start, end] of digitRuns(text)) {
    const from = Math.max(0, start - CONTEXT_BEFORE);
    const run = text.slice(from, Math.min(text.length, end + CONTEXT_AFTER));
    const number = read(run, countriesFor(text, start, end));
    if (number !== null) return number;
  }
  return null;
}

/**
 * Runs already read, and what they held. libphonenumber compiles its patterns again on each
 * call (tens of microseconds); a tech-support campaign posts the same few numbers in hundreds
 * of comments, so each is read once. Bounded: the oldest run goes first.
 */
const recent = new Map<string, string | null>();
const RECENT_RUNS = 512;

function read(run: string, countries: readonly ('US' | 'FR')[]): string | null {
  const known = recent.get(run);
  if (known !== undefined) return known;
  let number: string | null = null;
  for (const country of countries) {
    const found = findPhoneNumbersInText(run, country);
    if (found.length > 0) {
      number = run.slice(found[0]!.startsAt, found[0]!.endsAt);
      break;
    }
  }
  if (recent.size >= RECENT_RUNS) recent.delete(recent.keys().next().value!);
  recent.set(run, number);
  return number;
}

/**
 * How to read a number written without its country code: ten digits from 0 are French
 * ("01 84 80 12 34"), ten digits from 2-9 or eleven from 1 North American (most such spam);
 * anything else is tried both ways. A number with "+" is read as written whatever the country.
 */
function countriesFor(text: string, start: number, end: number): readonly ('US' | 'FR')[] {
  if (text.charCodeAt(start) === 43 /* + */) return US;
  let digits = 0;
  let first = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      if (first < 0) first = c - 48;
      digits++;
    }
  }
  if (digits === 10) return first === 0 ? FR : US;
  if (digits === 11 && first === 1) return US;
  return BOTH;
}

const US = ['US'] as const;
const FR = ['FR'] as const;
const BOTH = ['US', 'FR'] as const;
