// Keeps "approved before" current on pending comments after the user's own decisions. The flag
// engine records it (the approved-author flag) when it scores a comment; approving Marie's first
// comment must make her other pending ones Likely fine at once, and undoing it take that back.
// Only the authors whose pending comments disagree with their history now are re-scored, so the
// one-key approval of a whole Likely-fine batch (whose authors were approved before) costs a query.
import type { Rescore } from './rescore';
import { StorePart, type StoreShared } from './store-part';

export class ApprovedBefore extends StorePart {
  constructor(
    shared: StoreShared,
    private readonly rescore: Rescore,
  ) {
    super(shared);
  }

  /** After decisions on these comments: re-scores the authors whose approval history they changed. Returns comments changed. */
  refresh(commentIds: readonly number[]): number {
    if (commentIds.length === 0) return 0;
    const touched = this.cachedStatement(
      'SELECT DISTINCT site_id, author_key FROM comments WHERE id IN (SELECT value FROM json_each(?))',
    ).all(JSON.stringify(commentIds)) as { site_id: number; author_key: string }[];
    const bySite = new Map<number, string[]>();
    for (const t of touched) bySite.set(t.site_id, [...(bySite.get(t.site_id) ?? []), t.author_key]);
    const stale = this.cachedStatement(`SELECT DISTINCT c.author_key FROM comments AS c
      WHERE c.site_id = ? AND c.author_key IN (SELECT value FROM json_each(?)) AND c.local_status = 'pending'
        AND (instr(c.flags, '"kind":"approved-author"') > 0) <> (
          EXISTS (SELECT 1 FROM comments AS a WHERE a.author_key = c.author_key AND a.local_status = 'approved' AND a.site_id = c.site_id)
          OR EXISTS (SELECT 1 FROM author_history AS h WHERE h.site_id = c.site_id AND h.email = c.author_key AND h.approved_on_site > 0))`).pluck();
    let changed = 0;
    for (const [siteId, keys] of bySite) {
      const authors = stale.all(siteId, JSON.stringify(keys)) as string[];
      if (authors.length > 0) changed += this.rescore.rescoreAuthors(siteId, authors);
    }
    return changed;
  }
}
