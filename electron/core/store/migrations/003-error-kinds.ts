// Schema version 3: the kind of a run's error and of an action's last error (an ErrorKind:
// 'unreachable', 'server', 'auth' …) kept beside the message, so the status bar tells
// "offline" from "the site has a problem" by kind rather than by reading the words.
// Rows written before stay NULL: read as a plain error until the next sync writes a kind.
export const version = 3;

export const sql = `
ALTER TABLE sync_runs ADD COLUMN error_kind TEXT;
ALTER TABLE outbox ADD COLUMN last_error_kind TEXT;
`;
