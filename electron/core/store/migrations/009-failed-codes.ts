// Schema version 9: why a comment's action failed, as a code (JSON {"code": …, "params": {…}},
// shared/messages.ts) beside comments.failed_reason's English, so the queue's "failed" badge and
// the comment pane say it in the UI's language. Comments failed before this version take the code
// their failed action kept (outbox.last_error_code, schema 8) when it has one.
export const version = 9;

export const sql = `
ALTER TABLE comments ADD COLUMN failed_code TEXT;
UPDATE comments SET failed_code = (
  SELECT o.last_error_code FROM outbox o
  WHERE o.comment_id = comments.id AND o.state = 'failed' AND o.last_error = comments.failed_reason
  ORDER BY o.id LIMIT 1
) WHERE failed_reason IS NOT NULL;
`;
