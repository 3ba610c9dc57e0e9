// Finds a site's REST root the way WordPress advertises it: /wp-json/, then the
// `Link: <…>; rel="https://api.w.org/"` header (or <link> tag) of the home page, then ?rest_route=/.
// Tells apart "nothing answers", "not WordPress" and "WordPress with its REST API switched off".
import { z } from 'zod';
import { coded } from '../../../shared/messages';
import { WordPressError } from './wordpress-error';
import { normaliseBaseUrl, prettyRestRoot, queryRestRoot } from './site-url';
import { wpIndexSchema } from './wordpress-schemas';
import type { FetchLike } from './wordpress-client';

export interface DiscoveredSite {
  baseUrl: string;
  restRoot: string;
  /** The site's title, as WordPress reports it. */
  name: string;
  /** WordPress advertises Application Passwords (absent over plain http outside a local environment). */
  applicationPasswords: boolean;
}

type Probe =
  | { kind: 'index'; name: string; appPasswords: boolean }
  | { kind: 'answered'; status: number; linkRoot: string | null; looksLikeWordPress: boolean }
  | { kind: 'unreachable'; error: unknown };

const API_REL = /<([^>]+)>\s*;\s*rel="https:\/\/api\.w\.org\/"/i;
const API_TAG = /<link[^>]+rel=["']https:\/\/api\.w\.org\/["'][^>]*href=["']([^"']+)["']/i;

export async function discoverSite(
  input: string,
  options: { fetch?: FetchLike; timeoutMs?: number } = {},
): Promise<DiscoveredSite> {
  const baseUrl = normaliseBaseUrl(input);
  const schemeGiven = /^\s*https?:\/\//i.test(input);
  try {
    return await discoverAt(baseUrl, options);
  } catch (err) {
    // "example.org" was tried over https; a site (or a local test server) may only speak http.
    if (!schemeGiven && err instanceof WordPressError && err.kind === 'unreachable') {
      return discoverAt(baseUrl.replace(/^https:/, 'http:'), options);
    }
    throw err;
  }
}

async function discoverAt(baseUrl: string, options: { fetch?: FetchLike; timeoutMs?: number }): Promise<DiscoveredSite> {
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  const timeoutMs = options.timeoutMs ?? 15_000;
  const host = new URL(baseUrl).host;

  const probe = async (url: string): Promise<Probe> => {
    try {
      const response = await doFetch(url, {
        headers: { Accept: 'application/json, text/html' },
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'follow',
      });
      const text = await response.text();
      const link = response.headers.get('link');
      const linkRoot = link?.match(API_REL)?.[1] ?? text.match(API_TAG)?.[1] ?? null;
      if (response.ok) {
        const index = parseIndex(text);
        if (index) return { kind: 'index', ...index };
      }
      const looksLikeWordPress = linkRoot !== null || /wp-content|wp-includes|rest_no_route|rest_disabled/.test(text);
      return { kind: 'answered', status: response.status, linkRoot, looksLikeWordPress };
    } catch (error) {
      return { kind: 'unreachable', error };
    }
  };

  const found = (restRoot: string, p: Extract<Probe, { kind: 'index' }>): DiscoveredSite => ({
    baseUrl,
    restRoot,
    name: p.name,
    applicationPasswords: p.appPasswords,
  });

  const pretty = await probe(prettyRestRoot(baseUrl));
  if (pretty.kind === 'index') return found(prettyRestRoot(baseUrl), pretty);

  const home = await probe(`${baseUrl}/`);
  if (home.kind === 'unreachable' && pretty.kind === 'unreachable') {
    throw new WordPressError('unreachable', coded('wp.unreachableAddress', { host }), {
      cause: home.error,
    });
  }
  const advertised = home.kind === 'answered' ? home.linkRoot : null;
  if (advertised) {
    const viaLink = await probe(advertised);
    if (viaLink.kind === 'index') return found(advertised, viaLink);
  }
  const query = await probe(queryRestRoot(baseUrl));
  if (query.kind === 'index') return found(queryRestRoot(baseUrl), query);

  const wordpressSigns = [pretty, home, query].some((p) => p.kind === 'answered' && p.looksLikeWordPress);
  if (wordpressSigns) {
    throw new WordPressError(
      'rest-disabled',
      coded('wp.restOff', { host }),
    );
  }
  throw new WordPressError('not-wordpress', coded('wp.notWordPress', { host }));
}

function parseIndex(text: string): { name: string; appPasswords: boolean } | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = wpIndexSchema.safeParse(json);
  if (!parsed.success || !parsed.data.namespaces.includes('wp/v2')) return null;
  const auth = z.object({ 'application-passwords': z.unknown() }).partial().safeParse(parsed.data.authentication);
  return {
    name: parsed.data.name,
    appPasswords: auth.success && auth.data['application-passwords'] !== undefined,
  };
}
