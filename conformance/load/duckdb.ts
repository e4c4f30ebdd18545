import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { duckdbDialect, packageRoot, type SqlTable } from '../../generator/src/kit.ts';
import { BatchStatements, runBatch, stageName } from './statements.ts';
import type { BatchOutcome, LoadTarget, RejectRow, TableBatch } from './target.ts';
import type { DuckDBAppender, DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

/** Records into a DuckDB database file (embedded): rows staged with DuckDB's appender, then inserted by SQL. */
export class DuckDbTarget implements LoadTarget {
  private readonly sql = new BatchStatements(duckdbDialect);
  private readonly staged = new Set<string>();

  private constructor(
    readonly shown: string,
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  static async open(path: string, shown: string): Promise<DuckDbTarget> {
    // Loaded only by load: no other command pays for DuckDB's engine.
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(path);
    return new DuckDbTarget(shown, instance, await instance.connect());
  }

  async ensureSchema(): Promise<boolean> {
    const found = await this.connection.runAndReadAll("SELECT count(*) AS n FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = 'load__rejects'");
    if (Number(found.getRowObjectsJS()[0]!['n']) > 0) return false;
    // One transaction: DuckDB would otherwise commit (and log) each of its thousand statements on its own.
    await this.connection.run(`BEGIN TRANSACTION;\n${readFileSync(join(packageRoot(), 'generated', 'sql', 'duckdb', 'schema.sql'), 'utf8')}\nCOMMIT;`);
    return true;
  }

  loadBatch(tables: readonly TableBatch[], rejects: readonly RejectRow[]): Promise<BatchOutcome> {
    return runBatch({ run: async (sql) => Number((await this.connection.run(sql)).rowsChanged), stage: (table, rows) => this.stage(table, rows) }, this.sql, tables, rejects);
  }

  private async stage(table: SqlTable, rows: readonly (readonly (string | null)[])[]): Promise<void> {
    if (!this.staged.has(table.name)) {
      await this.connection.run(this.sql.createStage(table));
      this.staged.add(table.name);
    }
    await this.connection.run(this.sql.clearStage(table));
    const appender: DuckDBAppender = await this.connection.createAppender(stageName(table.name), 'main', 'temp');
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

  async close(): Promise<void> {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
