// The language of a comment (franc-min: trigram profiles of the 82 most spoken languages).
// Costly next to the rest of a check (a third of a millisecond), and unreliable on a few words,
// so it is only asked about texts long enough to tell and mostly made of words the site's
// approved comments never used.

import { franc } from 'franc-min';

/** Letters franc needs before its answer means something. */
export const MIN_LANGUAGE_LETTERS = 30;
/** Only the start of a long text is read: enough to tell, and the cost stays bounded. */
const MAX_LANGUAGE_CHARS = 160;

/** ISO 639-3 code ("eng", "fra", "eus"…), or "und" when the text is too short or unclear. */
export function detectLanguage(text: string): string {
  const sample = text.length > MAX_LANGUAGE_CHARS ? text.slice(0, MAX_LANGUAGE_CHARS) : text;
  return franc(sample, { minLength: MIN_LANGUAGE_LETTERS });
}
