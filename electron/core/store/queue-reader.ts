// The queue, read-only, for a process that only lists it (the CLI's `queue`): a read-only
// connection and the queue's query, and nothing else of the store — whose comment pages load the
// HTML sanitiser — nor of the service (spam filter, sync engine, settings). At 100,000 comments
// that is what keeps `moderato queue` near Node's own start-up time: no integrity check that
// reads the whole file, no migrations, a fraction of the code.
//
// A file it cannot serve as it is (none yet, or an older schema to bring up to date) gives null:
// the caller then opens the full store, which creates or migrates it. Damage met while reading is
// reported as a checked open reports it (open-database.ts), with the file copied aside.
import { existsSync } from 'node:fs';
import type { QueueFilter, QueuePage } from '../../../shared/types';
import { AppError } from '../../../shared/errors';
import { authorKey } from './comment-fields';
import { damagedError, openReadOnlyDatabase, type Db } from './open-database';
import { queuePage } from './queue-page';
import { QueueQuery } from './queue-query';
import { StatementCache } from './statement-cache';

/** The Unreplied view needs the user's window (a setting): the full service serves it. */
export type ReaderFilter = QueueFilter & { unreplied?: false };

export interface QueueReader {
  listQueue(filter: ReaderFilter, cursor: string | null, limit: number): QueuePage;
  close(): void;
}

export function openQueueReader(path: string, nativeBinding?: string): QueueReader | null {
  if (!existsSync(path)) return null;
  const damaged = (err: unknown): unknown => damagedError(path, err) ?? err;
  let db: Db;
  try {
    db = openReadOnlyDatabase(path, nativeBinding);
  } catch (err) {
    // "Not brought up to date yet" is the one refusal the full open resolves (it migrates).
    if (err instanceof AppError && err.kind === 'internal') return null;
    throw damaged(err);
  }
  try {
    const statements = new StatementCache(db);
    const noWindow = (): string => {
      throw new AppError('internal', 'The Unreplied view is not served by the read-only queue reader.');
    };
    const queue = new QueueQuery(db, statements, (email) => authorKey(email, ''), noWindow);
    return {
      listQueue(filter, cursor, limit) {
        try {
          return queuePage(queue, statements, filter, cursor, limit);
        } catch (err) {
          throw damaged(err);
        }
      },
      close: () => db.close(),
    };
  } catch (err) {
    db.close();
    throw damaged(err);
  }
}
