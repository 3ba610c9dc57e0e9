import type { Statement } from 'better-sqlite3';
import type { Db } from './open-database';

/**
 * Prepared statements by SQL text, prepared once per connection: the queue, counts and comment
 * pane run on every keystroke. A statement's mode (pluck, raw) sticks, so one SQL text, one use.
 */
export class StatementCache {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Db) {}

  get(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }
}
