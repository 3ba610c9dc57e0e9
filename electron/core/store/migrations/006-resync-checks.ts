// Schema version 6 (issue 13): what lets a re-sync of a large queue that finds nothing new do
// almost nothing locally.
//
// - comments_server_status: the queue as the site last showed it (server_status), with the remote
//   ids. A re-sync counts it ("nothing but additions?") and, when something left, reads its ids;
//   without this index both read every row of the site (0.2 s at 100,000 comments, profiled).
// - author_history_wanted / author_history_done: whether some pending comment's author may still
//   lack their history on the site. The store counts a write that puts such a comment in the queue
//   (ingest.ts, user-actions.ts); a sync's author-history step remembers the count it started from
//   and, once every such author has a history, stores it as done. wanted > done then means "look
//   again" — a capped or killed sync leaves it so — and the look (every pending comment against
//   author_history, 0.1 s at 100,000) is skipped when nothing was written since. Counted in code,
//   not by a trigger: any trigger on comments, even one whose WHEN is false, cost every ingested
//   row ~30 µs (measured: +0.3 s CPU per 10,000 comments). New columns start at wanted 1, done 0:
//   a database from before is looked at once.
export const version = 6;

export const sql = `
CREATE INDEX comments_server_status ON comments (site_id, server_status, remote_id);

ALTER TABLE sites ADD COLUMN author_history_wanted INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sites ADD COLUMN author_history_done INTEGER NOT NULL DEFAULT 0;
`;
