// The word lists Moderato ships, in the order they are compiled (later entries win).

import { entryKeys, type WordEntry } from '../matcher';
import { badWordsList, EN_EXCLUDED, EN_SPAM } from './en';
import { FR_ABUSE, FR_SPAM, LIST_VERSION } from './fr';

/** Changes whenever a bundled list changes, so the store re-flags every stored comment. */
export const BUNDLED_LISTS_VERSION = `${LIST_VERSION}+en-badwords-4.1.5-1`;

let cached: WordEntry[] | null = null;

export function bundledEntries(): WordEntry[] {
  if (cached) return cached;
  const entries: WordEntry[] = [];
  // French first: a word both lists hold ("casino", "viagra") is reported as the English list's.
  for (const term of FR_SPAM) entries.push({ term, list: 'fr', category: 'spam' });
  for (const term of EN_SPAM) entries.push({ term, list: 'en', category: 'spam' });
  // bad-words lists a few words of commerce with its insults ("viagra"): they are spam vocabulary, not an insult.
  const spam = new Set(EN_SPAM.map((t) => entryKeys(t).join(' ')));
  for (const term of badWordsList()) {
    // Compared after folding and reading leetspeak, so "pen1s" goes with "penis".
    const key = entryKeys(term).join(' ');
    if (key in EN_EXCLUDED || spam.has(key)) continue;
    entries.push({ term, list: 'en', category: 'abuse' });
  }
  for (const term of FR_ABUSE) entries.push({ term, list: 'fr', category: 'abuse' });
  cached = entries;
  return entries;
}
