// Counts the commits SQLite makes in this process: each COMMIT a transaction ends with, plus each
// write run outside any transaction (SQLite commits it on its own). better-sqlite3 has no commit
// hook, so this wraps the statement and database methods every write goes through.
import Database from 'better-sqlite3';

export interface CommitCounter {
  readonly commits: number;
  stop(): void;
}

export function countCommits(): CommitCounter {
  const probe = new Database(':memory:');
  const statementProto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as { run: (...args: unknown[]) => unknown };
  probe.close();
  const databaseProto = Database.prototype as unknown as { exec: (sql: string) => unknown };
  const run = statementProto.run;
  const exec = databaseProto.exec;
  let commits = 0;
  const isControl = (sql: string): boolean => /^\s*(BEGIN|SAVEPOINT|RELEASE|ROLLBACK)/i.test(sql);

  statementProto.run = function (this: { source: string; reader: boolean; database: Database.Database }, ...args: unknown[]) {
    if (/^\s*COMMIT/i.test(this.source)) commits++;
    else if (!this.reader && !this.database.inTransaction && !isControl(this.source)) commits++;
    return run.apply(this, args);
  };
  databaseProto.exec = function (this: Database.Database, sql: string) {
    if (!this.inTransaction && !isControl(sql)) commits++;
    return exec.call(this, sql);
  };
  return {
    get commits() {
      return commits;
    },
    stop() {
      statementProto.run = run;
      databaseProto.exec = exec;
    },
  };
}
