// Turns what the user typed into an FTS5 query: every word must appear, each as a
// prefix ("meti" finds "métier"). Quoting each word keeps FTS5 syntax characters
// typed by the user (quotes, *, :, -, NEAR) from being read as operators.
export function toFtsQuery(text: string): string | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words
    .slice(0, 16)
    .map((w) => `"${w}"*`)
    .join(' ');
}
