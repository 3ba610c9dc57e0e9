// The comment as the site would show it. contentHtml is sanitised by the core
// to WordPress's comment tags; the CSP keeps anything remote from loading, and
// links never navigate this window: a click hands them to the system browser.
import type { MouseEvent } from 'react';
import { bridge } from '../transport/client';

const SAFE_LINK = /^(https?:|mailto:)/i;

export function openLinkOnClick(event: MouseEvent<HTMLElement>): void {
  const anchor = (event.target as HTMLElement).closest('a');
  if (!anchor) return;
  event.preventDefault();
  const href = anchor.getAttribute('href') ?? '';
  if (event.type === 'click' && SAFE_LINK.test(href)) void bridge.openExternal(href);
}

export function CommentContent({ html }: { html: string }) {
  return (
    <div
      className="comment-text html"
      onClick={openLinkOnClick}
      onAuxClick={openLinkOnClick}
      // Sanitised by the core (electron/core/content); see the file comment.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
