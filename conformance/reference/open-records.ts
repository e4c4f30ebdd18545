import { PostgresRecords } from './postgres-store.ts';
import { isPostgresUrl, type Records } from './records.ts';
import { RecordStore, SqliteRecords } from './store.ts';

/** The store a --db names: a postgres:// URL, a SQLite file, or (absent) SQLite in memory. */
export async function openRecords(db: string | undefined): Promise<Records> {
  if (db !== undefined && isPostgresUrl(db)) return PostgresRecords.open(db);
  return new SqliteRecords(new RecordStore(db), db ?? 'in memory');
}
