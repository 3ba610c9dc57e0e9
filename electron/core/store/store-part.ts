// The base of the store's parts (sites, ingest, outbox, …): each runs its SQL on the one
// connection the Store opened, with the statements and the flag-context builder it shares.
import type { Statement } from 'better-sqlite3';
import type { FlagContextBuilder } from './flag-context';
import type { Db } from './open-database';
import type { PreparedStatements } from './prepared-statements';
import type { Scorer } from './scorer';
import type { StatementCache } from './statement-cache';

export interface StoreShared {
  readonly db: Db;
  readonly stmt: PreparedStatements;
  readonly statements: StatementCache;
  readonly contexts: FlagContextBuilder;
  /** Replaced by Store.setScorer, so parts read it here at each use and never keep a copy. */
  scorer: Scorer;
}

export abstract class StorePart {
  protected readonly db: Db;
  protected readonly stmt: PreparedStatements;
  protected readonly contexts: FlagContextBuilder;
  private readonly statements: StatementCache;

  constructor(protected readonly shared: StoreShared) {
    this.db = shared.db;
    this.stmt = shared.stmt;
    this.contexts = shared.contexts;
    this.statements = shared.statements;
  }

  /** Each SQL text is prepared once per connection and reused (queue reads run on every keystroke). */
  protected cachedStatement(sql: string): Statement {
    return this.statements.get(sql);
  }
}
