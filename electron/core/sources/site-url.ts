// Turns what a blog owner types ("example.org/blog/", "https://example.org/wp-admin") into the
// site's home URL, and builds REST URLs from a discovered root (pretty /wp-json/ or ?rest_route=).
import { AppError } from '../../../shared/errors';
import { coded } from '../../../shared/messages';

/** Paths people paste from their browser that are not the home page itself. */
const ADMIN_TAIL = /\/(wp-admin|wp-login\.php|wp-json|index\.php)(\/.*)?$/i;

/**
 * Normalises a site address: adds https:// when no scheme is given, drops query, hash, trailing
 * slashes and any wp-admin / wp-json / wp-login.php tail, keeps a sub-folder (example.org/blog).
 */
export function normaliseBaseUrl(input: string): string {
  let text = input.trim();
  if (text === '') throw new AppError('bad-input', coded('error.urlEmpty'));
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AppError('bad-input', coded('error.urlInvalid', { input: input.trim() }));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AppError('bad-input', coded('error.urlScheme'));
  }
  url.search = '';
  url.hash = '';
  url.username = '';
  url.password = '';
  const path = url.pathname.replace(ADMIN_TAIL, '').replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${path}`;
}

/** The pretty-permalink REST root of a home URL. */
export function prettyRestRoot(baseUrl: string): string {
  return `${baseUrl}/wp-json/`;
}

/** The REST root that works without pretty permalinks. */
export function queryRestRoot(baseUrl: string): string {
  return `${baseUrl}/?rest_route=/`;
}

export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined;

/** Builds the URL of `route` (e.g. "wp/v2/comments/5") under a REST root of either form. */
export function restUrl(restRoot: string, route: string, query: Record<string, QueryValue> = {}): URL {
  const cleanRoute = route.replace(/^\/+/, '');
  let url: URL;
  if (restRoot.includes('rest_route=')) {
    url = new URL(restRoot);
    url.searchParams.set('rest_route', `/${cleanRoute}`);
  } else {
    url = new URL(cleanRoute, restRoot.endsWith('/') ? restRoot : `${restRoot}/`);
  }
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    url.searchParams.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return url;
}
