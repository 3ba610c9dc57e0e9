// Every schema migration, in order. A database's PRAGMA user_version is the
// version of the last one applied.
import * as m001 from './001-initial';

export interface Migration {
  version: number;
  sql: string;
}

export const migrations: readonly Migration[] = [m001];

export const latestVersion = migrations[migrations.length - 1]!.version;
