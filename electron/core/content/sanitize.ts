// Comment HTML made safe to render: WordPress's allowed comment tags only
// ($allowedtags in wp-includes/kses.php) plus the p/br that wpautop adds.
// Nothing that loads remote content (img, iframe, style, fonts) and no scripts or
// event handlers; links only to http(s) and mailto, never followed by the page
// itself (the renderer opens them in the system browser on click).
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['a', 'abbr', 'acronym', 'b', 'blockquote', 'cite', 'code', 'del', 'em', 'i', 'q', 'strike', 'strong', 'p', 'br'],
  allowedAttributes: {
    a: ['href', 'title'],
    abbr: ['title'],
    acronym: ['title'],
    blockquote: ['cite'],
    del: ['datetime'],
    q: ['cite'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href', 'cite'],
  allowProtocolRelative: false,
  // Text inside dropped script/style elements is dropped too; other unknown tags keep their text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
  disallowedTagsMode: 'discard',
  transformTags: {
    // Comment links are the author's, not ours: tell search engines and the browser so.
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow ugc noopener noreferrer' }),
  },
};

// `rel` is added by the transform, so it must survive the attribute filter.
OPTIONS.allowedAttributes = { ...(OPTIONS.allowedAttributes as Record<string, string[]>), a: ['href', 'title', 'rel'] };

export function sanitizeCommentHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
