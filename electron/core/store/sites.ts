// The sites in Moderato, and removing one with everything stored for it.
import { AppError } from '../../../shared/errors';
import { coded } from '../../../shared/messages';
import type { Problem, Site } from '../../../shared/types';
import { hostOf } from './plain-text';
import { codeColumn, nowIso, toSite, type SiteRow } from './rows';
import { StorePart } from './store-part';

export class Sites extends StorePart {
  addSite(input: { baseUrl: string; restRoot: string; user: string; name: string }): Site {
    const existing = this.cachedStatement('SELECT id FROM sites WHERE base_url = ?').get(input.baseUrl);
    if (existing) throw new AppError('conflict', coded('error.siteExists', { url: input.baseUrl }));
    const info = this.cachedStatement('INSERT INTO sites (base_url, rest_root, user, name, host, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(input.baseUrl, input.restRoot, input.user, input.name, hostOf(input.baseUrl), nowIso());
    return this.getSite(Number(info.lastInsertRowid))!;
  }

  /** Removes the site with its comments, posts, history, runs, model and outbox (sent or not). */
  removeSite(siteId: number): void {
    this.requireSite(siteId);
    this.db.transaction(() => {
      this.cachedStatement('DELETE FROM comments_fts WHERE rowid IN (SELECT id FROM comments WHERE site_id = ?)').run(siteId);
      this.cachedStatement('DELETE FROM comments WHERE site_id = ?').run(siteId);
      this.cachedStatement('DELETE FROM outbox WHERE site_id = ?').run(siteId);
      this.cachedStatement('DELETE FROM sync_runs WHERE site_id = ?').run(siteId);
      this.cachedStatement('DELETE FROM sites WHERE id = ?').run(siteId); // cascades to the rest
    })();
  }

  listSites(): Site[] {
    return (this.cachedStatement('SELECT * FROM sites ORDER BY name COLLATE NOCASE, id').all() as SiteRow[]).map(toSite);
  }

  getSite(siteId: number): Site | undefined {
    const row = this.stmt.siteById.get(siteId) as SiteRow | undefined;
    return row ? toSite(row) : undefined;
  }

  renameSite(siteId: number, name: string): void {
    this.requireSite(siteId);
    this.cachedStatement('UPDATE sites SET name = ? WHERE id = ?').run(name, siteId);
  }

  /** Pauses pushing with the reason (its English, and its code when it has one), or resumes with null. */
  setSitePaused(siteId: number, reason: string | Pick<Problem, 'message' | 'code' | 'params'> | null): void {
    this.cachedStatement('UPDATE sites SET paused_reason = ?, paused_code = ? WHERE id = ?').run(typeof reason === 'string' ? reason : (reason?.message ?? null), typeof reason === 'string' ? null : codeColumn(reason), siteId);
  }

  /** The locale the site's WordPress states ("en_US"); '' when it could not be read; null when never asked. */
  siteLocale(siteId: number): string | null {
    return (this.cachedStatement('SELECT language FROM sites WHERE id = ?').pluck().get(siteId) as string | null | undefined) ?? null;
  }

  /** Forgets the site's locale: the next sync asks again (another account may read what this one could not). */
  forgetSiteLocale(siteId: number): void {
    this.cachedStatement('UPDATE sites SET language = NULL WHERE id = ?').run(siteId);
  }

  hasComments(siteId: number): boolean {
    return this.cachedStatement('SELECT 1 FROM comments WHERE site_id = ? LIMIT 1').get(siteId) !== undefined;
  }

  /** Records the site's locale ('' when not readable); true when it differs from the one stored. */
  setSiteLocale(siteId: number, locale: string): boolean {
    return this.cachedStatement('UPDATE sites SET language = ? WHERE id = ? AND language IS NOT ?').run(locale, siteId, locale).changes > 0;
  }

  setSiteSynced(siteId: number, at: string): void {
    this.cachedStatement('UPDATE sites SET last_sync_at = ? WHERE id = ?').run(at, siteId);
  }

  requireSite(siteId: number): SiteRow {
    const row = this.stmt.siteById.get(siteId) as SiteRow | undefined;
    if (!row) throw new AppError('not-found', coded('error.siteGone'));
    return row;
  }
}
