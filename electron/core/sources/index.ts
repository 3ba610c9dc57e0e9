// What the rest of the app uses to talk to WordPress.
export { WordPressClient, type WordPressClientOptions } from './wordpress-client';
export { WordPressError } from './wordpress-error';
export { discoverSite, type DiscoveredSite } from './wordpress-discovery';
export { normaliseBaseUrl } from './site-url';
