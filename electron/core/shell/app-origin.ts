// The renderer is served from a custom, privileged scheme rather than file://
// so it has a real origin (CSP 'self', fetch, sender checks all mean one thing)
// and cannot reach the rest of the disk.

export const APP_SCHEME = 'app';
export const APP_HOST = 'moderato';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** True for URLs of our own renderer (app://moderato/…), false for anything else or garbage. */
export function isAppUrl(raw: unknown): boolean {
  if (typeof raw !== 'string') return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}
