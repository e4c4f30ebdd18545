/** The databases the reference supplier stores in. */
export type StoreDialect = 'sqlite' | 'postgres';

/** A 64-bit integer: SQLite's INTEGER is one already, PostgreSQL's is 32 bits (a stored_at in milliseconds needs 64). */
const int64 = (dialect: StoreDialect) => (dialect === 'postgres' ? 'BIGINT' : 'INTEGER');

/**
 * The reference supplier's database schema, as numbered migrations applied in order on start, the same on SQLite
 * and PostgreSQL (only a type name differs). A database remembers which it has had (schema_migrations), so an old
 * one is brought up to date and a new one built. Never edit a migration once released: add the next.
 */
export const migrations: readonly { readonly version: number; readonly name: string; readonly sql: (dialect: StoreDialect) => string }[] = [
  {
    version: 1,
    name: 'versions and current records',
    sql: (dialect) => `
      CREATE TABLE record_versions (
        record_uid TEXT NOT NULL,
        version_number INTEGER NOT NULL,
        record_type TEXT NOT NULL,
        body TEXT NOT NULL,
        stored_at ${int64(dialect)} NOT NULL,
        PRIMARY KEY (record_uid, version_number)
      );
      CREATE TABLE current_records (
        record_uid TEXT PRIMARY KEY,
        record_type TEXT NOT NULL,
        version_number INTEGER NOT NULL,
        subject_uid TEXT,
        nhs_number TEXT,
        seq ${int64(dialect)} NOT NULL UNIQUE
      );
    `,
  },
  {
    version: 2,
    name: 'search indexes',
    sql: () => `
      CREATE INDEX current_by_subject ON current_records (record_type, subject_uid, seq);
      CREATE INDEX current_by_nhs_number ON current_records (record_type, nhs_number, seq);
      CREATE INDEX current_by_type ON current_records (record_type, seq);
    `,
  },
];
