// "Tech-support number" spam: a brand, "support / customer service / helpline" and a phone
// number. libphonenumber-js reads the number (any country's format); it only runs on texts
// whose words offer support (lists/support.ts) and that have enough digits.

import { findPhoneNumbersInText } from 'libphonenumber-js/min';

/** At least 7 digits, the shortest phone number worth reading. */
function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * The first phone number of a text, as written in the text ("+1 (888) 555-0199"), or null. The
 * engine asks only about texts whose words offer support or service.
 */
export function phoneNumberIn(text: string): string | null {
  if (digitCount(text) < 7) return null;
  // Without a country code, read it as a North American number first (most such spam), then
  // as French; a number with "+" is read as written.
  for (const country of ['US', 'FR'] as const) {
    const found = findPhoneNumbersInText(text, country);
    if (found.length > 0) return text.slice(found[0]!.startsAt, found[0]!.endsAt);
  }
  return null;
}
