// WordPress stores some plain-text fields with HTML entities (a pingback's
// author is the linking post's title: "Revue #47 &raquo; Mots &amp; Réseaux").
// Decoding through a detached <textarea> parses character references only:
// its content model is text, so no element is created, nothing runs or loads.
const cache = new Map<string, string>();
const decoder = document.createElement('textarea');

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let decoded = cache.get(text);
  if (decoded === undefined) {
    decoder.innerHTML = text;
    decoded = decoder.value;
    if (cache.size > 5000) cache.clear();
    cache.set(text, decoded);
  }
  return decoded;
}
