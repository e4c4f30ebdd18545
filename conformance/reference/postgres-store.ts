import type { Pool, PoolClient } from 'pg';
import { withoutPassword } from '../load/postgres.ts';
import { migrations } from './migrations.ts';
import { numbered, queries, searchStatement } from './queries.ts';
import { VersionTaken, type Records, type SearchKeys, type SearchPage, type SearchQuery, type StoredRecord } from './records.ts';

/** The advisory lock keys: one for migrating, one every writer takes, so that sequence numbers are given in commit order. */
const migrateLock = 0x6173_636d;
const writeLock = 0x6173_6377;

type Row = Record<string, unknown>;

/**
 * A record uid, subject uid or NHS number as a PostgreSQL text value: PostgreSQL's text holds no NUL and its client
 * sends UTF-8, which has no lone surrogate, so both are written %00 and %uXXXX, and % itself %25. One to one, so a
 * lookup finds exactly what was stored; bodies are JSON, which escapes both already.
 */
export function pgKey(text: string): string {
  const escaped = text.replaceAll('%', '%25').replaceAll('\u0000', '%00');
  return escaped.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => `%u${c.charCodeAt(0).toString(16)}`);
}
const optionalKey = (text: string | undefined) => (text === undefined ? null : pgKey(text));

/**
 * Records in PostgreSQL, for a supplier that outgrows one SQLite file: the same migrations, the same statements.
 * Servers may share one database. A write takes a transaction-scoped advisory lock, so that the sequence numbers
 * searches page by are given in the order writes commit (a sequence would hand a later number to a write that
 * commits first, and a reader paging past it would miss the earlier one); reads take no lock.
 */
export class PostgresRecords implements Records {
  private constructor(
    private readonly pool: Pool,
    readonly shown: string,
  ) {}

  /** Connect and migrate; the URL's password is never shown. */
  static async open(url: string): Promise<PostgresRecords> {
    // Loaded only by a server on PostgreSQL.
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    // An idle connection the server drops is replaced on the next query, not an uncaught error.
    pool.on('error', () => {});
    const records = new PostgresRecords(pool, withoutPassword(url));
    try {
      await records.migrate();
    } catch (error) {
      await pool.end();
      throw error;
    }
    return records;
  }

  async schemaVersion(): Promise<number> {
    return Number((await this.one(queries.schemaVersion, []))?.['v'] ?? 0);
  }

  async current(recordType: string, uid: string): Promise<StoredRecord | undefined> {
    const row = await this.one(queries.current, [pgKey(uid), recordType]);
    return row ? { recordType, uid, version: Number(row['version_number']), body: JSON.parse(String(row['body'])) as Row } : undefined;
  }

  async exists(uid: string): Promise<{ recordType: string } | undefined> {
    const row = await this.one(queries.exists, [pgKey(uid)]);
    return row ? { recordType: String(row['record_type']) } : undefined;
  }

  async version(recordType: string, uid: string, version: number): Promise<Row | undefined> {
    const row = await this.one(queries.version, [pgKey(uid), version, recordType]);
    return row ? (JSON.parse(String(row['body'])) as Row) : undefined;
  }

  async put(record: StoredRecord, search: SearchKeys): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [writeLock]);
      const run = (sql: string, values: unknown[]) => client.query(numbered(sql), values);
      if ((await run(queries.taken, [pgKey(record.uid), record.version])).rows.length > 0) throw new VersionTaken(record.uid, record.version);
      await run(queries.insertVersion, [pgKey(record.uid), record.version, record.recordType, JSON.stringify(record.body), Date.now()]);
      const seq = Number((await run(queries.nextSeq, [])).rows[0]?.['s'] ?? 1);
      await run(queries.upsertCurrent, [pgKey(record.uid), record.recordType, record.version, optionalKey(search.subject), optionalKey(search.nhsNumber), seq]);
    });
  }

  async overwrite(record: StoredRecord): Promise<void> {
    await this.pool.query(numbered(queries.overwrite), [JSON.stringify(record.body), pgKey(record.uid), record.version]);
  }

  async search(query: SearchQuery, pageSize: number, after: number): Promise<SearchPage> {
    const { sql, values } = searchStatement({ recordType: query.recordType, ...(query.subject === undefined ? {} : { subject: pgKey(query.subject) }), ...(query.nhsNumber === undefined ? {} : { nhsNumber: pgKey(query.nhsNumber) }) }, pageSize, after);
    const rows = (await this.pool.query(numbered(sql), values)).rows as Row[];
    const page = rows.slice(0, pageSize);
    return { items: page.map((r) => JSON.parse(String(r['body'])) as Row), last: page.length > 0 ? Number(page[page.length - 1]!['seq']) : undefined, more: rows.length > pageSize };
  }

  async history(recordType: string, uid: string, pageSize: number, after: number): Promise<{ items: Row[]; more: boolean }> {
    const rows = (await this.pool.query(numbered(queries.history), [pgKey(uid), recordType, after, pageSize + 1])).rows as Row[];
    return { items: rows.slice(0, pageSize).map((r) => JSON.parse(String(r['body'])) as Row), more: rows.length > pageSize };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async one(sql: string, values: unknown[]): Promise<Row | undefined> {
    return (await this.pool.query(numbered(sql), values)).rows[0] as Row | undefined;
  }

  /** The migrations not yet applied, in one transaction (PostgreSQL's DDL is transactional), under a lock so that two servers starting at once do not both apply one. */
  private async migrate(): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [migrateLock]);
      await client.query(queries.migrationsTable);
      const applied = new Set(((await client.query(queries.appliedMigrations)).rows as Row[]).map((r) => Number(r['version'])));
      for (const m of migrations) {
        if (applied.has(m.version)) continue;
        await client.query(m.sql('postgres'));
        await client.query(numbered(queries.recordMigration), [m.version, m.name]);
      }
    });
  }

  private async transaction(work: (client: PoolClient) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      try {
        await work(client);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    } finally {
      client.release();
    }
  }
}
