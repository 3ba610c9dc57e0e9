// Schema version 10: the language a site's WordPress states (its locale, "en_US", from
// /wp/v2/settings), read at the first sync. The flag engine judges a comment's language against
// it until the site's model has learned the languages of its approved comments (issue 12).
// NULL: not asked yet; '': not readable with this account (only administrators may read the
// settings) or not stated by this WordPress.
export const version = 10;

export const sql = `
ALTER TABLE sites ADD COLUMN language TEXT;
`;
