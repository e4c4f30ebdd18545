import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { loadRuntimeModel } from '../../generator/src/kit.ts';
import { runCli } from '../../generator/test/support/cli.ts';
import { repoRoot } from '../../generator/test/support/paths.ts';
import { RecordChecker } from '../files/checker.ts';
import { loadValidators } from '../files/engine.ts';
import { tempDir } from '../../generator/test/support/generated.ts';

type Json = Record<string, unknown>;

async function query(file: string, sql: string): Promise<Json[]> {
  const instance = await DuckDBInstance.create(file);
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Json[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Every table's row count and every record table's current rows: what "changes nothing" is measured by. */
async function snapshot(file: string): Promise<Json[]> {
  const tables = await query(file, "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1");
  const sql = tables.map((t) => `SELECT '${String(t['table_name'])}' AS t, count(*) AS n FROM "${String(t['table_name'])}"`).join(' UNION ALL ');
  return query(file, `${sql} ORDER BY t`);
}

describe('asc-mods load (into DuckDB)', () => {
  it('loads valid records, keeps the invalid ones with their findings, reconciles, and changes nothing when run again', async () => {
    const dir = tempDir('load');
    expect((await runCli(['examples', '--count', '200', '--seed', '21', '--invalid-rate', '0.5', '--out', 'mixed.ndjson'], dir)).code).toBe(0);
    const first = await runCli(['load', 'mixed.ndjson', '--into', 'duckdb:care.duckdb', '--format', 'json'], dir);
    expect(first.stderr).toBe('');
    const summary = JSON.parse(first.stdout) as { read: number; loaded: number; already: number; rejected: number; rejectedNew: number; schemaCreated: boolean };
    expect(summary.schemaCreated).toBe(true);
    expect(summary.rejected).toBeGreaterThan(0);
    expect(first.code).toBe(1);
    expect(summary.loaded + summary.already + summary.rejected).toBe(summary.read);

    // Load rejects what validate's check of each record refuses, and a record uid and version that came before:
    // record for record. (validate also refuses, across records, a version sequence with a gap: that needs every
    // version, and is validate's alone, so validate finds more.)
    const records = readFileSync(join(dir, 'mixed.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Json);
    const checker = new RecordChecker(await loadRuntimeModel(repoRoot), await loadValidators(repoRoot), new Date(), undefined, 'published');
    const taken = new Set<string>();
    const refused = records.filter((value, i) => {
      const errors = checker.check({ value, location: { file: 'mixed.ndjson', line: i + 1, record: i + 1 } }).findings.filter((f) => f.severity === 'error');
      const key = `${String(value['record_type'])}/${String(value['record_uid'])}/${String(value['version_number'])}`;
      if (errors.length > 0) return true;
      if (taken.has(key)) return true;
      taken.add(key);
      return false;
    });
    expect(summary.rejected).toBe(refused.length);
    expect(refused.length).toBeLessThan(records.length);
    const checked = JSON.parse((await runCli(['validate', 'mixed.ndjson', '--format', 'json', '--no-progress'], dir)).stdout) as { totals: { invalid: number } };
    expect(summary.rejected).toBeLessThanOrEqual(checked.totals.invalid);
    const file = join(dir, 'care.duckdb');
    const [rejects] = await query(file, 'SELECT count(*) AS n, count(*) FILTER (WHERE json_array_length(findings) > 0) AS explained FROM load__rejects');
    expect(rejects).toEqual({ n: BigInt(summary.rejectedNew), explained: BigInt(summary.rejectedNew) });

    // Every version kept, and exactly one current row per record: its highest version.
    const [soc] = await query(file, 'SELECT count(*) AS rows, count(DISTINCT record_uid) AS records, count(*) FILTER (WHERE is_current) AS current FROM subject_of_care');
    expect(soc!['records']).toBe(soc!['current']);
    const [wrong] = await query(file, 'SELECT count(*) AS n FROM subject_of_care s WHERE is_current <> (version_number = (SELECT max(version_number) FROM subject_of_care x WHERE x.record_uid = s.record_uid))');
    expect(wrong!['n']).toBe(0n);

    // A record's values come back from its tables: its partial dates as their first day and precision, its change log as rows.
    const rejectedUids = new Set((await query(file, 'SELECT record_uid FROM load__rejects')).map((r) => r['record_uid']));
    const person = records.find((r) => r['record_type'] === 'subject_of_care' && !rejectedUids.has(r['record_uid']) && typeof (r['demographics'] as Json | undefined)?.['date_of_birth'] === 'string')!;
    const [row] = await query(file, `SELECT CAST(demographics__date_of_birth AS VARCHAR) AS dob, demographics__date_of_birth__precision AS precision FROM subject_of_care WHERE record_uid = '${String(person['record_uid'])}' AND version_number = ${String(person['version_number'])}`);
    const dob = String((person['demographics'] as Json)['date_of_birth']);
    expect(row).toEqual({ dob: `${dob}-01-01`.slice(0, 10), precision: ['year', 'month', 'day'][dob.split('-').length - 1] });
    const log = await query(file, `SELECT ordinal, change_type__code FROM subject_of_care__change_log WHERE record_uid = '${String(person['record_uid'])}' AND version_number = ${String(person['version_number'])} ORDER BY ordinal`);
    expect(log).toEqual((person['change_log'] as Json[]).map((e, i) => ({ ordinal: BigInt(i + 1), change_type__code: (e['change_type'] as Json)['code'] })));

    // Loading the same file again changes nothing.
    const before = await snapshot(file);
    const again = await runCli(['load', 'mixed.ndjson', '--into', 'duckdb:care.duckdb', '--format', 'json'], dir);
    const second = JSON.parse(again.stdout) as typeof summary;
    expect(second).toMatchObject({ read: summary.read, loaded: 0, already: summary.loaded + summary.already, rejected: summary.rejected, rejectedNew: 0, schemaCreated: false });
    expect(await snapshot(file)).toEqual(before);
  }, 120_000);

  it('says plainly what it needs: one-line usage errors, exit 2', async () => {
    const dir = tempDir('load-usage');
    writeFileSync(join(dir, 'r.ndjson'), '');
    for (const [args, message] of [
      [['load'], 'load needs at least one file or folder of records'],
      [['load', 'missing.ndjson'], 'no such file or folder: missing.ndjson'],
      [['load', 'r.ndjson', '--into', 'mysql://x'], '--into is duckdb:<file> or a .duckdb file, not "mysql://x"'],
      [['load', 'r.ndjson', '--batch', '0'], '--batch is a whole number from 1 to 1000000, not "0"'],
    ] as const) {
      const run = await runCli([...args], dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toBe(`asc-mods load: ${message}\nRun 'asc-mods load --help' for its options.\n`);
    }
    const notDb = join(dir, 'text.duckdb');
    writeFileSync(notDb, 'this is not a database');
    const run = await runCli(['load', 'r.ndjson', '--into', 'text.duckdb'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^asc-mods load: cannot open text\.duckdb as a DuckDB database \(.+\)\n$/);
  });
});
