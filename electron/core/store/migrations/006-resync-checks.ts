// Schema version 6 (issue 13): what lets a re-sync of a large queue that finds nothing new do
// almost nothing locally.
//
// - comments_server_status: the queue as the site last showed it (server_status), with the remote
//   ids. A re-sync counts it ("nothing but additions?") and, when something left, reads its ids;
//   without this index both read every row of the site (0.2 s at 100,000 comments, profiled).
// - author_history_wanted / author_history_done: whether some pending comment's author may still
//   lack their history on the site. The trigger counts every pending comment written (stored,
//   changed, or put back in the queue by an undo) whose author has no history yet; a sync's
//   author-history step remembers the count it started from and, once every such author has a
//   history, stores it as done. wanted > done then means "look again" — a capped or killed sync
//   leaves it so — and the look (every pending comment against author_history, 0.1 s at 100,000)
//   is skipped when nothing was written since. New columns start at wanted 1, done 0: a database
//   from before is looked at once.
export const version = 6;

const QUALIFIES = `NEW.local_status = 'pending' AND NEW.author_email <> ''
    AND NOT EXISTS (SELECT 1 FROM author_history AS h WHERE h.site_id = NEW.site_id AND h.email = NEW.author_key)`;

export const sql = `
CREATE INDEX comments_server_status ON comments (site_id, server_status, remote_id);

ALTER TABLE sites ADD COLUMN author_history_wanted INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sites ADD COLUMN author_history_done INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER comments_author_history_wanted_insert AFTER INSERT ON comments
  WHEN ${QUALIFIES}
BEGIN
  UPDATE sites SET author_history_wanted = author_history_wanted + 1 WHERE id = NEW.site_id;
END;

CREATE TRIGGER comments_author_history_wanted_update AFTER UPDATE OF local_status, author_email, author_key ON comments
  WHEN ${QUALIFIES}
BEGIN
  UPDATE sites SET author_history_wanted = author_history_wanted + 1 WHERE id = NEW.site_id;
END;
`;
