// What the learning spam filter keeps per site: its model, and which comments it learned from
// with which label (so a decision is learned once, and an undo can take it back).
import { nowIso } from './rows';
import { StorePart } from './store-part';

export class ModelState extends StorePart {
  getModelState(siteId: number): string | null {
    return (this.cachedStatement('SELECT json FROM model_state WHERE site_id = ?').pluck().get(siteId) as string | undefined) ?? null;
  }

  saveModelState(siteId: number, json: string): void {
    this.cachedStatement(`INSERT INTO model_state (site_id, json, updated_at) VALUES (?, ?, ?)
        ON CONFLICT (site_id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at`)
      .run(siteId, json, nowIso());
  }

  /** Forgets the model and what it learned from (reset). */
  clearModel(siteId: number): void {
    this.db.transaction(() => {
      this.cachedStatement('DELETE FROM model_state WHERE site_id = ?').run(siteId);
      this.cachedStatement('DELETE FROM training_seen WHERE site_id = ?').run(siteId);
    })();
  }

  markTrainingSeen(siteId: number, remoteIds: number[], label: 'spam' | 'ham'): void {
    const stmt = this.cachedStatement(`INSERT INTO training_seen (site_id, remote_id, label) VALUES (?, ?, ?)
      ON CONFLICT (site_id, remote_id) DO UPDATE SET label = excluded.label`);
    this.db.transaction(() => {
      for (const id of remoteIds) stmt.run(siteId, id, label);
    })();
  }

  /** Of these remote ids, the ones the classifier already learned from (one query for a whole batch). */
  trainingSeenAmong(siteId: number, remoteIds: number[]): Set<number> {
    const rows = this.cachedStatement('SELECT remote_id FROM training_seen WHERE site_id = ? AND remote_id IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(siteId, JSON.stringify(remoteIds)) as number[];
    return new Set(rows);
  }

  /** The label the classifier learned this comment with, or null. */
  isTrainingSeen(siteId: number, remoteId: number): 'spam' | 'ham' | null {
    return (
      (this.cachedStatement('SELECT label FROM training_seen WHERE site_id = ? AND remote_id = ?').pluck().get(siteId, remoteId) as
        | 'spam'
        | 'ham'
        | undefined) ?? null
    );
  }

  seenCount(siteId: number): { spam: number; ham: number } {
    const rows = this.cachedStatement('SELECT label, count(*) AS n FROM training_seen WHERE site_id = ? GROUP BY label')
      .all(siteId) as { label: 'spam' | 'ham'; n: number }[];
    return {
      spam: rows.find((r) => r.label === 'spam')?.n ?? 0,
      ham: rows.find((r) => r.label === 'ham')?.n ?? 0,
    };
  }
}
