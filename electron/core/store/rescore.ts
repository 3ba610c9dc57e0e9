// Re-scoring stored comments with the current scorer: all of them (after a word-list or
// model change, or at the first start of a version with new rules), a site's comments by
// some authors (their site history arrived), or one (its text was edited).
import type { FlagContext } from '../../../shared/types';
import { raisingCount, REFLAG_COLUMNS, reflagSubject, type ReflagRow } from './comment-fields';
import { flagsSignature } from './flags-signature';
import { nowIso } from './rows';
import { StorePart } from './store-part';

/** Comments read per page by reflagAll. */
const REFLAG_PAGE = 2000;

export class Rescore extends StorePart {
  /** Re-computes flags and score of every stored comment with the current scorer, in one transaction. */
  reflagAll(): number {
    return this.reflagPaged((after, limit) => this.stmt.reflagPage.all(after, limit) as ReflagRow[]);
  }

  /**
   * Re-flags every stored comment unless `rules` (the app's version and bundled lists) made the
   * stored flags, then records them: a new version's rules judge the queue from its first start.
   * The number of comments re-flagged (0 when the rules are those already recorded).
   */
  reflagForRules(rules: string): number {
    const recorded = this.cachedStatement('SELECT rules FROM flag_rules WHERE id = 1').pluck().get() as string | undefined;
    if (recorded === rules) return 0;
    const changed = this.reflagAll();
    this.cachedStatement(`INSERT INTO flag_rules (id, rules, recorded_at) VALUES (1, ?, ?)
        ON CONFLICT (id) DO UPDATE SET rules = excluded.rules, recorded_at = excluded.recorded_at`).run(rules, nowIso());
    return changed;
  }

  /** The same for one site's comments (what the check reads of that site changed: its stated language). */
  reflagSite(siteId: number): number {
    return this.reflagPaged((after, limit) => this.stmt.reflagSitePage.all(siteId, after, limit) as ReflagRow[]);
  }

  private reflagPaged(page: (after: number, limit: number) => ReflagRow[]): number {
    // A re-flag after a list change rewrites rows all over the table, and each changed score
    // moves entries in the score indexes. With the everyday 64 MB cache those dirty pages spill
    // to the WAL mid-transaction and index pages are written again and again; for this one
    // statement the cache may grow to 256 MB (memory is only taken as pages are read) and is
    // shrunk back after. Measured at 100,000 comments: −100 ms of ~2 s.
    const cache = this.db.pragma('cache_size', { simple: true }) as number;
    this.db.pragma('cache_size = -262144');
    try {
      return this.reflagInTransaction(page);
    } finally {
      this.db.pragma(`cache_size = ${cache}`);
    }
  }

  private reflagInTransaction(page: (after: number, limit: number) => ReflagRow[]): number {
    return this.db.transaction(() => {
      // Read in id order, a page at a time, rather than all 100,000 rows of content at once:
      // each page's strings die young (cheap to collect) and a changed row is written
      // right after its page, which a finished read allows. The context counts are read once
      // for the whole table; rewriting flags does not change them.
      const contextOf = this.contexts.forAll();
      let changed = 0;
      let after = 0;
      for (;;) {
        const rows = page(after, REFLAG_PAGE);
        if (rows.length === 0) break;
        for (let i = 0; i < rows.length; i++) {
          const r = rows[i]!;
          if (this.rescoreRow(r, contextOf(reflagSubject(r)))) changed++;
        }
        after = rows[rows.length - 1]![0];
      }
      return changed;
    })();
  }

  /**
   * Re-scores a site's comments by these authors (emails): their history on the site just
   * arrived, so "first comment from this author" may have become "approved before".
   */
  rescoreAuthors(siteId: number, emails: string[]): number {
    if (emails.length === 0) return 0;
    return this.db.transaction(() => {
      const keys = JSON.stringify(emails.map((e) => e.trim().toLowerCase()));
      // Stored comments: each is already in the counts, so it replaces itself (old = now).
      return this.rescoreRows(this.stmt.reflagAuthors.all(keys, siteId) as ReflagRow[]);
    })();
  }

  /**
   * Re-scores the pending comments of a site that share a campaign with the comments the owner
   * just decided on: the same text, e-mail address, IP address or author domain, and the newest
   * pending comments whose text is nearly the same as one of `sketches` (a campaign's copies with a
   * few words changed, which no column ties together; found in the site's window, queue-texts.ts). The site's model has recorded the
   * decision; these comments now read "like the comment you marked spam" (or not spam).
   * Returns how many changed.
   */
  rescoreCampaign(siteId: number, commentIds: readonly number[], domains: readonly string[], sketches: readonly (readonly number[])[] = []): number {
    if (commentIds.length === 0) return 0;
    return this.db.transaction(() => {
      const ids = JSON.stringify(commentIds);
      const rows = this.cachedStatement(
        `SELECT ${REFLAG_COLUMNS} FROM comments
         WHERE site_id = @site AND local_status = 'pending' AND id NOT IN (SELECT value FROM json_each(@ids))
           AND (text_hash IN (SELECT text_hash FROM comments WHERE id IN (SELECT value FROM json_each(@ids)))
             OR author_key IN (SELECT author_key FROM comments WHERE author_email <> '' AND id IN (SELECT value FROM json_each(@ids)))
             OR author_ip IN (SELECT author_ip FROM comments WHERE author_ip <> '' AND id IN (SELECT value FROM json_each(@ids)))
             OR EXISTS (SELECT 1 FROM json_each(@domains) d WHERE author_domain = d.value
                        OR author_key LIKE '%@' || d.value OR author_key LIKE '%.' || d.value))`,
      )
        .raw()
        .all({ ids, domains: JSON.stringify(domains), site: siteId }) as ReflagRow[];
      const taken = new Set([...commentIds, ...rows.map((r) => r[0])]);
      const alike = this.contexts.pendingLike(siteId, sketches).filter((id) => !taken.has(id));
      if (alike.length > 0) {
        const more = this.cachedStatement(
          `SELECT ${REFLAG_COLUMNS} FROM comments WHERE local_status = 'pending' AND id IN (SELECT value FROM json_each(?))`,
        )
          .raw()
          .all(JSON.stringify(alike)) as ReflagRow[];
        rows.push(...more);
      }
      return this.rescoreRows(rows);
    })();
  }

  /** Scores stored comments again, each in the context of the others. Returns how many changed. */
  private rescoreRows(rows: readonly ReflagRow[]): number {
    if (rows.length === 0) return 0;
    const subjects = rows.map(reflagSubject);
    const contexts = this.contexts.build(subjects.map((subject) => ({ now: subject, old: subject })));
    let changed = 0;
    for (let i = 0; i < rows.length; i++) if (this.rescoreRow(rows[i]!, contexts[i]!)) changed++;
    return changed;
  }

  /** Scores these stored comments again (another author's text nearly the same as theirs arrived). */
  rescoreComments(commentIds: readonly number[]): number {
    if (commentIds.length === 0) return 0;
    const rows = this.cachedStatement(`SELECT ${REFLAG_COLUMNS} FROM comments WHERE id IN (SELECT value FROM json_each(?))`)
      .raw()
      .all(JSON.stringify(commentIds)) as ReflagRow[];
    return this.rescoreRows(rows);
  }

  /** Scores one stored comment again, in the context of the others. */
  rescoreComment(commentId: number): void {
    const row = this.stmt.reflagById.get(commentId) as ReflagRow;
    const subject = reflagSubject(row);
    this.rescoreRow(row, this.contexts.build([{ now: subject, old: subject }])[0]!);
  }

  /** Scores one stored comment again; writes it only when its flags or verdict changed. */
  private rescoreRow(r: ReflagRow, context: FlagContext): boolean {
    const result = this.shared.scorer(
      { content: r[11], author_name: r[3], author_email: r[4], author_url: r[5], author_ip: r[6], type: r[2] },
      context,
      r[1],
    );
    const likely = result.likelySpam ? 1 : 0;
    // The fingerprint, not the stored text: reading and re-serialising every comment's
    // flags to compare them cost a third of a re-flag.
    const sig = flagsSignature(result.flags);
    if (sig === r[12] && result.score === r[13] && likely === r[14] && result.spamProbability === r[15]) return false;
    const flags = JSON.stringify(result.flags);
    this.stmt.updateFlags.run(flags, sig, raisingCount(result.flags), result.score, likely, result.spamProbability, r[0]);
    return true;
  }
}
