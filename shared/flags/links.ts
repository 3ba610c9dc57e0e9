// Links in a comment, counted the way a moderator sees them: HTML anchors, bare URLs and
// "www." addresses, and bare domain names ("example.com"). An anchor whose text repeats its URL
// counts once.

export interface LinkInfo {
  count: number;
  /** Host names without "www.", lower case, in order of appearance (repeats kept). */
  domains: string[];
}

const TLDS =
  'com|net|org|info|biz|fr|be|ch|ca|ru|de|uk|co|io|us|me|tk|xyz|online|site|top|club|shop|store|ly|tv|cc|eu|in|it|es|pl|nl|br|cn|pro|link|click|live|blog|app';

// One pass: an anchor element (its inner text is not counted again), any other tag (skipped),
// a URL with a scheme or "www.", or a bare domain with a common top-level domain.
const LINK_RE = new RegExp(
  String.raw`<a\s[^>]*?href\s*=\s*["']?([^"'\s>]*)[^>]*>[\s\S]*?(?:<\/a\s*>|$)|<[^>]*>|((?:https?:\/\/|www\.)[^\s<>"'()\[\]{}]+)|(?<![\w@.-])((?:[a-z0-9][a-z0-9-]*\.)+(?:${TLDS}))(?![\w-]|\.\w)`,
  'gi',
);

/** The host of a URL or bare domain: "https://www.Example.com/x" → "example.com". */
export function hostOf(url: string): string | null {
  let rest = url.trim().toLowerCase();
  const scheme = rest.indexOf('://');
  if (scheme !== -1) rest = rest.slice(scheme + 3);
  else if (rest.startsWith('//')) rest = rest.slice(2);
  const cut = rest.search(/[/?#:]/);
  if (cut !== -1) rest = rest.slice(0, cut);
  const at = rest.lastIndexOf('@');
  if (at !== -1) rest = rest.slice(at + 1);
  if (rest.startsWith('www.')) rest = rest.slice(4);
  rest = rest.replace(/[^a-z0-9.-].*$/, '').replace(/\.+$/, '');
  return /^[a-z0-9.-]+\.[a-z0-9-]{2,}$/.test(rest) ? rest : null;
}

export function findLinks(content: string): LinkInfo {
  const domains: string[] = [];
  let count = 0;
  LINK_RE.lastIndex = 0;
  for (let m = LINK_RE.exec(content); m !== null; m = LINK_RE.exec(content)) {
    const href = m[1];
    const url = m[2] ?? m[3];
    if (href !== undefined) {
      count++;
      const host = hostOf(href);
      if (host) domains.push(host);
    } else if (url !== undefined) {
      count++;
      const host = hostOf(url);
      if (host) domains.push(host);
    }
  }
  return { count, domains };
}

/** A URL or domain name written in a name field ("Cheap Loans www.loans.example"). */
export function containsUrl(text: string): boolean {
  LINK_RE.lastIndex = 0;
  for (let m = LINK_RE.exec(text); m !== null; m = LINK_RE.exec(text)) {
    if (m[1] !== undefined || m[2] !== undefined || m[3] !== undefined) return true;
  }
  return false;
}
