// Schema version 1. Never edit a migration once released: add 002-….ts instead.
//
// Index notes (why each exists):
// - The queue reads one page of 50 in index order: (site, status, sort key) for the
//   date and score sorts. SQLite appends the rowid (= comments.id) to every index,
//   so (site_id, local_status, date_gmt) is really (…, date_gmt, id), exactly the
//   keyset the cursor uses. All sites / all statuses merge these streams
//   (queue-query.ts) instead of keeping more indexes: each costs ingest speed.
// - Replies are found through the post index (a reply is on its parent's post).
// - The flag context lookups (author, IP, same text, pingback source) are indexed so
//   a page of comments can be flagged without scanning the table.
// - Partial indexes hold only the few rows with an unsent/failed action or flags, so
//   those filters and their sidebar counts stay cheap at 100,000 comments.
export const version = 1;

export const sql = `
CREATE TABLE sites (
  id INTEGER PRIMARY KEY,
  base_url TEXT NOT NULL UNIQUE,
  rest_root TEXT NOT NULL,
  user TEXT NOT NULL,
  name TEXT NOT NULL,
  host TEXT NOT NULL,
  paused_reason TEXT,
  last_sync_at TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE posts (
  site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  remote_id INTEGER NOT NULL,
  title TEXT NOT NULL,
  link TEXT NOT NULL,
  PRIMARY KEY (site_id, remote_id)
) WITHOUT ROWID;

-- site_id has no foreign key: checking it costs every ingested row a lookup, and
-- removeSite deletes a site's comments itself.
CREATE TABLE comments (
  id INTEGER PRIMARY KEY,
  site_id INTEGER NOT NULL,
  remote_id INTEGER NOT NULL,
  -- Columns the queue filters and sorts on come first and the long text last: a
  -- row lookup then finds them without decoding (or reading overflow pages of) the content.
  -- what the user sees: server status with unsent actions applied; 'deleted' hides it everywhere
  local_status TEXT NOT NULL,
  -- last known on the site: pending | approved | spam | trash
  server_status TEXT NOT NULL,
  date_gmt TEXT NOT NULL,
  score REAL NOT NULL DEFAULT 0,
  -- flags that raise suspicion (weight > 0)
  flag_count INTEGER NOT NULL DEFAULT 0,
  likely_spam INTEGER NOT NULL DEFAULT 0,
  -- kind of the oldest unsent (queued, sending or failed) action, kept in step with the outbox
  pending_action TEXT,
  -- last error of a failed action
  failed_reason TEXT,
  post_id INTEGER NOT NULL,
  parent_remote_id INTEGER NOT NULL DEFAULT 0,
  author_user_id INTEGER NOT NULL DEFAULT 0,
  -- comment | pingback | trackback (no CHECK constraints on this table: they cost
  -- more per ingested row than an index; the store is the only writer)
  type TEXT NOT NULL,
  -- lower-cased email, or 'name:' + lower-cased name when the email is empty
  author_key TEXT NOT NULL,
  -- hash of the normalised plain text, for duplicate detection
  text_hash INTEGER NOT NULL,
  author_name TEXT NOT NULL DEFAULT '',
  author_email TEXT NOT NULL DEFAULT '',
  author_url TEXT NOT NULL DEFAULT '',
  -- host of author_url, lower-cased; a pingback's source
  author_host TEXT NOT NULL DEFAULT '',
  author_ip TEXT NOT NULL DEFAULT '',
  author_user_agent TEXT NOT NULL DEFAULT '',
  link TEXT NOT NULL DEFAULT '',
  spam_probability REAL,
  fetched_at TEXT NOT NULL,
  flags TEXT NOT NULL DEFAULT '[]',
  content_raw TEXT NOT NULL,
  content_rendered TEXT NOT NULL,
  UNIQUE (site_id, remote_id)
);

CREATE INDEX comments_site_status_date ON comments (site_id, local_status, date_gmt);
CREATE INDEX comments_site_status_score ON comments (site_id, local_status, score);
CREATE INDEX comments_author ON comments (author_key, local_status, site_id);
CREATE INDEX comments_spam_ip ON comments (author_ip) WHERE local_status = 'spam';
CREATE INDEX comments_text ON comments (text_hash);
CREATE INDEX comments_post ON comments (site_id, post_id);
CREATE INDEX comments_pingback_host ON comments (site_id, author_host) WHERE type <> 'comment';
CREATE INDEX comments_unsent ON comments (site_id, local_status) WHERE pending_action IS NOT NULL;
CREATE INDEX comments_failed ON comments (site_id, local_status) WHERE failed_reason IS NOT NULL;
-- Also the "flagged, likely spam first" queue, read in score order without touching rows.
CREATE INDEX comments_flagged ON comments (site_id, local_status, score) WHERE flag_count > 0;

-- Plain text of author and content, folded for accents: "metier" finds "métier".
-- Contentless: the text lives in comments; rows are deleted by rowid.
-- detail=none: no positions, so no phrase or NEAR queries, which the search box
-- does not offer (every word must appear, as a prefix); it makes indexing and the
-- index several times cheaper.
CREATE VIRTUAL TABLE comments_fts USING fts5 (
  author_name, author_email, author_url, content,
  content = '', contentless_delete = 1, detail = none,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- What the site said about an author the last time we asked (approved comments by email).
CREATE TABLE author_history (
  site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  email TEXT NOT NULL,
  approved_on_site INTEGER NOT NULL,
  fetched_at TEXT NOT NULL,
  PRIMARY KEY (site_id, email)
) WITHOUT ROWID;

-- No foreign key to comments: an action outlives its comment (a pushed delete,
-- a comment gone on the site) so the history and undo list stay readable.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  client_id TEXT NOT NULL UNIQUE,
  site_id INTEGER NOT NULL,
  comment_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL DEFAULT '{}',
  state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'done', 'failed', 'cancelled', 'obsolete')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,
  last_error TEXT,
  created_at TEXT NOT NULL,
  -- "Approve comment by Cyn": kept with the row so it reads well after the comment is gone
  description TEXT NOT NULL,
  -- id of the first row recorded by the same user gesture; undo takes back a whole bulk action
  batch_id INTEGER NOT NULL,
  -- what undo needs to restore locally (an edit's previous text)
  undo_data TEXT
);
CREATE INDEX outbox_unsent ON outbox (comment_id, id) WHERE state IN ('queued', 'sending', 'failed');
CREATE INDEX outbox_site_queued ON outbox (site_id, id) WHERE state = 'queued';
CREATE INDEX outbox_state ON outbox (state, id);

CREATE TABLE sync_runs (
  id INTEGER PRIMARY KEY,
  site_id INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  new_count INTEGER NOT NULL DEFAULT 0,
  changed_count INTEGER NOT NULL DEFAULT 0,
  gone_count INTEGER NOT NULL DEFAULT 0,
  pushed_count INTEGER NOT NULL DEFAULT 0,
  failed_count INTEGER NOT NULL DEFAULT 0,
  error TEXT
);
CREATE INDEX sync_runs_site ON sync_runs (site_id, id);

CREATE TABLE word_list (
  list TEXT NOT NULL CHECK (list IN ('block', 'allow')),
  word TEXT NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (list, word)
) WITHOUT ROWID;

-- The learning spam filter's state, one JSON blob per site; its format belongs to the classifier.
CREATE TABLE model_state (
  site_id INTEGER PRIMARY KEY REFERENCES sites(id) ON DELETE CASCADE,
  json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Which comments the classifier already learned from, so a decision is not counted twice.
CREATE TABLE training_seen (
  site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  remote_id INTEGER NOT NULL,
  label TEXT NOT NULL CHECK (label IN ('spam', 'ham')),
  PRIMARY KEY (site_id, remote_id)
) WITHOUT ROWID;
`;
