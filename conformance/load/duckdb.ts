import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { duckdbDialect, packageRoot, type SqlTable } from '../../generator/src/kit.ts';
import { DocumentStatements, docsStage, documentOf } from './documents.ts';
import { BatchStatements, stageName } from './statements.ts';
import { rejectCells, type BatchOutcome, type BatchRecord, type LoadTarget, type RejectRow } from './target.ts';
import type { DuckDBAppender, DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

/**
 * Records into a DuckDB database file (embedded). Each valid record is staged whole, as JSON text in UTF-8, with
 * DuckDB's appender, and DuckDB flattens it into its tables by SQL (documents.ts); rejects are staged as text cells.
 */
export class DuckDbTarget implements LoadTarget {
  private readonly sql = new BatchStatements(duckdbDialect);
  private readonly docs = new DocumentStatements();
  private readonly staged = new Set<string>();
  readonly keeps = 'document';

  private constructor(
    readonly shown: string,
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  static async open(path: string, shown: string): Promise<DuckDbTarget> {
    // Loaded only by load: no other command pays for DuckDB's engine.
    const { DuckDBInstance } = await import('@duckdb/node-api');
    // A commit writes the write-ahead log only, and the database file is written once, at the end (close): checkpointed
    // at every commit, each batch rewrote the row groups the one before had left part full (4 batches of 25,000
    // records: 5.5 s of commits against 0.9 s).
    const instance = await DuckDBInstance.create(path, { checkpoint_threshold: '1000GB' });
    return new DuckDbTarget(shown, instance, await instance.connect());
  }

  async ensureSchema(): Promise<boolean> {
    const found = await this.connection.runAndReadAll("SELECT count(*) AS n FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = 'load__rejects'");
    if (Number(found.getRowObjectsJS()[0]!['n']) > 0) return false;
    // One transaction: DuckDB would otherwise commit (and log) each of its thousand statements on its own.
    await this.connection.run(`BEGIN TRANSACTION;\n${readFileSync(join(packageRoot(), 'generated', 'sql', 'duckdb', 'schema.sql'), 'utf8')}\nCOMMIT;`);
    return true;
  }

  /**
   * One transaction: stage the documents, then per class parse them once and insert the rows not there yet. The last
   * batch's commit checkpoints (the threshold lowered just before it), so that DuckDB writes its rows to the database
   * file once, not to the write-ahead log first and again at close: 0.3 s of a 101 MB load (one batch), cold as
   * processes, five paired rounds, medians 3.77 s against 4.06 s.
   */
  async loadBatch(records: readonly BatchRecord[], rejects: readonly RejectRow[], last = false): Promise<BatchOutcome> {
    const run = async (sql: string) => Number((await this.connection.run(sql)).rowsChanged);
    await run('BEGIN TRANSACTION');
    try {
      const classes = await this.stageDocuments(records);
      let loaded = 0;
      for (const [entry, cls] of classes) {
        await run(this.docs.parse(cls, entry));
        loaded += await run(this.docs.insertRecord(entry.table));
        for (const child of entry.children) await run(this.docs.insertChild(child));
        await run(this.docs.moveCurrent(cls, entry.table));
      }
      let rejected = 0;
      if (rejects.length > 0) {
        await this.stageCells(this.sql.stageRejects(), rejects.map(rejectCells));
        rejected = await run(this.sql.insertRejects());
      }
      if (last) await run("SET checkpoint_threshold = '0b'");
      await run('COMMIT');
      return { loaded, rejected };
    } catch (error) {
      await run('ROLLBACK');
      throw error;
    }
  }

  /** The batch's valid records as JSON text, a row each; the classes they are of, each with a number of this batch's. */
  private async stageDocuments(records: readonly BatchRecord[]): Promise<Map<BatchRecord['tables'], number>> {
    if (!this.staged.has(docsStage)) {
      await this.connection.run(this.docs.createStage());
      this.staged.add(docsStage);
    }
    await this.connection.run(this.docs.clearStage());
    const classes = new Map<BatchRecord['tables'], number>();
    const appender: DuckDBAppender = await this.connection.createAppender(docsStage, 'main', 'temp');
    for (const record of records) {
      let cls = classes.get(record.tables);
      if (cls === undefined) classes.set(record.tables, (cls = classes.size));
      appender.appendInteger(record.seq);
      appender.appendInteger(cls);
      appender.appendVarchar(record.uid);
      appender.appendBigInt(BigInt(record.version));
      appender.appendBlob('document' in record ? record.document : documentOf(record.value));
      appender.endRow();
    }
    appender.flushSync();
    appender.closeSync();
    return classes;
  }

  private async stageCells(table: SqlTable, rows: readonly (readonly (string | null)[])[]): Promise<void> {
    if (!this.staged.has(table.name)) {
      await this.connection.run(this.sql.createStage(table));
      this.staged.add(table.name);
    }
    await this.connection.run(this.sql.clearStage(table));
    await appendCells(this.connection, stageName(table.name), rows);
  }

  async close(): Promise<void> {
    try {
      // What the batches committed goes from the log into the database file (DuckDB would do it on closing too).
      await this.connection.run('CHECKPOINT');
    } finally {
      this.connection.closeSync();
      this.instance.closeSync();
    }
  }
}

/** Rows of text cells (or nulls) into a temporary table, with DuckDB's appender. */
export async function appendCells(connection: DuckDBConnection, table: string, rows: readonly (readonly (string | null)[])[]): Promise<void> {
  const appender: DuckDBAppender = await connection.createAppender(table, 'main', 'temp');
  for (const row of rows) {
    for (const cell of row) {
      if (cell === null) appender.appendNull();
      else appender.appendVarchar(cell);
    }
    appender.endRow();
  }
  appender.flushSync();
  appender.closeSync();
}
