// Links in a comment, counted the way a moderator sees them: HTML anchors, bare URLs and
// "www." addresses, and bare domain names ("example.com"). An anchor whose text repeats its URL
// counts once.

export interface LinkInfo {
  count: number;
  /** Host names without "www.", lower case, in order of appearance (repeats kept). */
  domains: string[];
  /** Hosts of the links whose path is a manual's (see DOCUMENTATION_PATH), when there are any. */
  documentation?: string[];
  /** The links that lead to a page inside a site rather than to its home page (see PAGE_PATH), as written. */
  pages?: string[];
}

/**
 * A path into a project's manual ("/en/latest/", "/docs/", "/manual/", "/api/", "/wiki/"), or a
 * forum's thread ("showthread.php?t=…", "viewtopic.php", "/t/slug/123"): a reader pointing at
 * documentation or at a discussion, on whatever host it lives.
 */
const DOCUMENTATION_PATH =
  /^(?:https?:\/\/)?[^/?#\s]+\/(?:[^?#\s]*\/)?(?:(?:docs?|documentation|manual|reference|api|wiki|(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:latest|stable))\/|(?:showthread|viewtopic)\.php\?|t\/[a-z0-9-]+\/\d+)/i;

/** A path past the home page: a segment of three letters or digits or more ("/species/…", "/p/12345", "/watch?v=…"). */
const PAGE_PATH = /^(?:https?:\/\/)?[^/?#\s:]+(?::\d+)?\/[^\s]*[a-z0-9]{3}/i;

/** Records `host` as a manual's when `url`'s path is one, and `url` as a page's when it leads past a home page. */
function notePath(url: string, host: string, info: { documentation?: string[]; pages?: string[] }): void {
  if (DOCUMENTATION_PATH.test(url)) (info.documentation ??= []).push(host);
  if (PAGE_PATH.test(url)) (info.pages ??= []).push(url);
}

const TLDS =
  'com|net|org|info|biz|fr|be|ch|ca|ru|de|uk|co|io|us|me|tk|xyz|online|site|top|club|shop|store|ly|gl|tv|cc|eu|in|it|es|pl|nl|br|cn|pro|link|click|live|blog|app';
const TLD_SET = new Set(TLDS.split('|'));
/** The longest of them: a longer run of letters after a dot is no top-level domain of the list. */
const TLD_MAX = Math.max(...[...TLD_SET].map((t) => t.length));

// An anchor element: its inner text is not counted again. Any other tag is skipped.
const ANCHOR = String.raw`<a\s[^>]*?href\s*=\s*["']?([^"'\s>]*)[^>]*>[\s\S]*?(?:<\/a\s*>|$)|<[^>]*>`;
// A URL with a scheme or "www.", a bare domain with a common top-level domain, or a domain spelled
// apart to dodge link filters ("example . com", "example dot com", "example(dot)net", "example. com (delete the space)",
// a shortener's "goo . gl", a free domain's "example . tk").
const BARE = String.raw`((?:https?:\/\/|www\.)[^\s<>"'()\[\]{}]+)|(?<![\w@.-])((?:[a-z0-9][a-z0-9-]*\.)+(?:${TLDS}))(?![\w-]|\.\w)|(?<![\w@.-])([a-z0-9][a-z0-9-]{2,}(?:(?:\s+(?:\.|dot)\s+|\s*[([]dot[)\]]\s*)(?:com|net|org|gl|ly|tk)|\.\s+(?:com|org)))(?![\w-])`;
// With HTML: one regex pass, tags and anchors first.
const LINK_RE = new RegExp(`${ANCHOR}|${BARE}`, 'gi');

/**
 * Cheap test run before the regex: most genuine comments have no "<a", "://", "www." nor a dot
 * followed by a known top-level domain, and skip the regex entirely.
 */
function mayContainLink(text: string, lowered?: string): boolean {
  const lower = lowered ?? text.toLowerCase();
  if (lower.includes('<a') || lower.includes('://') || lower.includes('www.') || lower.includes(' dot ')) return true;
  for (let i = lower.indexOf('.'); i !== -1; i = lower.indexOf('.', i + 1)) {
    let j = i + 1;
    while (j < lower.length && lower.charCodeAt(j) === 32) j++;
    let k = j;
    while (k < lower.length && lower.charCodeAt(k) >= 97 && lower.charCodeAt(k) <= 122) k++;
    if (k > j && TLD_SET.has(lower.slice(j, k))) return true;
  }
  return false;
}

/** a-z, 0-9, "." and "-" (the text is lower-cased already). */
function isHostChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

/** The host of a URL or bare domain: "https://www.Example.com/x" → "example.com". */
export function hostOf(url: string): string | null {
  let rest = url.trim().toLowerCase();
  const scheme = rest.indexOf('://');
  if (scheme !== -1) rest = rest.slice(scheme + 3);
  else if (rest.startsWith('//')) rest = rest.slice(2);
  // Up to the path, query, fragment or port; then past any "user@"; then up to the first
  // character a host name cannot hold, without its trailing dots. Loops rather than regexes:
  // this runs for every link of every comment.
  let cut = 0;
  while (cut < rest.length) {
    const c = rest.charCodeAt(cut);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */ || c === 58 /* : */) break;
    cut++;
  }
  if (cut < rest.length) rest = rest.slice(0, cut);
  const at = rest.lastIndexOf('@');
  if (at !== -1) rest = rest.slice(at + 1);
  if (rest.startsWith('www.')) rest = rest.slice(4);
  let end = 0;
  while (end < rest.length && isHostChar(rest.charCodeAt(end))) end++;
  while (end > 0 && rest.charCodeAt(end - 1) === 46 /* . */) end--;
  if (end < rest.length) rest = rest.slice(0, end);
  // Host characters only, no trailing dot: a name, a dot, and a last label of two characters or more.
  const lastDot = rest.lastIndexOf('.');
  return lastDot >= 1 && rest.length - lastDot > 2 ? rest : null;
}

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]+/g;
// After a dot and spaces, only "com" and "org", which no sentence starts with ("…the end. Net income…").
const SPACED_RE = /(?<![\w@.-])([a-z0-9][a-z0-9-]{2,})(?:(?:\s+(?:\.|dot)\s+|\s*[([]dot[)\]]\s*)(com|net|org|gl|ly|tk)|\.\s+(com|org))(?![\w-])/g;
/** Where a domain may be spelled apart: " . ", " dot ", "(dot)", or a dot followed by spaces before "com" or "org". */
const SPACED_HINT = /\s(?:\.|dot)\s|[([]dot[)\]]|\.\s+(?:com|org)(?![\w-])/;

function inRanges(ranges: readonly [number, number][], i: number): boolean {
  for (const [from, to] of ranges) if (i >= from && i < to) return true;
  return false;
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function isDomainChar(c: number): boolean {
  return isAlnum(c) || c === 45 /* - */ || c === 46; /* . */
}

/**
 * Plain text (no HTML): URLs by a regex anchored on "http"/"www.", bare domains found from each
 * dot followed by a known top-level domain — no regex tried at every position.
 */
function findTextLinks(lower: string, domains: string[], spaced: boolean, info: { documentation?: string[]; pages?: string[] }): number {
  let count = 0;
  const taken: [number, number][] = [];
  const found: [number, string][] = [];
  if (lower.includes('://') || lower.includes('www.')) {
    URL_RE.lastIndex = 0;
    for (let m = URL_RE.exec(lower); m !== null; m = URL_RE.exec(lower)) {
      count++;
      taken.push([m.index, m.index + m[0].length]);
      const host = hostOf(m[0]);
      if (host) {
        found.push([m.index, host]);
        notePath(m[0], host, info);
      }
    }
  }
  const n = lower.length;
  // A dot followed by spaces: a domain may be spelled apart there ("example. com"), looked for below.
  let dotSpace = false;
  for (let dot = lower.indexOf('.'); dot !== -1; dot = lower.indexOf('.', dot + 1)) {
    let end = dot + 1;
    while (end < n && lower.charCodeAt(end) >= 97 && lower.charCodeAt(end) <= 122) end++;
    if (end === dot + 1) {
      const c = lower.charCodeAt(end);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) dotSpace = true;
      continue;
    }
    if (end - dot - 1 > TLD_MAX || !TLD_SET.has(lower.slice(dot + 1, end))) continue;
    const after = end < n ? lower.charCodeAt(end) : 0;
    if (isAlnum(after) || after === 95 || after === 45) continue;
    if (after === 46 && end + 1 < n && (isAlnum(lower.charCodeAt(end + 1)) || lower.charCodeAt(end + 1) === 95)) continue;
    let start = dot;
    while (start > 0 && isDomainChar(lower.charCodeAt(start - 1))) start--;
    const before = start > 0 ? lower.charCodeAt(start - 1) : 0;
    if (start === dot || !isAlnum(lower.charCodeAt(start)) || before === 64 /* @ */ || before === 95 /* _ */) continue;
    if (inRanges(taken, start)) continue;
    count++;
    const host = hostOf(lower.slice(start, end));
    if (host) found.push([start, host]);
    taken.push([start, end]);
  }
  if (spaced && (dotSpace || lower.includes('dot')) && SPACED_HINT.test(lower)) {
    SPACED_RE.lastIndex = 0;
    for (let m = SPACED_RE.exec(lower); m !== null; m = SPACED_RE.exec(lower)) {
      if (inRanges(taken, m.index)) continue;
      count++;
      found.push([m.index, `${m[1]}.${m[2] ?? m[3]}`]);
    }
  }
  if (found.length > 1) found.sort((a, b) => a[0] - b[0]);
  for (const [, host] of found) domains.push(host);
  return count;
}

/**
 * @param lower `content.toLowerCase()` when the caller already has it.
 * @param spaced false when the caller knows the text has no "com", "net", "org", "gl", "ly" or "dot" word,
 *   so no domain spelled apart ("example dot com", "bit . ly") to look for.
 */
export function findLinks(content: string, lower?: string, spaced = true): LinkInfo {
  const info: LinkInfo = { count: 0, domains: [] };
  const lowered = lower ?? content.toLowerCase();
  // Plain text: findTextLinks is as cheap as any pre-check would be.
  if (!content.includes('<') && lowered.length === content.length) {
    info.count = findTextLinks(lowered, info.domains, spaced, info);
    return info;
  }
  if (!mayContainLink(content, lowered)) return info;
  LINK_RE.lastIndex = 0;
  for (let m = LINK_RE.exec(content); m !== null; m = LINK_RE.exec(content)) {
    const link = m[1] ?? m[2] ?? m[3] ?? m[4]?.replace(/\s+(?:\.|dot)\s+|\s*[([]dot[)\]]\s*|\.\s+/i, '.');
    if (link === undefined) continue;
    info.count++;
    const host = hostOf(link);
    if (host) {
      info.domains.push(host);
      notePath(link, host, info);
    }
  }
  return info;
}

/** A URL or domain name written in a name field ("Cheap Loans www.loans.example"). */
/**
 * An e-mail address in a text ("Email him: dr.remedy@mail.example"): where testimonial scams and
 * loan offers send their readers, off the site. Not a Git remote ("git@github.com:owner/repo"),
 * which a colon follows. The first one, or null.
 */
export function contactAddressIn(text: string): string | null {
  if (!text.includes('@')) return null;
  CONTACT_ADDRESS.lastIndex = 0;
  for (let m = CONTACT_ADDRESS.exec(text); m; m = CONTACT_ADDRESS.exec(text)) {
    if (text.charCodeAt(m.index + m[0].length) !== 58 /* : */) return m[1]!;
  }
  return null;
}

/**
 * A messenger contact given in a text ("Telegram @cards_shop", "WhatsApp: +44 7700 900123",
 * "telegram: quickloans"): where carding shops, loan offers and "recovery experts" take their
 * readers. A handle (@…), a number, or a name after a colon; "WhatsApp groups are fun" is none.
 * The contact as written, or null.
 */
export function messengerContactIn(text: string): string | null {
  MESSENGER_CONTACT.lastIndex = 0;
  const m = MESSENGER_CONTACT.exec(text);
  return m ? `${m[1]} ${(m[2] ?? m[3])!.trim().replace(/\.+$/, '')}` : null;
}

const MESSENGER_CONTACT = /\b(telegram|whatsapp|whats app)\b(?:\s*(?:[:(–-]\s*)?(@[\w.]{3,32}|\+?\d[\d\s().-]{6,}\d)|\s*:\s*([A-Za-z][\w.]{3,31}))/giu;

const CONTACT_ADDRESS = /(?:^|[^\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})/gu;

export function containsUrl(text: string): boolean {
  if (!mayContainLink(text)) return false;
  LINK_RE.lastIndex = 0;
  for (let m = LINK_RE.exec(text); m !== null; m = LINK_RE.exec(text)) {
    if (m[1] !== undefined || m[2] !== undefined || m[3] !== undefined || m[4] !== undefined) return true;
  }
  return false;
}
