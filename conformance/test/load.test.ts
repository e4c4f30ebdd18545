import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRuntimeModel } from '../../generator/src/kit.ts';
import { runCli } from '../../generator/test/support/cli.ts';
import { main } from '../../cli/main.ts';
import { repoRoot } from '../../generator/test/support/paths.ts';
import { RecordChecker } from '../files/checker.ts';
import { BatchState } from '../files/checks/batch.ts';
import { engineChecks } from '../../generator/src/emit/sql/checks.ts';
import { sqlModel } from '../../generator/src/kit.ts';
import { loadValidators } from '../files/engine.ts';
import { tempDir } from '../../generator/test/support/generated.ts';
import { adminQuery, databaseUrl, postgresServer } from './postgres-support.ts';

type Json = Record<string, unknown>;

/** A database to load into: what --into names, and how the test reads it back (results as JS values, counts as numbers). */
interface Target {
  readonly into: (dir: string) => string;
  readonly query: (dir: string, sql: string) => Promise<Json[]>;
}

const numbers = (rows: Json[]) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));

const duck: Target = {
  into: () => 'duckdb:care.duckdb',
  query: async (dir, sql) => {
    const instance = await DuckDBInstance.create(join(dir, 'care.duckdb'));
    const connection = await instance.connect();
    try {
      return numbers((await connection.runAndReadAll(sql)).getRowObjectsJS() as Json[]);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  },
};

// PostgreSQL: a database of its own per test file, in the server .ci/run starts.
const url = postgresServer;
const database = `asc_mods_load_${process.pid}`;
const postgresTarget: Target = {
  into: () => databaseUrl(database),
  query: async (_dir, sql) => {
    const client = new pg.Client({ connectionString: databaseUrl(database) });
    await client.connect();
    try {
      // Several statements give a result each: the last is the answer.
      const results = await client.query(sql);
      const last = Array.isArray(results) ? results[results.length - 1]! : results;
      return numbers((last.rows ?? []) as Json[]).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && /^\d+$/.test(v) && k !== 'record_uid' ? Number(v) : v])));
    } finally {
      await client.end();
    }
  },
};
const admin = adminQuery;
afterAll(async () => {
  if (url !== undefined) await admin(`DROP DATABASE IF EXISTS ${database}`);
});

const tableList = { duckdb: "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1", postgres: "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1" };

/** Every table's row count: what "changes nothing" is measured by. */
async function snapshot(target: Target, dir: string, engine: keyof typeof tableList): Promise<Json[]> {
  const tables = await target.query(dir, tableList[engine]);
  const sql = tables.map((t) => `SELECT '${String(t['table_name'])}' AS t, count(*) AS n FROM "${String(t['table_name'])}"`).join(' UNION ALL ');
  return target.query(dir, `${sql} ORDER BY t`);
}

const engines: [string, keyof typeof tableList, Target, boolean][] = [
  ['DuckDB', 'duckdb', duck, true],
  ['PostgreSQL (skipped without ASC_MODS_TEST_POSTGRES, the server .ci/run starts)', 'postgres', postgresTarget, url !== undefined],
];

describe.each(engines)('asc-mods load into %s', (_name, engine, target, available) => {
  it.skipIf(!available)('loads valid records, keeps the invalid ones with their findings, reconciles, and changes nothing when run again', async () => {
    if (engine === 'postgres') await admin(`DROP DATABASE IF EXISTS ${database}; `).then(() => admin(`CREATE DATABASE ${database}`));
    const dir = tempDir('load');
    expect((await runCli(['examples', '--count', '200', '--seed', '21', '--invalid-rate', '0.5', '--out', 'mixed.ndjson'], dir)).code).toBe(0);
    // Hostile text in a valid record: what COPY's text format and SQL strings escape, and what they do not.
    const hostile = "tab\there, new\nline, back\\slash \\N, 'quote' \"double\" ; DROP TABLE alert; --, \u00e9\u00e8 \u{1F600}";
    const lines = readFileSync(join(dir, 'mixed.ndjson'), 'utf8').trimEnd().split('\n');
    const alertLine = lines.findIndex((l) => (JSON.parse(l) as Json)['record_type'] === 'alert' && /"free_text"/.test(l));
    const alert = JSON.parse(lines[alertLine]!) as Json;
    lines[alertLine] = JSON.stringify({ ...alert, free_text: hostile });
    writeFileSync(join(dir, 'mixed.ndjson'), `${lines.join('\n')}\n`);
    const first = await runCli(['load', 'mixed.ndjson', '--into', target.into(dir), '--format', 'json'], dir);
    expect(first.stderr).toBe('');
    const summary = JSON.parse(first.stdout) as { read: number; loaded: number; already: number; rejected: number; rejectedNew: number; schemaCreated: boolean };
    expect(summary.schemaCreated).toBe(true);
    expect(summary.rejected).toBeGreaterThan(0);
    expect(first.code).toBe(1);
    expect(summary.loaded + summary.already + summary.rejected).toBe(summary.read);

    // Load rejects what validate's check of each record refuses, and a record uid and version that came before:
    // record for record. (validate also refuses, across records, a version sequence with a gap: that needs every
    // version, so load keeps such records and checks.sql finds the gap; validate finds more invalid records.)
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
    const [rejects] = await target.query(dir, 'SELECT count(*) AS n FROM load__rejects');
    expect(rejects).toEqual({ n: summary.rejectedNew });

    // Every version kept, and exactly one current row per record: its highest version.
    const [soc] = await target.query(dir, 'SELECT count(DISTINCT record_uid) AS records, count(*) FILTER (WHERE is_current) AS current FROM subject_of_care');
    expect(soc!['records']).toBe(soc!['current']);
    const [wrong] = await target.query(dir, 'SELECT count(*) AS n FROM subject_of_care s WHERE is_current <> (version_number = (SELECT max(version_number) FROM subject_of_care x WHERE x.record_uid = s.record_uid))');
    expect(wrong!['n']).toBe(0);

    // A record's values come back from its tables: its partial dates as their first day and precision, its change log as rows.
    const rejectedUids = new Set((await target.query(dir, 'SELECT record_uid FROM load__rejects')).map((r) => r['record_uid']));
    const person = records.find((r) => r['record_type'] === 'subject_of_care' && !rejectedUids.has(r['record_uid']) && typeof (r['demographics'] as Json | undefined)?.['date_of_birth'] === 'string')!;
    const [row] = await target.query(dir, `SELECT CAST(demographics__date_of_birth AS VARCHAR) AS dob, demographics__date_of_birth__precision AS precision FROM subject_of_care WHERE record_uid = '${String(person['record_uid'])}' AND version_number = ${String(person['version_number'])}`);
    const dob = String((person['demographics'] as Json)['date_of_birth']);
    expect(row).toEqual({ dob: `${dob}-01-01`.slice(0, 10), precision: ['year', 'month', 'day'][dob.split('-').length - 1] });
    const log = await target.query(dir, `SELECT ordinal, change_type__code FROM subject_of_care__change_log WHERE record_uid = '${String(person['record_uid'])}' AND version_number = ${String(person['version_number'])} ORDER BY ordinal`);
    expect(log).toEqual((person['change_log'] as Json[]).map((e, i) => ({ ordinal: i + 1, change_type__code: (e['change_type'] as Json)['code'] })));

    const hostileRows = await target.query(dir, `SELECT free_text FROM alert WHERE record_uid = '${String(alert['record_uid'])}' AND version_number = ${String(alert['version_number'])}`);
    expect(hostileRows).toEqual([{ free_text: hostile }]);

    // The checks that run inside the engine find, finding for finding, what validate (the whole asc-mods model,
    // profile full) finds of those rules in the records loaded.
    await target.query(dir, readFileSync(join(repoRoot, 'generated', 'sql', engine, 'checks.sql'), 'utf8'));
    // A wrong NHS number or an over-long name is refused by load (the published standard's rules), so none is in the
    // tables; some are put there as another loader might have (a mistyped check digit, a placeholder, a family name
    // past its 35 characters), and into the records compared with.
    const people = records.filter((r) => r['record_type'] === 'subject_of_care' && typeof r['nhs_number'] === 'string' && typeof (r['name'] as Json | undefined)?.['family'] === 'string' && !refused.includes(r)).slice(0, 3);
    expect(people).toHaveLength(3);
    const planted: [Json, string, (r: Json) => void, string][] = [
      [people[0]!, 'nhs_number', (r) => (r['nhs_number'] = '9434765918'), "'9434765918'"],
      [people[1]!, 'nhs_number', (r) => (r['nhs_number'] = '4444444444'), "'4444444444'"],
      [people[2]!, 'name__family', (r) => (r['name'] = { ...(r['name'] as Json), family: 'F'.repeat(40) }), `'${'F'.repeat(40)}'`],
      [people[0]!, 'registered_gp_practice', (r) => (r['registered_gp_practice'] = 'abc'), "'abc'"],
    ];
    for (const [person, column, change, sql] of planted) {
      for (const copy of records.filter((r) => r['record_uid'] === person['record_uid'] && r['version_number'] === person['version_number'])) change(copy);
      await target.query(dir, `UPDATE subject_of_care SET ${column} = ${sql} WHERE record_uid = '${String(person['record_uid'])}' AND version_number = ${String(person['version_number'])}`);
    }
    // And text of the wrong form, which load refuses only under the whole model (the asc-mods model's patterns): a
    // postcode in a list's item that is not one, and free text that is only white space, in the characters
    // JavaScript's \s matches and a database's own idea of a space may not (a no-break space, a tab).
    const housed = records.find((r) => r['record_type'] === 'subject_of_care' && !refused.includes(r) && Array.isArray(r['address']) && typeof ((r['address'] as Json[])[0] as Json | undefined)?.['postcode'] === 'string')!;
    expect(housed).toBeDefined();
    for (const copy of records.filter((r) => r['record_uid'] === housed['record_uid'] && r['version_number'] === housed['version_number'])) (copy['address'] as Json[])[0]!['postcode'] = 'NOT A CODE';
    await target.query(dir, `UPDATE subject_of_care__address SET postcode = 'NOT A CODE' WHERE record_uid = '${String(housed['record_uid'])}' AND version_number = ${String(housed['version_number'])} AND ordinal = 1`);
    const noted = records.find((r) => r['record_type'] === 'alert' && !refused.includes(r) && r !== alert && typeof r['free_text'] === 'string')!;
    expect(noted).toBeDefined();
    const blank = ' \u00a0\t\u3000';
    for (const copy of records.filter((r) => r['record_uid'] === noted['record_uid'] && r['version_number'] === noted['version_number'])) copy['free_text'] = blank;
    await target.query(dir, `UPDATE alert SET free_text = ' ' || chr(160) || chr(9) || chr(12288) WHERE record_uid = '${String(noted['record_uid'])}' AND version_number = ${String(noted['version_number'])}`);
    // And a task whose requested period (a component held once: its columns in the task's table) ends before it
    // starts, which load refuses only under the whole model: the engine finds it at /requested_period/end.
    const task = records.find((r) => r['record_type'] === 'task' && !refused.includes(r) && typeof (r['requested_period'] as Json | undefined)?.['start'] === 'string')!;
    expect(task).toBeDefined();
    for (const copy of records.filter((r) => r['record_uid'] === task['record_uid'] && r['version_number'] === task['version_number'])) copy['requested_period'] = { ...(copy['requested_period'] as Json), start: '2001-02-03T10:00:00Z', end: '2001-02-03T09:00:00Z' };
    await target.query(dir, `UPDATE task SET requested_period__start = '2001-02-03T10:00:00Z', requested_period__end = '2001-02-03T09:00:00Z' WHERE record_uid = '${String(task['record_uid'])}' AND version_number = ${String(task['version_number'])}`);
    // And a care plan put into effect whose link to informed consent is taken away.
    const plan = records.find((r) => r['record_type'] === 'care_plan' && !refused.includes(r) && ['active', 'on-hold', 'completed'].includes(String((r['status'] as Json | undefined)?.['code'])) && Array.isArray(r['informed_consent']) && (r['informed_consent'] as unknown[]).length > 0)!;
    expect(plan).toBeDefined();
    for (const copy of records.filter((r) => r['record_uid'] === plan['record_uid'] && r['version_number'] === plan['version_number'])) delete copy['informed_consent'];
    await target.query(dir, `DELETE FROM care_plan__informed_consent WHERE record_uid = '${String(plan['record_uid'])}' AND version_number = ${String(plan['version_number'])}`);
    // Likewise a change log that disagrees with its versions, in each of the ways the rule names: an entry naming
    // another record, the entry for version 1 not saying created, an entry dated before the one before it, an entry
    // for a version after the record's (which leaves the version it was for without one).
    const logged = records.filter((r) => !refused.includes(r) && Array.isArray(r['change_log']) && (r['change_log'] as Json[]).length >= 2 && r['version_number'] === (r['change_log'] as Json[]).length);
    expect(logged.length).toBeGreaterThanOrEqual(4);
    const logChanges: [string, string, (entry: Json, record: Json) => void][] = [
      ['item__record_uid', "'another-record'", (e) => (e['record_uid'] = 'another-record')],
      ['change_type__code', "'modified'", (e) => (e['change_type'] = { ...(e['change_type'] as Json), code: 'modified' })],
      ['date', "'2000-01-01T00:00:00Z'", (e) => (e['date'] = '2000-01-01T00:00:00Z')],
      ['record_version', '', (e, r) => (e['record_version'] = Number(r['version_number']) + 1)],
    ];
    for (const [k, [column, value, change]] of logChanges.entries()) {
      const record = logged[k]!;
      // The entry for version 1, but for the date: the second entry's (so that it is dated before the first's).
      const ordinal = column === 'date' ? 2 : 1;
      for (const copy of records.filter((r) => r['record_uid'] === record['record_uid'] && r['version_number'] === record['version_number'])) change((copy['change_log'] as Json[])[ordinal - 1]!, copy);
      const sql = value === '' ? `${column} = version_number + 1` : `${column} = ${value}`;
      await target.query(dir, `UPDATE ${String(record['record_type'])}__change_log SET ${sql} WHERE record_uid = '${String(record['record_uid'])}' AND version_number = ${String(record['version_number'])} AND ordinal = ${ordinal}`);
    }
    const full = new RecordChecker(await loadRuntimeModel(repoRoot), await loadValidators(repoRoot), new Date(), undefined, 'full');
    const recordRules = new Set(engineChecks.filter((r) => r !== 'version-sequence' && r !== 'reference-resolves'));
    // What the engine's columns can show: a required element or a date pair of the record itself, a reference at
    // its top, and a value in a column of the record's table (none inside a list or a JSON column).
    const model = await loadRuntimeModel(repoRoot);
    // An item of a list is a row of a child table: its place in the list is # here.
    const columnPaths = new Set(
      sqlModel(model).records.flatMap((r) => [
        ...r.table.columns.map((c) => `${r.cls.name} /${c.path.join('/')}`),
        ...r.children.flatMap((child) => child.columns.filter((c) => c.path.length > 0 || c.name === 'value').map((c) => `${r.cls.name} /${child.parent!.path[0]}/#${c.path.length > 0 ? `/${c.path.join('/')}` : ''}`)),
      ]),
    );
    const itemFields = new Set([...columnPaths].map((p) => p.split('/').slice(0, 4).join('/')));
    // A field required inside a component held once (no list on the path) is the engine's to find where the
    // component shows by another field with a value; a component given as {} alone looks absent in its columns.
    const componentGiven = (value: Json | undefined, path: string) => {
      const steps = path.split('/').slice(1);
      const field = `${String(value?.['record_type'])} /${steps.join('/')}`;
      // The field has columns of the record's table: itself, or its parts (a coding's system, code and display).
      const inColumns = columnPaths.has(field) || [...columnPaths].some((p) => p.startsWith(`${field}/`));
      if (steps.length < 2 || !inColumns) return false;
      let at: unknown = value;
      for (const s of steps.slice(0, -1)) at = at !== null && typeof at === 'object' && !Array.isArray(at) ? (at as Json)[s] : undefined;
      return at !== null && typeof at === 'object' && !Array.isArray(at) && Object.entries(at as Json).some(([k, v]) => k !== steps.at(-1) && v !== null && v !== undefined);
    };
    const inScope = (recordType: string, check: string, path: string, value?: Json) => {
      const depth = path.split('/').length;
      const shape = path.replace(/^(\/[^/]+)\/[0-9]+(?=\/|$)/, '$1/#');
      if (check === 'schema.required') return depth === 2 || (depth === 4 && shape !== path && itemFields.has(`${recordType} ${shape}`)) || (shape === path && componentGiven(value, path));
      // A reference wherever the tables hold its record uid: at the top, in a component held once, in a list's items.
      if (check === 'reference-resolves') return columnPaths.has(`${recordType} ${shape}/record_uid`);
      // A date pair of the record, or of a component it holds once (columns of the record's table).
      if (check === 'start-before-end') return columnPaths.has(`${recordType} ${shape}`);
      // The change log is a child table of every record: each of the rule's findings is the engine's too.
      if (check === 'change-log-consistent') return true;
      if (check === 'consent-before-care-plan') return depth === 2;
      return columnPaths.has(`${recordType} ${shape}`);
    };
    const atTop = (check: string, path: string, recordType = '', value?: Json) => inScope(recordType, check, path, value);
    const loadedKeys = new Set<string>();
    // The rules across records, over the records loaded (as validate runs them over a batch).
    const batch = new BatchState(full.requirements);
    const keyAt = new Map<number, string>();
    const fromValidate = records.flatMap((value, i) => {
      if (refused.includes(value)) return [];
      const key = `${String(value['record_uid'])} v${String(value['version_number'])}`;
      if (loadedKeys.has(key)) return [];
      loadedKeys.add(key);
      const location = { file: 'mixed.ndjson', line: i + 1, record: i + 1 };
      keyAt.set(i + 1, key);
      const checked = full.check({ value, location });
      batch.note(location);
      batch.addRecord(checked.recordType!, checked.uid!, checked.version!, location, checked.uidHash);
      const [refs, hashes] = [checked.refs ?? [], checked.refHashes ?? []];
      for (let r = 0, k = 0; r < refs.length; r += 3, k += 2) batch.addHashedReference(refs[r]!, hashes[k]!, hashes[k + 1]!, location, checked.recordType!, refs[r + 2]!);
      return checked.findings.filter((f) => recordRules.has(f.check as never) && atTop(f.check, f.path, checked.recordType, value)).map((f) => `${key} ${f.path} ${f.check} ${String(f.requirement)}`);
    });
    for (const f of batch.finish()) {
      const key = keyAt.get(f.location.record)!;
      // A version gap is the record's, whichever version validate read first; a reference, its version's (at the top level: the engine's columns).
      if (f.check === 'version-sequence') fromValidate.push(`${key.split(' ')[0]} ${f.path} ${f.check} ${String(f.requirement)}`);
      else if (atTop(f.check, f.path, f.recordType)) fromValidate.push(`${key} ${f.path} ${f.check} ${String(f.requirement)}`);
    }
    const inEngine = (await target.query(dir, 'SELECT record_uid, version_number, element, rule, requirement FROM check__violations')).map((v) => `${String(v['record_uid'])}${v['rule'] === 'version-sequence' ? '' : ` v${String(v['version_number'])}`} ${String(v['element'])} ${String(v['rule'])} ${String(v['requirement'])}`);
    // Every rule the view holds is found at least once, but schema.minimum: only version_number has a minimum, and a
    // version 0 also breaks the version sequence, which validate does not judge for a record uid with a version
    // outside 1 to 31 (the SQL does), so none is planted.
    const checksText = readFileSync(join(repoRoot, 'generated', 'sql', engine, 'checks.sql'), 'utf8');
    // Nor unique-record-version: the tables' primary key holds each version once (only Spark SQL's tables, which have
    // no keys, can hold two).
    const inView = engineChecks.filter((rule) => checksText.includes(`'${rule}' AS`) && rule !== 'schema.minimum' && rule !== 'unique-record-version');
    expect(new Set(fromValidate.map((f) => f.split(' ').at(-2)))).toEqual(new Set(inView));
    expect(inEngine.sort()).toEqual(fromValidate.sort());
    // Some of them in the items of a list (a child table's rows), at the item's place.
    expect(inEngine.some((v) => /^\S+ v\d+ \/[a-z_]+\/\d+\//.test(v))).toBe(true);
    expect(inEngine).toContain(`${String(housed['record_uid'])} v${String(housed['version_number'])} /address/0/postcode schema.pattern MODS-STRUCT-002`);
    expect(inEngine.filter((v) => v.startsWith(`${String(noted['record_uid'])} v${String(noted['version_number'])} /free_text schema.pattern`))).toHaveLength(1);
    // References are followed into lists too (a care plan's informed consents, a list's items).
    expect(inEngine.some((v) => / \/[a-z_]+\/\d+(\/[a-z_]+)* reference-resolves /.test(v))).toBe(true);
    expect(inEngine).toContain(`${String(task['record_uid'])} v${String(task['version_number'])} /requested_period/end start-before-end MODS-DATE-002`);

    // Loading the same file again changes nothing.
    const before = await snapshot(target, dir, engine);
    const again = await runCli(['load', 'mixed.ndjson', '--into', target.into(dir), '--format', 'json'], dir);
    const second = JSON.parse(again.stdout) as typeof summary;
    expect(second).toMatchObject({ read: summary.read, loaded: 0, already: summary.loaded + summary.already, rejected: summary.rejected, rejectedNew: 0, schemaCreated: false });
    expect(await snapshot(target, dir, engine)).toEqual(before);
  }, 120_000);
});

describe('asc-mods load', () => {
  it('shows its progress on a terminal: records read, each batch going in, the database being finished, then a clear line', async () => {
    const dir = tempDir('load-progress');
    expect((await runCli(['examples', '--count', '30', '--seed', '2', '--out', 'few.ndjson'], dir)).code).toBe(0);
    let stderr = '';
    let stdout = '';
    const code = await main(['load', 'few.ndjson', '--into', 'duckdb:few.duckdb', '--batch', '20'], { stdout: { write: (t: string) => ((stdout += t), true) }, stderr: { write: (t: string) => ((stderr += t), true), isTTY: true }, cwd: dir, env: { NO_COLOR: '1' } });
    expect(code).toBe(0);
    const lines = stderr.split('\r\u001b[K').filter((l) => l !== '');
    // Batches of 20 and what was left, in turn, then the file written; nothing after the last clear.
    const records = readFileSync(join(dir, 'few.ndjson'), 'utf8').trimEnd().split('\n').length;
    const sizes = Array.from({ length: Math.ceil(records / 20) }, (_, i) => Math.min(20, records - i * 20));
    expect(sizes.length).toBeGreaterThan(1);
    expect(lines.filter((l) => l.startsWith('batch '))).toEqual(sizes.map((n, i) => `batch ${i + 1} (${n} records) going into duckdb:few.duckdb`));
    expect(lines.at(-1)).toBe('finishing duckdb:few.duckdb');
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(stdout).toMatch(/^Loaded into duckdb:few\.duckdb \(schema created\)/);
  });

  it('says plainly what it needs: one-line usage errors, exit 2', async () => {
    const dir = tempDir('load-usage');
    writeFileSync(join(dir, 'r.ndjson'), '');
    for (const [args, message] of [
      [['load'], 'load needs at least one file or folder of records'],
      [['load', 'missing.ndjson'], 'no such file or folder: missing.ndjson'],
      [['load', 'r.ndjson', '--into', 'mysql://me:secret@x/db'], '--into is duckdb:<file>, a .duckdb file or a postgres:// URL, not "mysql://me:***@x/db"'],
      [['load', 'r.ndjson', '--batch', '0'], '--batch is a whole number from 1 to 1000000, not "0"'],
    ] as const) {
      const run = await runCli([...args], dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toBe(`asc-mods load: ${message}\nRun 'asc-mods load --help' for its options.\n`);
    }
    // A record whose class is no class, and says something personal there: rejected, and not named in the summary.
    writeFileSync(join(dir, 'odd.ndjson'), '{"record_type":"Zebedee-Planted-Name","record_uid":"u1","version_number":1}\n');
    const odd = await runCli(['load', 'odd.ndjson', '--into', 'duckdb:odd.duckdb'], dir);
    expect(odd.code).toBe(1);
    expect(odd.stdout).toContain('1 record read = 0 loaded + 0 already there + 1 rejected');
    expect(odd.stdout + odd.stderr).not.toContain('Zebedee');
    // A version number no BIGINT holds, beside something personal: the record is rejected, not the batch.
    writeFileSync(join(dir, 'huge.ndjson'), '{"record_type":"alert","record_uid":"u2","version_number":1e20,"free_text":"Planted-Personal-Words"}\n');
    const huge = await runCli(['load', 'huge.ndjson', '--into', 'duckdb:huge.duckdb'], dir);
    expect(huge.stderr).toBe('');
    expect(huge.code).toBe(1);
    expect(huge.stdout).toContain('1 record read = 0 loaded + 0 already there + 1 rejected');
    expect(huge.stdout).not.toContain('Planted-Personal');
    // A server that is not there: exit 2, and the password never shown.
    const refused = await runCli(['load', 'r.ndjson', '--into', 'postgres://me:hunter2secret@127.0.0.1:1/mods'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^asc-mods load: cannot connect to postgres:\/\/me:\*\*\*@127\.0\.0\.1:1\/mods \(.+\)\n$/);
    expect(refused.stderr + refused.stdout).not.toContain('hunter2secret');
    const notDb = join(dir, 'text.duckdb');
    writeFileSync(notDb, 'this is not a database');
    const run = await runCli(['load', 'r.ndjson', '--into', 'text.duckdb'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^asc-mods load: cannot open text\.duckdb as a DuckDB database \(.+\)\n$/);
  });
});
