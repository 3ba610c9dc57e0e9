// Schema version 5 (issue 14): what the Unreplied view and saved replies need.
//
// - site_staff: the site's users whose reply answers a reader (those who may moderate, and the
//   account Moderato signs in with), as the approved-comments sync last read them. The post's
//   author counts too; that is posts.author_id, read with the post's title.
// - approved_sync: how far the approved-comments sync got per site, so the next one asks only
//   for what is newer (WordPress has no "modified after" for comments, only `after=` on the date).
// - comments_registered: the few comments written by a registered user (author_user_id <> 0;
//   visitors are 0). Partial, so the visitors' comments that make most of an ingest never touch
//   it; it answers "has a user of the site replied under this comment?" with one seek.
// - comments_likely_fine: the "Likely fine" view (queue-views.ts) as a partial index, so its
//   count is a range count and its page a walk in date order. "Approved before" is the flag
//   engine's own reading of the author's history (the approved-author flag, written at scoring
//   and re-scored when the history changes); the terms must stay textually those of
//   LIKELY_FINE_REST for SQLite to use it (test/unit/store/views.test.ts checks the plan).
// - saved_replies: the owner's reply templates. One list for the person using Moderato, not one
//   per site: the same "Merci !" serves every blog.
export const version = 5;

export const sql = `
CREATE TABLE site_staff (
  site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL,
  PRIMARY KEY (site_id, user_id)
) WITHOUT ROWID;

CREATE TABLE approved_sync (
  site_id INTEGER PRIMARY KEY REFERENCES sites(id) ON DELETE CASCADE,
  -- newest date_gmt an approved listing returned: the next listing asks for comments after it
  newest_date TEXT,
  -- the start of the window the last full listing covered, and when it ran
  full_since TEXT,
  full_at TEXT,
  -- when site_staff was last read from the site
  staff_at TEXT
);

ALTER TABLE posts ADD COLUMN author_id INTEGER;

CREATE INDEX comments_registered ON comments (site_id, parent_remote_id) WHERE author_user_id <> 0;

CREATE INDEX comments_likely_fine ON comments (site_id, date_gmt)
  WHERE local_status = 'pending' AND flag_count = 0 AND likely_spam = 0 AND author_email <> ''
    AND instr(flags, '"kind":"approved-author"') > 0;

CREATE TABLE saved_replies (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE UNIQUE,
  body TEXT NOT NULL,
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`;
