// Schema version 8: the code and parameters of a stored message (shared/messages.ts), as JSON
// {"code": …, "params": {…}}, beside its English text: a site's pause reason, a run's error and
// an action's last transient error. Each surface says the code in its own language; rows written
// before keep NULL and show the English text they have.
export const version = 8;

export const sql = `
ALTER TABLE sites ADD COLUMN paused_code TEXT;
ALTER TABLE sync_runs ADD COLUMN error_code TEXT;
ALTER TABLE outbox ADD COLUMN last_error_code TEXT;
`;
