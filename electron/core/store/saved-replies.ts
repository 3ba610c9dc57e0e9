// The owner's saved replies (reply templates): one list for the person using Moderato, in their
// order. Names are unique whatever their case, so "moderato reply 12 --template merci" finds "Merci".
import { AppError } from '../../../shared/errors';
import { coded } from '../../../shared/messages';
import type { SavedReply } from '../../../shared/types';
import { nowIso } from './rows';
import { StorePart } from './store-part';

interface SavedReplyRow {
  id: number;
  name: string;
  body: string;
  position: number;
}

const toSavedReply = (r: SavedReplyRow): SavedReply => ({ id: r.id, name: r.name, body: r.body, position: r.position });

export class SavedReplies extends StorePart {
  listSavedReplies(): SavedReply[] {
    return (this.cachedStatement('SELECT id, name, body, position FROM saved_replies ORDER BY position, id').all() as SavedReplyRow[]).map(
      toSavedReply,
    );
  }

  /** Added at the end of the list. */
  addSavedReply(name: string, body: string): SavedReply {
    return this.db.transaction(() => {
      this.requireFreeName(name, null);
      const at = nowIso();
      const info = this.cachedStatement(
        `INSERT INTO saved_replies (name, body, position, created_at, updated_at)
         VALUES (?, ?, (SELECT coalesce(max(position) + 1, 0) FROM saved_replies), ?, ?)`,
      ).run(name.trim(), body, at, at);
      return this.require(Number(info.lastInsertRowid));
    })();
  }

  updateSavedReply(id: number, change: { name?: string; body?: string }): SavedReply {
    return this.db.transaction(() => {
      const current = this.require(id);
      if (change.name !== undefined) this.requireFreeName(change.name, id);
      this.cachedStatement('UPDATE saved_replies SET name = ?, body = ?, updated_at = ? WHERE id = ?').run(
        change.name?.trim() ?? current.name,
        change.body ?? current.body,
        nowIso(),
        id,
      );
      return this.require(id);
    })();
  }

  /** `ids` is the whole list in its new order; anything else is refused, so no reply is lost from view. */
  reorderSavedReplies(ids: readonly number[]): SavedReply[] {
    return this.db.transaction(() => {
      const current = this.listSavedReplies().map((r) => r.id);
      const given = new Set(ids);
      if (given.size !== ids.length || ids.length !== current.length || current.some((id) => !given.has(id))) {
        throw new AppError('bad-input', coded('error.savedReplyOrder', { count: current.length }));
      }
      const move = this.cachedStatement('UPDATE saved_replies SET position = ? WHERE id = ?');
      ids.forEach((id, position) => move.run(position, id));
      return this.listSavedReplies();
    })();
  }

  deleteSavedReply(id: number): void {
    this.db.transaction(() => {
      const gone = this.require(id);
      this.cachedStatement('DELETE FROM saved_replies WHERE id = ?').run(id);
      // Close the gap: positions stay 0…n-1, the order the Ctrl+digit keys follow.
      this.cachedStatement('UPDATE saved_replies SET position = position - 1 WHERE position > ?').run(gone.position);
    })();
  }

  /** By name, ignoring case (the CLI's --template NAME). */
  findSavedReply(name: string): SavedReply | null {
    const row = this.cachedStatement('SELECT id, name, body, position FROM saved_replies WHERE name = ?').get(name.trim()) as
      | SavedReplyRow
      | undefined;
    return row ? toSavedReply(row) : null;
  }

  private require(id: number): SavedReply {
    const row = this.cachedStatement('SELECT id, name, body, position FROM saved_replies WHERE id = ?').get(id) as SavedReplyRow | undefined;
    if (!row) throw new AppError('not-found', coded('error.savedReplyGone', { id }));
    return toSavedReply(row);
  }

  private requireFreeName(name: string, exceptId: number | null): void {
    const other = this.findSavedReply(name);
    if (other && other.id !== exceptId) throw new AppError('conflict', coded('error.savedReplyExists', { name: other.name }));
  }
}
