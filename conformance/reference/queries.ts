import type { SearchQuery } from './records.ts';

/**
 * The reference supplier's SQL, written once for SQLite and PostgreSQL: `?` placeholders, which PostgreSQL's
 * client reads numbered (`numbered`). Only the statements differ nowhere; the stores differ in how they lock.
 */
const subjectClass = 'subject_of_care';

export const queries = {
  current:
    'SELECT v.body, v.version_number FROM current_records c JOIN record_versions v ON v.record_uid = c.record_uid AND v.version_number = c.version_number WHERE c.record_uid = ? AND c.record_type = ?',
  exists: 'SELECT record_type FROM current_records WHERE record_uid = ?',
  version: 'SELECT body FROM record_versions WHERE record_uid = ? AND version_number = ? AND record_type = ?',
  taken: 'SELECT 1 AS taken FROM record_versions WHERE record_uid = ? AND version_number = ?',
  insertVersion: 'INSERT INTO record_versions (record_uid, version_number, record_type, body, stored_at) VALUES (?, ?, ?, ?, ?)',
  nextSeq: 'SELECT COALESCE(MAX(seq), 0) + 1 AS s FROM current_records',
  upsertCurrent:
    'INSERT INTO current_records (record_uid, record_type, version_number, subject_uid, nhs_number, seq) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (record_uid) DO UPDATE SET version_number = excluded.version_number, subject_uid = excluded.subject_uid, nhs_number = excluded.nhs_number',
  overwrite: 'UPDATE record_versions SET body = ? WHERE record_uid = ? AND version_number = ?',
  history: 'SELECT body FROM record_versions WHERE record_uid = ? AND record_type = ? AND version_number > ? ORDER BY version_number LIMIT ?',
  schemaVersion: 'SELECT MAX(version) AS v FROM schema_migrations',
  migrationsTable: 'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)',
  appliedMigrations: 'SELECT version FROM schema_migrations',
  recordMigration: 'INSERT INTO schema_migrations (version, name) VALUES (?, ?)',
} as const;

/** A search's statement and values: a page of current records of a class after a sequence number, one more than asked to tell if there is more. */
export function searchStatement(query: SearchQuery, pageSize: number, after: number): { sql: string; values: (string | number)[] } {
  const where = ['c.record_type = ?', 'c.seq > ?'];
  const values: (string | number)[] = [query.recordType, after];
  if (query.subject !== undefined) (where.push('c.subject_uid = ?'), values.push(query.subject));
  // By NHS number: the subject of care's own record, or the records about the subjects of care with that number.
  if (query.nhsNumber !== undefined && query.recordType === subjectClass) (where.push('c.nhs_number = ?'), values.push(query.nhsNumber));
  else if (query.nhsNumber !== undefined) (where.push(`c.subject_uid IN (SELECT record_uid FROM current_records WHERE record_type = '${subjectClass}' AND nhs_number = ?)`), values.push(query.nhsNumber));
  return {
    sql: `SELECT v.body, c.seq FROM current_records c JOIN record_versions v ON v.record_uid = c.record_uid AND v.version_number = c.version_number WHERE ${where.join(' AND ')} ORDER BY c.seq LIMIT ?`,
    values: [...values, pageSize + 1],
  };
}

/** A statement with `?` placeholders as PostgreSQL's `$1, $2, …` (none of these statements has a `?` in a string). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${(n += 1)}`);
}
