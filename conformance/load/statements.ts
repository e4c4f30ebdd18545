import { rejectsTable, type SqlDialect, type SqlTable } from '../../generator/src/kit.ts';
import { rejectCells, type BatchOutcome, type RejectRow, type TableBatch } from './target.ts';

/** Staging tables (temporary: never written to the database file): text cells, one per target table, refilled for each batch. */
export const stagePrefix = 'load__stage__';
/** The staging column that says which record of the batch a row came from. */
export const seqColumn = 'load__seq';

/**
 * The statements a batch of rows runs, written for any engine that has ON CONFLICT and UPDATE … FROM: stage rows as
 * text, pick the record versions not loaded yet (the first of the batch where one comes twice), insert those and
 * their items cast to their columns' types, then move the current flags of the records touched. PostgreSQL's batches
 * run them; DuckDB flattens records by SQL itself (documents.ts) and uses only the rejects' statements, and a test
 * runs them in DuckDB to compare the two (load-flatten.test.ts).
 */
/** A staging table's name: the prefix and the target's name (PostgreSQL's 63-byte limit is kept by a digest in sqlName). */
export function stageName(table: string): string {
  return `${stagePrefix}${table}`;
}

export class BatchStatements {
  constructor(private readonly d: SqlDialect) {}

  private id = (name: string) => this.d.identifier(name);
  private staged = (table: string) => this.id(stageName(table));

  createStage(table: SqlTable): string {
    const columns = [seqColumn, ...table.columns.map((c) => c.name)].map((c) => `${this.id(c)} ${this.d.types.text}`);
    return `CREATE TEMP TABLE IF NOT EXISTS ${this.staged(table.name)} (${columns.join(', ')})`;
  }

  clearStage(table: SqlTable): string {
    return `DELETE FROM ${this.staged(table.name)}`;
  }

  /** The record versions of the batch that the target does not hold, by the batch row that brings each first. */
  pickFresh(table: SqlTable): string {
    const fresh = this.staged(`${table.name}__fresh`);
    return `CREATE TEMP TABLE IF NOT EXISTS ${fresh} (${this.id('seq')} ${this.d.types.integer}); DELETE FROM ${fresh}; INSERT INTO ${fresh} SELECT min(CAST(s.${this.id(seqColumn)} AS ${this.d.types.integer})) FROM ${this.staged(table.name)} s WHERE NOT EXISTS (SELECT 1 FROM ${this.id(table.name)} x WHERE x.${this.id('record_uid')} = s.${this.id('record_uid')} AND x.${this.id('version_number')} = CAST(s.${this.id('version_number')} AS ${this.d.types.integer})) GROUP BY s.${this.id('record_uid')}, s.${this.id('version_number')}`;
  }

  /** Insert the staged rows of the fresh record versions (a record table's, or one of its child tables'). */
  insertFresh(table: SqlTable, recordTable: SqlTable): string {
    const columns = table.columns.map((c) => this.id(c.name)).join(', ');
    const casts = table.columns.map((c) => (c.type === 'text' ? `s.${this.id(c.name)}` : `CAST(s.${this.id(c.name)} AS ${this.d.types[c.type]})`)).join(', ');
    const fresh = this.staged(`${recordTable.name}__fresh`);
    return `INSERT INTO ${this.id(table.name)} (${columns}) SELECT ${casts} FROM ${this.staged(table.name)} s WHERE CAST(s.${this.id(seqColumn)} AS ${this.d.types.integer}) IN (SELECT ${this.id('seq')} FROM ${fresh})`;
  }

  /** Each touched record's highest version is its current one, and only that (`touched`: a query of their uids, the staged rows' by default). */
  moveCurrent(table: SqlTable, touched = `SELECT ${this.id('record_uid')} FROM ${this.staged(table.name)}`): string {
    const t = this.id(table.name);
    const [uid, version, current] = ['record_uid', 'version_number', 'is_current'].map(this.id);
    return `UPDATE ${t} SET ${current} = (${t}.${version} = m.v) FROM (SELECT ${uid} AS u, max(${version}) AS v FROM ${t} WHERE ${uid} IN (${touched}) GROUP BY ${uid}) m WHERE ${t}.${uid} = m.u AND ${t}.${current} <> (${t}.${version} = m.v)`;
  }

  insertRejects(): string {
    const columns = rejectsTable.columns.map((c) => this.id(c.name)).join(', ');
    const casts = rejectsTable.columns.map((c) => (c.type === 'text' ? this.id(c.name) : `CAST(${this.id(c.name)} AS ${this.d.types[c.type]})`)).join(', ');
    return `INSERT INTO ${this.id(rejectsTable.name)} (${columns}) SELECT ${casts} FROM ${this.staged(rejectsTable.name)} ON CONFLICT DO NOTHING`;
  }

  stageRejects(): SqlTable {
    return rejectsTable;
  }
}

/** What a target gives the batch: a statement run (the rows it changed), and rows staged into a table's staging table. */
export interface SqlSession {
  run(sql: string): Promise<number>;
  stage(table: SqlTable, rows: readonly (readonly (string | null)[])[]): Promise<void>;
}

/**
 * One batch in one transaction, the same on every engine: stage every table's rows, pick the record versions not
 * loaded yet, insert those and their items, move the current flags, keep the rejects; roll back on any failure.
 */
export function runBatch(session: SqlSession, sql: BatchStatements, tables: readonly TableBatch[], rejects: readonly RejectRow[]): Promise<BatchOutcome> {
  return batchTransaction(session, sql, rejects, async () => {
    const records = tables.filter((t) => t.kind === 'record');
    for (const batch of tables) await session.stage(batch.table, batch.rows);
    for (const record of records) await session.run(sql.pickFresh(record.table));
    let loaded = 0;
    for (const record of records) loaded += await session.run(sql.insertFresh(record.table, record.table));
    for (const child of tables.filter((t) => t.kind === 'child')) {
      const parent = records.find((r) => r.table.name === child.table.parent?.table);
      if (!parent) throw new Error(`no record table for ${child.table.name}`);
      await session.run(sql.insertFresh(child.table, parent.table));
    }
    for (const record of records) await session.run(sql.moveCurrent(record.table));
    return loaded;
  });
}

/**
 * A batch's transaction, however its rows go in: `work` puts them in and says how many record versions it loaded,
 * then the rejects are kept; all of it rolled back on any failure.
 */
export async function batchTransaction(session: SqlSession, sql: BatchStatements, rejects: readonly RejectRow[], work: () => Promise<number>): Promise<BatchOutcome> {
  await session.run('BEGIN');
  try {
    const loaded = await work();
    let rejected = 0;
    if (rejects.length > 0) {
      await session.stage(sql.stageRejects(), rejects.map(rejectCells));
      rejected = await session.run(sql.insertRejects());
    }
    await session.run('COMMIT');
    return { loaded, rejected };
  } catch (error) {
    await session.run('ROLLBACK');
    throw error;
  }
}
