// "Tech-support number" spam: a brand, "support / customer service / helpline" and a phone
// number. libphonenumber-js reads the number (any country's format); it only runs on texts
// that have the vocabulary and enough digits, which genuine comments almost never do.

import { findPhoneNumbersInText } from 'libphonenumber-js/min';

/** Support and service vocabulary, English and French, lower case. */
const SUPPORT_RE =
  /(?:^|[^a-z])(?:support|helpline|help line|help desk|helpdesk|hotline|customer (?:care|service|services)|tech(?:nical)? (?:help|team|expert|experts)|toll[- ]?free|call (?:us|now|our|the)|contact (?:number|us)|phone numbers?|reservations? number|service client|assistance|num[eé]ro (?:vert|gratuit|de t[eé]l[eé]phone)|appelez|joignable|d[eé]pannage)(?![a-z])/;

/**
 * Products whose "support numbers" are sold to the stuck: printers, antivirus, routers, mail,
 * accounting software, airlines. Kinds of products, with the brands that stand for them.
 */
const PRODUCT_RE =
  /(?:^|[^a-z])(printers?|imprimantes?|antivirus|anti-virus|router|routeur|wi-?fi extender|airlines?|airways|flight reservations?|quickbooks|accounting software|email account|mail account|hp|epson|canon|brother|lexmark|xerox|norton|mcafee|kaspersky|avast|avg|bitdefender|malwarebytes|netgear|linksys|belkin|roku|garmin|outlook|hotmail|yahoo mail|aol mail|gmail|sbcglobal|comcast|cash app|coinbase|binance|delta|united airlines|spirit|frontier|allegiant|lufthansa|emirates)(?![a-z])/;

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
 * The first phone number of a text that offers support or service, as written in the text
 * ("+1 (888) 555-0199"), or null. `lower` is the text lower-cased.
 */
export function supportPhoneNumber(text: string, lower: string): string | null {
  if (digitCount(text) < 7 || !SUPPORT_RE.test(lower)) return null;
  // Without a country code, read it as a North American number first (most such spam), then
  // as French; a number with "+" is read as written.
  for (const country of ['US', 'FR'] as const) {
    const found = findPhoneNumbersInText(text, country);
    if (found.length > 0) return text.slice(found[0]!.startsAt, found[0]!.endsAt);
  }
  return null;
}

/**
 * A support pitch without a readable number (it is often an image or a link): support
 * vocabulary next to a product sold with "support numbers". Returns the product, or null.
 */
export function supportPitchProduct(lower: string): string | null {
  if (!SUPPORT_RE.test(lower)) return null;
  const m = PRODUCT_RE.exec(lower);
  return m ? m[1]! : null;
}
