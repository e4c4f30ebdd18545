import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Client } from 'pg';
import { packageRoot, postgresDialect, type SqlTable } from '../../generator/src/kit.ts';
import { batchTransaction, BatchStatements, runBatch, seqColumn, stageName, type SqlSession } from './statements.ts';
import { tableBatches } from './rows.ts';
import type { BatchOutcome, BatchRecord, LoadTarget, RejectRow, TableBatch } from './target.ts';

/**
 * Records into PostgreSQL, a transaction a batch: rows staged into temporary tables with COPY, then inserted by SQL
 * where their record versions are not there yet; or, into tables this load made, copied straight into them.
 */
export class PostgresTarget implements LoadTarget {
  private readonly sql = new BatchStatements(postgresDialect);
  private readonly staged = new Set<string>();
  /** Whether this target made every table of the schema: they held nothing before this load. */
  private madeSchema = false;
  /** Batches this target has loaded. */
  private batches = 0;
  readonly keeps = 'value';

  private constructor(
    readonly shown: string,
    private readonly client: Client,
    private readonly copyFrom: (typeof import('pg-copy-streams'))['from'],
  ) {}

  /** Connect (the URL's password is never shown: `shown` is the URL without it). */
  static async open(url: string): Promise<PostgresTarget> {
    // Loaded only by load into PostgreSQL.
    const { default: pg } = await import('pg');
    const { from } = await import('pg-copy-streams');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return new PostgresTarget(withoutPassword(url), client, from);
  }

  async ensureSchema(): Promise<boolean> {
    const found = await this.client.query("SELECT to_regclass('load__rejects') IS NOT NULL AS present");
    if (found.rows[0]?.present === true) return false;
    const schema = readFileSync(join(packageRoot(), 'generated', 'sql', 'postgres', 'schema.sql'), 'utf8');
    // Tables copied into directly must have held nothing: none of the schema's tables may be there already (a schema
    // made in part by hand, or by an older script without the rejects table).
    const names = [...schema.matchAll(/^CREATE TABLE IF NOT EXISTS "((?:[^"]|"")+)"/gm)].map((m) => m[1]!.replaceAll('""', '"'));
    const present = await this.client.query<{ n: string }>("SELECT count(*) AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = current_schema() AND c.relname = ANY($1)", [names]);
    // One query string: PostgreSQL runs it as one transaction.
    await this.client.query(schema);
    this.madeSchema = Number(present.rows[0]?.n) === 0;
    return true;
  }

  loadBatch(records: readonly BatchRecord[], rejects: readonly RejectRow[]): Promise<BatchOutcome> {
    const session = { run: async (sql: string) => (await this.client.query(sql)).rowCount ?? 0, stage: (table: SqlTable, rows: readonly (readonly (string | null)[])[]) => this.stage(table, rows) };
    const tables = tableBatches(records);
    return this.madeSchema ? this.loadIntoNew(session, tables, rejects) : runBatch(session, this.sql, tables, rejects);
  }

  /**
   * A batch into the tables this load made: every record version in it is new to them (nothing else was there, and
   * load.ts takes each version once), so its rows are copied straight into their tables, records before their items
   * (which refer to them), with no staging to pick the new ones from; the current flags move for the records the
   * batch touched, whose uids alone are staged. A load of 101 MB into a new database: medians 5.76 s against 6.64 s
   * through staging (five paired rounds, cold, as processes). Another load into the same new tables at the same time
   * fails on their keys and rolls back, as it would through staging.
   */
  private loadIntoNew(session: SqlSession, tables: readonly TableBatch[], rejects: readonly RejectRow[]): Promise<BatchOutcome> {
    return batchTransaction(session, this.sql, rejects, async () => {
      const records = tables.filter((t) => t.kind === 'record');
      const ordered = [...records, ...tables.filter((t) => t.kind === 'child')];
      const copyAll = async () => {
        for (const batch of ordered) await this.copy(batch.table.name, batch.table.columns.map((c) => c.name), batch.rows.map((row) => row.slice(1)));
      };
      // Into empty tables the keys are checked once, after the copy; into rows already there, as each row comes.
      if ((this.batches += 1) === 1) await this.checkingKeysAfter(ordered.map((batch) => batch.table.name), copyAll);
      else await copyAll();
      const uids = records.flatMap((batch) => {
        const uidAt = 1 + batch.table.columns.findIndex((c) => c.name === 'record_uid');
        return [...new Set(batch.rows.map((row) => row[uidAt]!))].map((uid) => [null, batch.table.name, uid]);
      });
      await session.stage(touchedTable, uids);
      const id = postgresDialect.identifier;
      const touched = (table: string) => `SELECT ${id('record_uid')} FROM ${id(stageName(touchedTable.name))} WHERE ${id('table_name')} = ${postgresDialect.string(table)}`;
      for (const batch of records) await session.run(this.sql.moveCurrent(batch.table, touched(batch.table.name)));
      return records.reduce((n, batch) => n + batch.rows.length, 0);
    });
  }

  /**
   * Run `work` with the foreign keys of these tables taken off and put back after it, in the same transaction, so that
   * PostgreSQL checks each key once over the whole table (one join) rather than once a row, as its documentation
   * advises for a first load ("Populating a Database"). A row that breaks a key fails the batch as before, when the
   * key is put back. The 138 keys that tie child rows to their record's version took 1 s of the 2.1 s the rows of
   * 101 MB took to copy; the load, into a new database, went from a median 5.34 s to 4.64 s (five paired rounds, cold,
   * as processes). Only the first batch: later ones would check the rows of all the batches before them again.
   */
  private async checkingKeysAfter(tables: readonly string[], work: () => Promise<void>): Promise<void> {
    const id = postgresDialect.identifier;
    const keys = (await this.client.query<{ t: string; name: string; def: string }>("SELECT cl.relname AS t, co.conname AS name, pg_get_constraintdef(co.oid) AS def FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace WHERE co.contype = 'f' AND n.nspname = current_schema() AND cl.relname = ANY($1) ORDER BY 1, 2", [tables])).rows;
    if (keys.length > 0) await this.client.query(keys.map((k) => `ALTER TABLE ${id(k.t)} DROP CONSTRAINT ${id(k.name)}`).join(';\n'));
    await work();
    // The definitions are PostgreSQL's own reading of the generated schema's keys.
    if (keys.length > 0) await this.client.query(keys.map((k) => `ALTER TABLE ${id(k.t)} ADD CONSTRAINT ${id(k.name)} ${k.def}`).join(';\n'));
  }

  private async copy(table: string, columns: readonly string[], rows: readonly (readonly (string | null)[])[]): Promise<void> {
    const id = postgresDialect.identifier;
    await pipeline(Readable.from(copyText(rows)), this.client.query(this.copyFrom(`COPY ${id(table)} (${columns.map(id).join(', ')}) FROM STDIN`)));
  }

  private async stage(table: SqlTable, rows: readonly (readonly (string | null)[])[]): Promise<void> {
    if (!this.staged.has(table.name)) {
      await this.client.query(this.sql.createStage(table));
      this.staged.add(table.name);
    }
    await this.client.query(this.sql.clearStage(table));
    await this.copy(stageName(table.name), [seqColumn, ...table.columns.map((c) => c.name)], rows);
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

/**
 * Rows in COPY's text format, a piece of at least `pieceChars` characters at a time: each piece the stream yields is
 * a message to the server, and a message a row made 300,000 of them for 101 MB (staging took 2.2 s of the batch;
 * in pieces of 64 K, 1.1 s).
 */
export function* copyText(rows: readonly (readonly (string | null)[])[], pieceChars = 64 * 1024): Generator<string> {
  let piece = '';
  for (const row of rows) {
    piece += `${row.map(copyCell).join('\t')}\n`;
    if (piece.length >= pieceChars) {
      yield piece;
      piece = '';
    }
  }
  if (piece !== '') yield piece;
}

/** The record uids a batch into new tables touched, by table: the records whose current flags may move. */
const touchedTable: SqlTable = {
  name: 'touched',
  comment: 'The record uids of a batch, by the table they are in.',
  primaryKey: [],
  columns: [
    { name: 'table_name', type: 'text', path: [], role: 'value', notNull: true, comment: 'The record table.' },
    { name: 'record_uid', type: 'text', path: [], role: 'value', notNull: true, comment: 'A record uid the batch holds.' },
  ],
};

/** COPY's text format: \N for null; a backslash, tab, newline or carriage return escaped. */
function copyCell(cell: string | null): string {
  if (cell === null) return '\\N';
  // Most cells hold none of the four: a test is much cheaper than a replace with a function (in a profile of a load of
  // 101 MB, 0.41 s of this thread's time went to this function and its pattern, 0.15 s with the test first).
  if (!copySpecial.test(cell)) return cell;
  return cell.replace(copySpecials, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

const copySpecial = /[\\\t\n\r]/;
const copySpecials = /[\\\t\n\r]/g;

/** A connection URL as it may be shown: its password replaced. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}
