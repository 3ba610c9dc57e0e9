// Plain text out of comment HTML: for search, excerpts and duplicate detection.
// Not a sanitiser (see ../content/sanitize.ts): the result is never rendered as HTML.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…',
  laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', ndash: '–', mdash: '—',
  eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç', ecirc: 'ê', ocirc: 'ô', ucirc: 'û', icirc: 'î',
};

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#x') || body.startsWith('#X')) {
    const code = Number.parseInt(body.slice(2), 16);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  if (body.startsWith('#')) {
    const code = Number.parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return NAMED[body.toLowerCase()] ?? entity;
}

/** Text without tags, entities decoded. Spacing is left as is (search and hashing ignore it). */
export function toPlainText(html: string): string {
  // Most comments are plain text: skip the regular expressions for them.
  let text = html;
  if (text.includes('<')) {
    text = text.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ');
  }
  if (text.includes('&')) text = text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, decodeEntity);
  return text;
}

/** First characters of the plain text, cut at a word boundary. */
export function excerptOf(html: string, max = 160): string {
  // Markup rarely triples the length of a comment's first sentence: look no further.
  const text = toPlainText(html.length > max * 3 ? html.slice(0, max * 3) : html)
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max)}…`;
}

// Accented lower-case letters of French and the other Western European languages,
// folded to their base letter (the text is lower-cased first).
const FOLD_FROM = 'àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿœ';
const FOLD_TO = 'aaaaaaaceeeeiiiinoooooouuuuyyo';

/**
 * 53-bit hash of the plain text with case, accents, punctuation and spacing folded
 * away, so "Super article !!" and "super   Article" count as the same text.
 * One pass over the characters: this runs for every ingested comment.
 */
export function textHash(html: string): number {
  return plainTextHash(toPlainText(html));
}

/** textHash for text already through toPlainText. */
export function plainTextHash(plain: string): number {
  const text = plain.toLowerCase();
  // FNV-1a, two 32-bit lanes with different primes, combined into a safe integer.
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  let pendingSpace = false;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    const isAsciiWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (!isAsciiWord) {
      if (c < 128) {
        pendingSpace = any;
        continue;
      }
      const folded = FOLD_FROM.indexOf(text[i]!);
      if (folded >= 0) c = FOLD_TO.charCodeAt(folded);
    }
    if (pendingSpace) {
      a = Math.imul(a ^ 32, 0x01000193);
      b = Math.imul(b ^ 32, 0x5bd1e995);
      pendingSpace = false;
    }
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    any = true;
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** Lower-cased host of a URL, or '' (cheaper than new URL() on every ingested comment). */
export function hostOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url.trim());
  return m ? m[1]!.toLowerCase().replace(/^www\./, '') : '';
}
