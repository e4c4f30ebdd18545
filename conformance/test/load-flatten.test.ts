import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { duckdbDialect, loadRuntimeModel, sqlModel } from '../../generator/src/kit.ts';
import { runCli } from '../../generator/test/support/cli.ts';
import { repoRoot } from '../../generator/test/support/paths.ts';
import { tempDir } from '../../generator/test/support/generated.ts';
import { appendCells, DuckDbTarget } from '../load/duckdb.ts';
import { documentOf, documentText } from '../load/documents.ts';
import { tableBatches, tablesByClass } from '../load/rows.ts';
import { BatchStatements, runBatch, stageName } from '../load/statements.ts';
import type { BatchRecord } from '../load/target.ts';

type Json = Record<string, unknown>;

/**
 * DuckDB flattens the records it loads by SQL (load/documents.ts); PostgreSQL is given rows flattened in JavaScript
 * (load/rows.ts). Both must give the same rows: the same records are loaded into one DuckDB file each way (the
 * JavaScript rows through the statements PostgreSQL runs) and every table is compared, row for row, cell for cell.
 */
describe('DuckDB flattens records as rows.ts does', () => {
  it('gives every table the same rows, hostile text included', async () => {
    const dir = tempDir('load-flatten');
    expect((await runCli(['examples', '--count', '400', '--seed', '5', '--out', 'valid.ndjson'], dir)).code).toBe(0);
    const values = readFileSync(join(dir, 'valid.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Json);
    // Text that SQL, JSON and UTF-8 each treat specially: quotes, backslashes, a NUL, a lone surrogate (which
    // UTF-8 cannot hold: both ways store U+FFFD), a pair, and a backslash before the letters of a surrogate escape.
    const hostile = ["it's \"quoted\" \\ back\\slash \\N\t\n", 'nul \u0000 here', 'lone \ud800 and \udfff', 'pair \u{1F600}', 'not an escape \\ud800'];
    let planted = 0;
    for (const value of values) {
      if (value['record_type'] === 'alert' && typeof value['free_text'] === 'string' && planted < hostile.length) value['free_text'] = hostile[planted++];
    }
    expect(planted).toBe(hostile.length);
    // Partial dates, each kind: a year, a year and month.
    const people = values.filter((v) => v['record_type'] === 'subject_of_care' && typeof (v['demographics'] as Json | undefined)?.['date_of_birth'] === 'string');
    for (const [i, partial] of ['1950', '1950-06'].entries()) (people[i]!['demographics'] as Json)['date_of_birth'] = partial;
    const model = await loadRuntimeModel(repoRoot);
    const tables = tablesByClass(sqlModel(model));
    // Each record as each target keeps it: DuckDB its JSON text, PostgreSQL its value.
    const identities = values.map((value, i) => ({ seq: i + 1, tables: tables.get(String(value['record_type']))!, uid: String(value['record_uid']), version: Number(value['version_number']) }));
    expect(identities.every((r) => r.tables !== undefined)).toBe(true);
    // DuckDB is given the text as a file might hold it: every third record spread over lines, with its version number
    // written as 1.0e0 (load stages the line as it was read, not the value written again).
    const asRead = (value: Json, i: number) => (i % 3 === 0 ? JSON.stringify(value, null, 1).replace(/"version_number": (\d+)/, '"version_number": $1.0e0') : undefined);
    expect(asRead(values[0]!, 0)).toMatch(/"version_number": \d+\.0e0/);
    const records: BatchRecord[] = identities.map((identity, i) => ({ ...identity, document: documentOf(values[i], asRead(values[i]!, i)) }));
    const asValues: BatchRecord[] = identities.map((identity, i) => ({ ...identity, value: values[i]! }));

    // By SQL, as load does.
    const bySql = await DuckDbTarget.open(join(dir, 'sql.duckdb'), 'sql.duckdb');
    await bySql.ensureSchema();
    expect(await bySql.loadBatch(records, [])).toEqual({ loaded: records.length, rejected: 0 });
    await bySql.close();

    // From rows.ts, staged as text and cast by the statements PostgreSQL's batches run.
    const instance = await DuckDBInstance.create(join(dir, 'rows.duckdb'));
    const rows = await instance.connect();
    await rows.run(`BEGIN TRANSACTION;\n${readFileSync(join(repoRoot, 'generated', 'sql', 'duckdb', 'schema.sql'), 'utf8')}\nCOMMIT;`);
    const statements = new BatchStatements(duckdbDialect);
    const outcome = await runBatch({ run: async (sql) => Number((await rows.run(sql)).rowsChanged), stage: (table, cells) => stageText(rows, statements.createStage(table), stageName(table.name), cells) }, statements, tableBatches(asValues), []);
    expect(outcome.loaded).toBe(records.length);
    rows.closeSync();
    instance.closeSync();

    const sql = await readAll(join(dir, 'sql.duckdb'));
    const js = await readAll(join(dir, 'rows.duckdb'));
    expect(Object.keys(sql)).toEqual(Object.keys(js));
    let cells = 0;
    for (const [table, content] of Object.entries(js)) {
      expect({ table, rows: sql[table] }).toEqual({ table, rows: content });
      cells += content.reduce((n, row) => n + Object.values(row).filter((v) => v !== null).length, 0);
    }
    // Not two empty databases: thousands of values compared, and the hostile text among them, as it was given.
    expect(cells).toBeGreaterThan(10_000);
    const freeText = sql['alert']!.map((row) => row['free_text']);
    const precisions = sql['subject_of_care']!.map((row) => row['demographics__date_of_birth__precision']);
    expect(new Set(precisions)).toEqual(new Set(['year', 'month', 'day']));
    for (const text of hostile) expect(freeText).toContain(text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
  }, 120_000);

  it('keeps the text a record was read from, or writes the value, with a lone surrogate as U+FFFD, which DuckDB reads', () => {
    expect(documentText({ a: 'x\ud800y' })).toBe('{"a":"x\ufffdy"}');
    expect(documentText({ a: 'x\udc00' })).toBe('{"a":"x\ufffd"}');
    for (const value of [{ a: '\u{1F600}' }, { a: 'back\\ud800slash' }, { a: 'nul \u0000', b: [1.5e-7, true, null] }]) expect(documentText(value)).toBe(JSON.stringify(value));
    // The text a record was read from is kept as it is, unless it holds a surrogate's escape DuckDB may refuse.
    expect(documentText({ a: 1 }, '{ "a": 1.0 }')).toBe('{ "a": 1.0 }');
    expect(documentText({ a: 'x\ud800' }, '{"a":"x\\ud800"}')).toBe('{"a":"x\ufffd"}');
    expect(documentText({ a: '\u{1F600}' }, '{"a":"\\ud83d\\ude00"}')).toBe('{"a":"\u{1F600}"}');
    // The bytes a line was read from are the document itself, unless its text needs a surrogate's escape replaced.
    const line = Buffer.from('{ "a": "caf\u00e9" }');
    expect(documentOf({ a: 'caf\u00e9' }, line.toString('utf8'), line)).toBe(line);
    expect(Buffer.from(documentOf({ a: 'x\ud800' }, '{"a":"x\\ud800"}', Buffer.from('{"a":"x\\ud800"}'))).toString('utf8')).toBe('{"a":"x\ufffd"}');
    expect(Buffer.from(documentOf({ a: 1 })).toString('utf8')).toBe('{"a":1}');
  });

  it("flags each record current at its highest version, its versions in any order across batches", async () => {
    const dir = tempDir('load-current');
    expect((await runCli(['examples', '--count', '120', '--seed', '13', '--out', 'valid.ndjson'], dir)).code).toBe(0);
    // Newest first, so that a record's later version is loaded a batch before its earlier ones.
    const lines = readFileSync(join(dir, 'valid.ndjson'), 'utf8').trimEnd().split('\n').reverse();
    writeFileSync(join(dir, 'shuffled.ndjson'), `${lines.join('\n')}\n`);
    expect((await runCli(['load', 'shuffled.ndjson', '--into', 'duckdb:care.duckdb', '--batch', '40', '--format', 'json'], dir)).code).toBe(0);
    const uids = lines.map((l) => String((JSON.parse(l) as Json)['record_uid']));
    expect(uids.some((uid, i) => uids.lastIndexOf(uid) >= Math.ceil((i + 1) / 40) * 40)).toBe(true);
    const tables = tablesByClass(sqlModel(await loadRuntimeModel(repoRoot)));
    const instance = await DuckDBInstance.create(join(dir, 'care.duckdb'));
    const connection = await instance.connect();
    try {
      let rows = 0;
      for (const { table } of tables.values()) {
        const t = `"${table.name}"`;
        const wrong = (await connection.runAndReadAll(`SELECT count(*) AS n, count(*) FILTER (WHERE is_current <> (version_number = (SELECT max(version_number) FROM ${t} x WHERE x.record_uid = s.record_uid))) AS wrong FROM ${t} s`)).getRowObjectsJS()[0]!;
        rows += Number(wrong['n']);
        expect({ table: table.name, wrong: Number(wrong['wrong']) }).toEqual({ table: table.name, wrong: 0 });
      }
      expect(rows).toBe(lines.length);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  }, 60_000);

  it('writes the last batch straight to the database file, where an earlier batch goes to the write-ahead log', async () => {
    const dir = tempDir('load-last-batch');
    expect((await runCli(['examples', '--count', '40', '--seed', '3', '--out', 'valid.ndjson'], dir)).code).toBe(0);
    const values = readFileSync(join(dir, 'valid.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Json);
    const tables = tablesByClass(sqlModel(await loadRuntimeModel(repoRoot)));
    const batch = (from: number, to: number): BatchRecord[] => values.slice(from, to).map((value, i) => ({ seq: i + 1, tables: tables.get(String(value['record_type']))!, uid: String(value['record_uid']), version: Number(value['version_number']), document: documentOf(value) }));
    const half = Math.floor(values.length / 2);
    const path = join(dir, 'care.duckdb');
    const target = await DuckDbTarget.open(path, 'care.duckdb');
    const logged = () => (existsSync(`${path}.wal`) ? statSync(`${path}.wal`).size : 0);
    try {
      await target.ensureSchema();
      await target.loadBatch(batch(0, half), []);
      expect(logged()).toBeGreaterThan(0);
      expect((await target.loadBatch(batch(half, values.length), [], true)).loaded).toBe(values.length - half);
      // Checkpointed at the commit: nothing left in the log for close to write again.
      expect(logged()).toBe(0);
    } finally {
      await target.close();
    }
    const instance = await DuckDBInstance.create(path);
    const connection = await instance.connect();
    const counted = await connection.runAndReadAll("SELECT count(*) AS n FROM load__rejects");
    expect(Number(counted.getRowObjectsJS()[0]!['n'])).toBe(0);
    const rows = Object.values(await readAll(path)).length;
    connection.closeSync();
    instance.closeSync();
    expect(rows).toBeGreaterThan(5);
  }, 60_000);
});

async function stageText(connection: DuckDBConnection, create: string, name: string, cells: readonly (readonly (string | null)[])[]): Promise<void> {
  await connection.run(create);
  await connection.run(`DELETE FROM "${name}"`);
  await appendCells(connection, name, cells);
}

/** Every table of the model with rows, each row's cells as text, in key order. */
async function readAll(path: string): Promise<Record<string, Json[]>> {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  try {
    const names = (await connection.runAndReadAll("SELECT table_name AS t FROM duckdb_tables() WHERE schema_name = 'main' AND table_name NOT LIKE 'vs\\_\\_%' ESCAPE '\\' ORDER BY 1")).getRowObjectsJS().map((r) => String(r['t']));
    const out: Record<string, Json[]> = {};
    for (const name of names) {
      const columns = (await connection.runAndReadAll(`SELECT column_name AS c FROM duckdb_columns() WHERE table_name = '${name}' ORDER BY column_index`)).getRowObjectsJS().map((r) => String(r['c']));
      const key = columns.filter((c) => ['record_uid', 'version_number', 'ordinal'].includes(c)).map((c) => `"${c}"`);
      const result = await connection.runAndReadAll(`SELECT ${columns.map((c) => `CAST("${c}" AS VARCHAR) AS "${c}"`).join(', ')} FROM "${name}"${key.length > 0 ? ` ORDER BY ${key.join(', ')}` : ''}`);
      const rows = result.getRowObjectsJS() as Json[];
      if (rows.length > 0) out[name] = rows;
    }
    return out;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
