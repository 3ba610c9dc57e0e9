// One row per sync of a site: when it ran, what it changed, and its error.
import type { Problem, SyncRun } from '../../../shared/types';
import { codeColumn, nowIso, toRun, type RunRow } from './rows';
import { StorePart } from './store-part';

export class SyncRuns extends StorePart {
  startRun(siteId: number): number {
    const info = this.cachedStatement('INSERT INTO sync_runs (site_id, started_at) VALUES (?, ?)').run(siteId, nowIso());
    return Number(info.lastInsertRowid);
  }

  finishRun(
    runId: number,
    counts: { newCount: number; changedCount: number; goneCount: number; pushedCount: number; failedCount: number },
    error: Problem | null,
  ): void {
    this.cachedStatement(`UPDATE sync_runs SET finished_at = ?, new_count = ?, changed_count = ?, gone_count = ?,
        pushed_count = ?, failed_count = ?, error = ?, error_kind = ?, error_code = ? WHERE id = ?`)
      .run(nowIso(), counts.newCount, counts.changedCount, counts.goneCount, counts.pushedCount, counts.failedCount,
        error?.message ?? null, error?.kind ?? null, codeColumn(error), runId);
  }

  lastRun(siteId: number): SyncRun | null {
    const row = this.cachedStatement('SELECT * FROM sync_runs WHERE site_id = ? ORDER BY id DESC LIMIT 1').get(siteId) as
      | RunRow
      | undefined;
    return row ? toRun(row) : null;
  }
}
