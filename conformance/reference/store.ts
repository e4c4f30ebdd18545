import { createRequire } from 'node:module';
import type { Database as SqliteDatabase } from 'node-sqlite3-wasm';
import { migrations } from './migrations.ts';
import { claimDatabase } from './owner-lock.ts';

const require = createRequire(import.meta.url);
const subjectClass = 'subject_of_care';
const { Database } = require('node-sqlite3-wasm') as typeof import('node-sqlite3-wasm');

export interface StoredRecord {
  readonly recordType: string;
  readonly uid: string;
  readonly version: number;
  readonly body: Record<string, unknown>;
}

export interface Page {
  readonly items: readonly Record<string, unknown>[];
  /** The token of the next page, when there is one. */
  readonly next: string | undefined;
}

/** What a search matches: a class, and optionally the subject of care's uid or NHS number. */
export interface SearchQuery {
  readonly recordType: string;
  readonly subject?: string;
  readonly nhsNumber?: string;
}

/** The version being stored is there already: another update won the race to it. */
export class VersionTaken extends Error {
  constructor(readonly uid: string, readonly version: number) {
    super(`version ${version} of ${uid} is already stored`);
    this.name = 'VersionTaken';
  }
}

/**
 * Records on SQLite (a WebAssembly build, so nothing is compiled on install), in a file or in memory. Every version
 * is kept; current_records points at the newest and holds what searches need.
 *
 * A file is claimed for this process first (`owner-lock.ts`), so a lock left by a killed server is recovered and a
 * live one refused. It is then held in exclusive locking mode with a write-ahead log: recovery after a crash reads
 * the log and keeps only whole, checksummed transactions. (The WebAssembly build's VFS reports a reserved lock
 * whenever its lock directory exists, including the one this process holds, so SQLite would never see a rollback
 * journal as hot and never roll a torn transaction back; the log does not depend on that check, and exclusive mode
 * lets it run without shared memory, which that VFS lacks.) synchronous = FULL syncs the log at every commit, so a
 * write is on disk before the server answers for it.
 */
export class RecordStore {
  private readonly db: SqliteDatabase;
  private readonly release: () => void;

  constructor(file: string | undefined) {
    this.release = file === undefined ? () => {} : claimDatabase(file);
    try {
      this.db = new Database(file ?? ':memory:');
      if (file !== undefined) {
        this.db.exec('PRAGMA locking_mode = EXCLUSIVE');
        this.db.get('PRAGMA journal_mode = WAL');
        this.db.exec('PRAGMA synchronous = FULL');
      }
      this.migrate();
    } catch (error) {
      this.closeAndRelease();
      throw error;
    }
  }

  /** The journal mode in use: 'wal' for a file, 'memory' in memory. */
  get journalMode(): string {
    return String(this.db.get('PRAGMA journal_mode')?.['journal_mode']);
  }

  /** The schema version, after migrating. */
  get schemaVersion(): number {
    return Number(this.db.get('SELECT MAX(version) AS v FROM schema_migrations')?.['v'] ?? 0);
  }

  current(recordType: string, uid: string): StoredRecord | undefined {
    const row = this.db.get('SELECT v.body, v.version_number FROM current_records c JOIN record_versions v ON v.record_uid = c.record_uid AND v.version_number = c.version_number WHERE c.record_uid = ? AND c.record_type = ?', [uid, recordType]);
    return row ? { recordType, uid, version: Number(row['version_number']), body: JSON.parse(String(row['body'])) as Record<string, unknown> } : undefined;
  }

  /** Whether any record, of any class, has this uid. */
  exists(uid: string): { recordType: string } | undefined {
    const row = this.db.get('SELECT record_type FROM current_records WHERE record_uid = ?', [uid]);
    return row ? { recordType: String(row['record_type']) } : undefined;
  }

  version(recordType: string, uid: string, version: number): Record<string, unknown> | undefined {
    const row = this.db.get('SELECT body FROM record_versions WHERE record_uid = ? AND version_number = ? AND record_type = ?', [uid, version, recordType]);
    return row ? (JSON.parse(String(row['body'])) as Record<string, unknown>) : undefined;
  }

  /** Store a version and make it current, in one transaction. */
  put(record: StoredRecord, search: { subject: string | undefined; nhsNumber: string | undefined }): void {
    this.transaction(() => {
      if (this.db.get('SELECT 1 AS taken FROM record_versions WHERE record_uid = ? AND version_number = ?', [record.uid, record.version])) throw new VersionTaken(record.uid, record.version);
      this.db.run('INSERT INTO record_versions (record_uid, version_number, record_type, body, stored_at) VALUES (?, ?, ?, ?, ?)', [record.uid, record.version, record.recordType, JSON.stringify(record.body), Date.now()]);
      const seq = Number(this.db.get('SELECT COALESCE(MAX(seq), 0) + 1 AS s FROM current_records')?.['s'] ?? 1);
      this.db.run(
        'INSERT INTO current_records (record_uid, record_type, version_number, subject_uid, nhs_number, seq) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (record_uid) DO UPDATE SET version_number = excluded.version_number, subject_uid = excluded.subject_uid, nhs_number = excluded.nhs_number',
        [record.uid, record.recordType, record.version, search.subject ?? null, search.nhsNumber ?? null, seq],
      );
    });
  }

  /** Replace the current version in place (only a defect mode does this). */
  overwrite(record: StoredRecord): void {
    this.db.run('UPDATE record_versions SET body = ? WHERE record_uid = ? AND version_number = ?', [JSON.stringify(record.body), record.uid, record.version]);
  }

  search(query: SearchQuery, pageSize: number, after: number): { items: Record<string, unknown>[]; last: number | undefined; more: boolean } {
    const where = ['c.record_type = ?', 'c.seq > ?'];
    const values: (string | number)[] = [query.recordType, after];
    if (query.subject !== undefined) (where.push('c.subject_uid = ?'), values.push(query.subject));
    // By NHS number: the subject of care's own record, or the records about the subjects of care with that number.
    if (query.nhsNumber !== undefined && query.recordType === subjectClass) (where.push('c.nhs_number = ?'), values.push(query.nhsNumber));
    else if (query.nhsNumber !== undefined) (where.push(`c.subject_uid IN (SELECT record_uid FROM current_records WHERE record_type = '${subjectClass}' AND nhs_number = ?)`), values.push(query.nhsNumber));
    const rows = this.db.all(`SELECT v.body, c.seq FROM current_records c JOIN record_versions v ON v.record_uid = c.record_uid AND v.version_number = c.version_number WHERE ${where.join(' AND ')} ORDER BY c.seq LIMIT ?`, [...values, pageSize + 1]);
    const page = rows.slice(0, pageSize);
    return { items: page.map((r) => JSON.parse(String(r['body'])) as Record<string, unknown>), last: page.length > 0 ? Number(page[page.length - 1]!['seq']) : undefined, more: rows.length > pageSize };
  }

  history(recordType: string, uid: string, pageSize: number, after: number): { items: Record<string, unknown>[]; more: boolean } {
    const rows = this.db.all('SELECT body FROM record_versions WHERE record_uid = ? AND record_type = ? AND version_number > ? ORDER BY version_number LIMIT ?', [uid, recordType, after, pageSize + 1]);
    return { items: rows.slice(0, pageSize).map((r) => JSON.parse(String(r['body'])) as Record<string, unknown>), more: rows.length > pageSize };
  }

  close(): void {
    this.closeAndRelease();
  }

  private closeAndRelease(): void {
    try {
      // db is unset when opening failed.
      if (this.db?.isOpen) this.db.close();
    } finally {
      this.release();
    }
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
    const applied = new Set(this.db.all('SELECT version FROM schema_migrations').map((r) => Number(r['version'])));
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      this.transaction(() => {
        this.db.exec(m.sql);
        this.db.run('INSERT INTO schema_migrations (version, name) VALUES (?, ?)', [m.version, m.name]);
      });
    }
  }

  private transaction(work: () => void): void {
    this.db.exec('BEGIN');
    try {
      work();
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }
}
