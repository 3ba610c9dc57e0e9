// The real WordPress the suite runs against (test/wordpress/up.sh; run.sh exports these), and
// helpers to reset its data and look at it the way a visitor of wp-admin would.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SEED_COMMENTS, SEED_POSTS, type SeededIds } from '../support/sync-seed';
import { WordPressClient } from '../../electron/core/sources/wordpress-client';
import type { RemoteComment } from '../../electron/core/sync/ports';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the suite with test/wordpress/run.sh (it starts WordPress and exports it)`);
  return value;
}

export const WP = {
  url: required('WP_URL'),
  user: required('WP_USER'),
  appPassword: required('WP_APP_PASSWORD'),
  authorUser: required('WP_AUTHOR_USER'),
  authorAppPassword: required('WP_AUTHOR_APP_PASSWORD'),
  port: new URL(required('WP_URL')).port || '80',
};

const SEED_SCRIPT = fileURLToPath(new URL('./seed.php', import.meta.url));

/** Deletes every comment on the site and inserts the seed blog's; returns the ids WordPress gave. */
export function resetSite(): SeededIds {
  return seedSite({ posts: SEED_POSTS, comments: SEED_COMMENTS });
}

/**
 * Deletes every comment and inserts these (seed.php reset): users and posts named there are
 * created when missing; a comment's `user` (a login) makes it that user's.
 */
export function seedSite(seed: { users?: unknown[]; posts: unknown[]; comments: unknown[] }): SeededIds {
  const out = execFileSync('php', [SEED_SCRIPT, 'reset'], {
    input: JSON.stringify(seed),
    env: { ...process.env, WP_PORT: WP.port },
    encoding: 'utf8',
  });
  return JSON.parse(out) as SeededIds;
}

/** What the site holds now, read as the administrator (reading changes nothing on the comment). */
export const siteAdmin = new WordPressClient({ baseUrl: WP.url, restRoot: `${WP.url}/wp-json/`, user: WP.user, appPassword: WP.appPassword });

export async function onSite(id: number): Promise<RemoteComment | undefined> {
  return (await siteAdmin.getComments([id]))[0];
}
