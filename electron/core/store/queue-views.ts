// The two queue views that are questions rather than statuses, as SQL on a comment row aliased
// `c`: the queue pages (queue-query.ts) and the sidebar counts (comment-reads.ts) read these same
// texts, so a list and its count cannot disagree.
//
// Unreplied: an approved comment (not a pingback) from a reader, dated inside the window, that no
// user of the site has answered. "A user of the site" is decided from the REST data Moderato can
// read: a comment's `author` is the WordPress user id (0 for visitors). A reply answers when it is
// approved and its author is the account Moderato signs in with or a user who may moderate
// comments (both kept in site_staff by sync/pull-approved.ts), or the author of the post
// (posts.author_id). Until the sync has read the site's users, any registered user's reply
// counts. A reply written in Moderato counts at once, sent or not (its outbox row); once sent it
// is stored as the site's own reply. The author of the comment itself must be a reader: neither
// staff nor the post's author.
//
// Likely fine: a pending comment with no warning (the "flagged" notion: no flag that raises
// suspicion, not likely spam) from an author the site has approved before. "Approved before" is
// the flag engine's own reading of the author's history (FlagContext.approvedByAuthor: approved
// here or on the site), which it records as the approved-author flag; the service re-scores an
// author's comments when one of theirs is approved or the approval undone, so it stays current.
// Authors without an email never qualify: a name alone is anybody's to type.

/**
 * `r` (a comment row alias) was written by a user of the site, as far as a comment on `r`'s post
 * goes. Never NULL (a post whose author is unknown reads as 0): under NOT, a NULL would drop the row.
 */
function staffAuthor(r: string): string {
  return `(${r}.author_user_id <> 0 AND (
    NOT EXISTS (SELECT 1 FROM site_staff WHERE site_id = ${r}.site_id)
    OR ${r}.author_user_id IN (SELECT user_id FROM site_staff WHERE site_id = ${r}.site_id)
    OR ${r}.author_user_id = coalesce((SELECT author_id FROM posts WHERE site_id = ${r}.site_id AND remote_id = ${r}.post_id), 0)))`;
}

/** Replies (aliased r) that answer their parent. */
const ANSWERING_REPLY = `r.author_user_id <> 0 AND r.local_status = 'approved' AND ${staffAuthor('r')}`;

/** Unreplied, for comments already narrowed to approved ones dated from the window's start on. */
export const UNREPLIED_REST = `c.type = 'comment' AND NOT ${staffAuthor('c')}
  AND NOT EXISTS (SELECT 1 FROM comments AS r INDEXED BY comments_registered
    WHERE r.site_id = c.site_id AND r.parent_remote_id = c.remote_id AND ${ANSWERING_REPLY})
  AND NOT EXISTS (SELECT 1 FROM outbox AS o WHERE o.comment_id = c.id AND o.state IN ('queued', 'sending', 'failed') AND o.kind = 'reply')`;

/**
 * Unreplied comments of one site, counted without visiting every approved comment of the window:
 * all of them by a range count of the (site, status, date) index (UNREPLIED_COUNT.approved), minus
 * the pingbacks among them, minus those that are not readers' comments or are answered
 * (UNREPLIED_COUNT.others, driven from the users' comments and the unsent replies, which are few).
 * The pingbacks among them are counted from the window's approved comments when those are few, else
 * from the site's pingbacks (comment-reads.ts picks). Parameters: :site and :since (the window's start).
 * Equal to counting UNREPLIED row by row (test/unit/store/views.test.ts).
 */
export const UNREPLIED_COUNT = {
  approved: `SELECT count(*) FROM comments WHERE site_id = :site AND local_status = 'approved' AND date_gmt >= :since`,
  pingbacksOfWindowByDate: `SELECT count(*) FROM comments INDEXED BY comments_site_status_date
    WHERE site_id = :site AND local_status = 'approved' AND date_gmt >= :since AND type <> 'comment'`,
  pingbacksOfWindowByType: `SELECT count(*) FROM comments INDEXED BY comments_pingback_host
    WHERE site_id = :site AND type <> 'comment' AND local_status = 'approved' AND date_gmt >= :since`,
  others: `SELECT
    (SELECT count(*) FROM comments AS c INDEXED BY comments_registered
      WHERE c.site_id = :site AND c.author_user_id <> 0 AND c.type = 'comment' AND c.local_status = 'approved'
        AND c.date_gmt >= :since AND ${staffAuthor('c')})
    + (SELECT count(*) FROM comments AS c
      WHERE c.id IN (
          SELECT p.id FROM comments AS r INDEXED BY comments_registered
            JOIN comments AS p ON p.site_id = r.site_id AND p.remote_id = r.parent_remote_id
            WHERE r.site_id = :site AND r.parent_remote_id <> 0 AND ${ANSWERING_REPLY}
          UNION
          SELECT o.comment_id FROM outbox AS o INDEXED BY outbox_unsent
            WHERE o.state IN ('queued', 'sending', 'failed') AND o.kind = 'reply' AND o.site_id = :site)
        AND c.local_status = 'approved' AND c.date_gmt >= :since AND c.type = 'comment' AND NOT ${staffAuthor('c')})`,
} as const;

/**
 * Likely fine, for comments already narrowed to pending ones: the one place that says what "no
 * warning" and "approved before" mean. These terms are those of the comments_likely_fine partial
 * index (migration 005), which SQLite uses only while they match it word for word.
 */
export const LIKELY_FINE_TERMS = `c.flag_count = 0 AND c.likely_spam = 0 AND c.author_email <> ''
    AND instr(c.flags, '"kind":"approved-author"') > 0`;

/** The window's start for "the last `days` days", in the form stored dates have (ISO UTC with Z). */
export function unrepliedSince(days: number, now: Date = new Date()): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
