// Schema version 12: which rules made the stored flags. A new version of Moderato judges with
// new rules (lists, signals, weights): at its first start the service re-flags what is stored,
// so the queue shows the new verdicts, not the old ones (rescore.ts reflagForRules).
export const version = 12;

export const sql = `
CREATE TABLE flag_rules (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  rules TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
`;
