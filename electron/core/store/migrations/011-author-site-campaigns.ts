// Schema version 11: comments found by their author's website. A campaign posts one website
// under many names and texts; the flag context counts the other authors giving the same website
// in the queue or the Spam folder (flag-context.ts), a lookup per ingested page (issue 12).
export const version = 11;

export const sql = `
CREATE INDEX comments_author_site ON comments (author_host, author_key) WHERE type = 'comment' AND author_host <> '';
`;
