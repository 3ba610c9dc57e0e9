// Schema version 13: comments found by their author website's registrable domain, not its exact
// host. A campaign that gives shop1.brand.example and shop2.brand.example under different names
// is one website's campaign (flag-context.ts); the exact host still serves pingbacks' sources.
import { siteOfHost } from '../../../../shared/flags/domains';
import type { Db } from '../open-database';

export const version = 13;

export const sql = `
ALTER TABLE comments ADD COLUMN author_domain TEXT NOT NULL DEFAULT '';
DROP INDEX comments_author_site;
CREATE INDEX comments_author_domain ON comments (author_domain, author_key) WHERE type = 'comment' AND author_domain <> '';
`;

/** Fills the new column for the comments already stored (the Public Suffix List is read in JavaScript). */
export function backfill(db: Db): void {
  db.function('moderato_site_of_host', { deterministic: true }, (host: unknown) => siteOfHost(String(host)));
  db.exec(`UPDATE comments SET author_domain = moderato_site_of_host(author_host) WHERE author_host <> ''`);
}
