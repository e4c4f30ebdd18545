import { createRequire } from 'node:module';
import type { Database as SqliteDatabase } from 'node-sqlite3-wasm';
import { migrations } from './migrations.ts';
import { queries, searchStatement } from './queries.ts';
import { VersionTaken, type Records, type SearchKeys, type SearchPage, type SearchQuery, type StoredRecord } from './records.ts';
import { claimDatabase } from './owner-lock.ts';

const require = createRequire(import.meta.url);
const { Database } = require('node-sqlite3-wasm') as typeof import('node-sqlite3-wasm');

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
    return Number(this.db.get(queries.schemaVersion)?.['v'] ?? 0);
  }

  current(recordType: string, uid: string): StoredRecord | undefined {
    const row = this.db.get(queries.current, [uid, recordType]);
    return row ? { recordType, uid, version: Number(row['version_number']), body: JSON.parse(String(row['body'])) as Record<string, unknown> } : undefined;
  }

  /** Whether any record, of any class, has this uid. */
  exists(uid: string): { recordType: string } | undefined {
    const row = this.db.get(queries.exists, [uid]);
    return row ? { recordType: String(row['record_type']) } : undefined;
  }

  version(recordType: string, uid: string, version: number): Record<string, unknown> | undefined {
    const row = this.db.get(queries.version, [uid, version, recordType]);
    return row ? (JSON.parse(String(row['body'])) as Record<string, unknown>) : undefined;
  }

  /** Store a version and make it current, in one transaction. */
  put(record: StoredRecord, search: SearchKeys): void {
    this.transaction(() => {
      if (this.db.get(queries.taken, [record.uid, record.version])) throw new VersionTaken(record.uid, record.version);
      this.db.run(queries.insertVersion, [record.uid, record.version, record.recordType, JSON.stringify(record.body), Date.now()]);
      const seq = Number(this.db.get(queries.nextSeq)?.['s'] ?? 1);
      this.db.run(
        queries.upsertCurrent,
        [record.uid, record.recordType, record.version, search.subject ?? null, search.nhsNumber ?? null, seq],
      );
    });
  }

  /** Replace the current version in place (only a defect mode does this). */
  overwrite(record: StoredRecord): void {
    this.db.run(queries.overwrite, [JSON.stringify(record.body), record.uid, record.version]);
  }

  search(query: SearchQuery, pageSize: number, after: number): SearchPage {
    const { sql, values } = searchStatement(query, pageSize, after);
    const rows = this.db.all(sql, values);
    const page = rows.slice(0, pageSize);
    return { items: page.map((r) => JSON.parse(String(r['body'])) as Record<string, unknown>), last: page.length > 0 ? Number(page[page.length - 1]!['seq']) : undefined, more: rows.length > pageSize };
  }

  history(recordType: string, uid: string, pageSize: number, after: number): { items: Record<string, unknown>[]; more: boolean } {
    const rows = this.db.all(queries.history, [uid, recordType, after, pageSize + 1]);
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
    this.db.exec(queries.migrationsTable);
    const applied = new Set(this.db.all(queries.appliedMigrations).map((r) => Number(r['version'])));
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      this.transaction(() => {
        this.db.exec(m.sql('sqlite'));
        this.db.run(queries.recordMigration, [m.version, m.name]);
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

/**
 * The SQLite store as the server reads it. Each call runs whole before it returns, so a transaction never
 * interleaves with another request's on the one connection.
 */
export class SqliteRecords implements Records {
  constructor(private readonly store: RecordStore, readonly shown: string) {}

  async schemaVersion(): Promise<number> {
    return this.store.schemaVersion;
  }
  async current(recordType: string, uid: string): Promise<StoredRecord | undefined> {
    return this.store.current(recordType, uid);
  }
  async exists(uid: string): Promise<{ recordType: string } | undefined> {
    return this.store.exists(uid);
  }
  async version(recordType: string, uid: string, version: number): Promise<Record<string, unknown> | undefined> {
    return this.store.version(recordType, uid, version);
  }
  async put(record: StoredRecord, search: SearchKeys): Promise<void> {
    this.store.put(record, search);
  }
  async overwrite(record: StoredRecord): Promise<void> {
    this.store.overwrite(record);
  }
  async search(query: SearchQuery, pageSize: number, after: number): Promise<SearchPage> {
    return this.store.search(query, pageSize, after);
  }
  async history(recordType: string, uid: string, pageSize: number, after: number): Promise<{ items: Record<string, unknown>[]; more: boolean }> {
    return this.store.history(recordType, uid, pageSize, after);
  }
  async close(): Promise<void> {
    this.store.close();
  }
}
