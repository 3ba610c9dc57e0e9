// Marks flagged spans in a text: bold red on a colour terminal, [[brackets]]
// elsewhere, so pipes and logs still show exactly which words were hit.
import type { Span } from '../../../shared/types';

const START = '\u001b[1;31m';
const END = '\u001b[0m';

export function highlight(text: string, spans: readonly Span[], color: boolean): string {
  const ordered = [...spans]
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const span of ordered) {
    if (span.start < at) continue; // overlaps the previous mark
    out += text.slice(at, span.start);
    const word = text.slice(span.start, span.end);
    out += color ? `${START}${word}${END}` : `[[${word}]]`;
    at = span.end;
  }
  return out + text.slice(at);
}
