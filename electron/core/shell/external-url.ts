// What the system browser / mail client may be asked to open. Anything else
// (file:, javascript:, data:, smb:, custom app schemes that launch programs)
// is refused, because shell.openExternal hands the URL to the OS as is.

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAX_URL_LENGTH = 4096;

/** The normalised URL when it is safe to hand to the OS, else null. */
export function safeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  // Control characters and whitespace around a URL are how schemes get smuggled past naive checks.
  if (raw !== raw.trim() || /\p{Cc}/u.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'mailto:') return url.pathname.length > 0 ? url.href : null;
  // http(s): needs a host, and no user:password@ prefix that disguises the real host.
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}
