// The comment's raw text with the flagged words marked. Span offsets index the
// raw text, so it is shown as plain text (any HTML in it stays inert text).
import type { ReactNode } from 'react';
import { t } from '../i18n';
import type { Span } from '../../../shared/types';

const TAG = /<\/?[a-zA-Z][^>]*>/g;

/**
 * Raw text with its HTML tags dimmed: a moderator should see that a comment
 * carries links or a <script>, but the words are what they read.
 */
function withDimmedTags(text: string, keyPrefix: string): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(TAG)) {
    const start = match.index;
    if (start > at) out.push(text.slice(at, start));
    out.push(
      <span key={`${keyPrefix}-${start}`} className="raw-tag">
        {match[0]}
      </span>,
    );
    at = start + match[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** Text pieces and <mark>s for the spans; overlapping or out-of-range spans are skipped. */
export function markSpans(text: string, spans: readonly Span[]): ReactNode[] {
  const sorted = spans.filter((s) => s.start < s.end && s.end <= text.length).sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue; // overlapping matches: the first one wins
    if (span.start > at) parts.push(...withDimmedTags(text.slice(at, span.start), `t${at}`));
    parts.push(
      <mark key={span.start} className={`flag-mark list-${span.list}`} title={t('comment:marks.title', { list: listName(span.list), term: span.term })}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  if (at < text.length) parts.push(...withDimmedTags(text.slice(at), `t${at}`));
  return parts;
}

export function HighlightedText({ text, spans }: { text: string; spans: readonly Span[] }) {
  return <div className="comment-text plain">{markSpans(text, spans)}</div>;
}

export function listName(list: Span['list']): string {
  if (list === 'en') return t('comment:marks.en');
  if (list === 'fr') return t('comment:marks.fr');
  return t('comment:marks.user');
}
