// Every schema migration, in order. A database's PRAGMA user_version is the
// version of the last one applied.
import * as m001 from './001-initial';
import * as m002 from './002-flags-signature';
import * as m003 from './003-error-kinds';
import * as m005 from './005-threads-and-saved-replies';
import * as m006 from './006-resync-checks';
import * as m008 from './008-message-codes';
import * as m009 from './009-failed-codes';
import * as m010 from './010-site-language';
import * as m011 from './011-author-site-campaigns';
import * as m012 from './012-flag-rules';
import * as m013 from './013-author-domain';
import * as m014 from './014-blog-platform-domains';
import type { Db } from '../open-database';

export interface Migration {
  version: number;
  sql: string;
  /** Work SQL alone cannot do, run after `sql` in the same transaction. */
  backfill?: (db: Db) => void;
}

export const migrations: readonly Migration[] = [m001, m002, m003, m005, m006, m008, m009, m010, m011, m012, m013, m014];

export const latestVersion = migrations[migrations.length - 1]!.version;
