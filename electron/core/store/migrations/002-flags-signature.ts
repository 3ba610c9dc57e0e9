// Schema version 2: a fingerprint of each comment's flags (see ../flags-signature.ts), so a
// re-flag after a word-list change compares fingerprints instead of whole flag texts.
// NULL (every row written before this version) never equals a fingerprint: the next re-flag
// rewrites those rows once and fills it in.
export const version = 2;

export const sql = `
ALTER TABLE comments ADD COLUMN flags_sig INTEGER;
`;
