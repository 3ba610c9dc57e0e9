// Schema version 14: a blog on a platform the Public Suffix List leaves out ("anna.substack.com",
// "marc.substack.com", "lea.canalblog.com") is its own website, not the platform's: two readers
// signing with their blogs were counted as one website (flag-context.ts), a campaign on every
// platform but the few the flags ignore as shared (WordPress.com, Tumblr, Medium). Data only:
// the stored domains of such comments are read again.
import { BLOG_PLATFORMS, siteOfHost } from '../../../../shared/flags/domains';
import type { Db } from '../open-database';

export const version = 14;

export const sql = '';

export function backfill(db: Db): void {
  db.function('moderato_site_of_host', { deterministic: true }, (host: unknown) => siteOfHost(String(host)));
  const platforms = [...BLOG_PLATFORMS];
  db.prepare(`UPDATE comments SET author_domain = moderato_site_of_host(author_host)
    WHERE author_host <> '' AND author_domain IN (${platforms.map(() => '?').join(', ')})`).run(...platforms);
}
