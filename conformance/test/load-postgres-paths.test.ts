import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../generator/test/support/cli.ts';
import { repoRoot } from '../../generator/test/support/paths.ts';
import { tempDir } from '../../generator/test/support/generated.ts';
import { adminQuery, databaseUrl, postgresServer } from './postgres-support.ts';

type Json = Record<string, unknown>;

const names = { made: `asc_mods_paths_made_${process.pid}`, staged: `asc_mods_paths_staged_${process.pid}` };
const partial = `asc_mods_paths_partial_${process.pid}`;

afterAll(async () => {
  if (postgresServer !== undefined) for (const name of [...Object.values(names), partial]) await adminQuery(`DROP DATABASE IF EXISTS ${name}`);
});

/** The foreign keys of a database's public schema. */
async function foreignKeys(name: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl(name) });
  await client.connect();
  try {
    return Number((await client.query("SELECT count(*) AS n FROM pg_constraint co JOIN pg_namespace n ON n.oid = co.connamespace WHERE co.contype = 'f' AND n.nspname = 'public'")).rows[0].n);
  } finally {
    await client.end();
  }
}

/** Every table of the public schema with rows, each row's cells as text, in key order. */
async function readAll(name: string): Promise<Record<string, Json[]>> {
  const client = new pg.Client({ connectionString: databaseUrl(name) });
  await client.connect();
  try {
    const tables = (await client.query("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1")).rows.map((r: Json) => String(r['t']));
    const out: Record<string, Json[]> = {};
    for (const table of tables) {
      const columns = (await client.query('SELECT column_name AS c FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position', [table])).rows.map((r: Json) => String(r['c']));
      const key = columns.filter((c) => ['record_uid', 'version_number', 'ordinal', 'code', 'record_sha256'].includes(c)).map((c) => `"${c}"`);
      const rows = (await client.query(`SELECT ${columns.map((c) => `CAST("${c}" AS text) AS "${c}"`).join(', ')} FROM "${table}"${key.length > 0 ? ` ORDER BY ${key.join(', ')}` : ''}`)).rows as Json[];
      if (rows.length > 0) out[table] = rows;
    }
    return out;
  } finally {
    await client.end();
  }
}

/**
 * Into tables it has just made, load copies each batch's rows straight into them (postgres.ts's loadIntoNew); into
 * tables that were there, it stages them and inserts the new record versions. Both must leave the same rows, current
 * flags included, however a record's versions fall across batches.
 */
describe.skipIf(postgresServer === undefined)('load into PostgreSQL, into new tables and into tables already there (skipped without ASC_MODS_TEST_POSTGRES, the server .ci/run starts)', () => {
  it('leaves the same rows either way, with each record current at its highest version, its versions in any order across batches', async () => {
    const dir = tempDir('load-paths');
    expect((await runCli(['examples', '--count', '120', '--seed', '13', '--out', 'valid.ndjson'], dir)).code).toBe(0);
    // Newest first, so that a record's later version is loaded a batch before its earlier ones.
    const lines = readFileSync(join(dir, 'valid.ndjson'), 'utf8').trimEnd().split('\n').reverse();
    writeFileSync(join(dir, 'shuffled.ndjson'), `${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'empty.ndjson'), '');
    for (const name of Object.values(names)) await adminQuery(`DROP DATABASE IF EXISTS ${name}`).then(() => adminQuery(`CREATE DATABASE ${name}`));
    // The tables made first (by a load of nothing), so that the records go through staging.
    const made = await runCli(['load', 'empty.ndjson', '--into', databaseUrl(names.staged), '--format', 'json'], dir);
    expect((JSON.parse(made.stdout) as { schemaCreated: boolean }).schemaCreated).toBe(true);
    const runs = [];
    for (const name of [names.made, names.staged]) {
      const run = await runCli(['load', 'shuffled.ndjson', '--into', databaseUrl(name), '--batch', '40', '--format', 'json'], dir);
      expect(run.code).toBe(0);
      runs.push(JSON.parse(run.stdout) as { read: number; loaded: number; schemaCreated: boolean });
    }
    expect(runs.map((r) => r.schemaCreated)).toEqual([true, false]);
    expect(runs.map((r) => r.loaded)).toEqual([lines.length, lines.length]);
    // The keys taken off for the first batch's copy are all back, as the schema makes them.
    const keys = readFileSync(join(repoRoot, 'generated', 'sql', 'postgres', 'schema.sql'), 'utf8').match(/FOREIGN KEY/g)!.length;
    expect(keys).toBeGreaterThan(100);
    for (const name of Object.values(names)) expect({ name, keys: await foreignKeys(name) }).toEqual({ name, keys });
    const [intoNew, throughStaging] = [await readAll(names.made), await readAll(names.staged)];
    expect(Object.keys(intoNew)).toEqual(Object.keys(throughStaging));
    for (const [table, rows] of Object.entries(throughStaging)) expect({ table, rows: intoNew[table] }).toEqual({ table, rows });
    // Versions did fall across batches (a record with versions in two batches), and each record is current once, at its highest.
    const versions = lines.map((l, i) => ({ value: JSON.parse(l) as Json, batch: Math.floor(i / 40) }));
    const spread = versions.filter((a) => versions.some((b) => b.value['record_uid'] === a.value['record_uid'] && b.batch !== a.batch));
    expect(spread.length).toBeGreaterThan(0);
    const people = intoNew['subject_of_care']!;
    for (const person of people) {
      const highest = Math.max(...people.filter((p) => p['record_uid'] === person['record_uid']).map((p) => Number(p['version_number'])));
      expect({ uid: person['record_uid'], version: person['version_number'], current: person['is_current'] }).toEqual({ uid: person['record_uid'], version: person['version_number'], current: String(Number(person['version_number']) === highest) });
    }
  }, 120_000);

  it('stages into tables that were there without the rejects table (a schema made in part), and changes nothing there', async () => {
    const dir = tempDir('load-partial');
    expect((await runCli(['examples', '--count', '30', '--seed', '4', '--out', 'valid.ndjson'], dir)).code).toBe(0);
    const records = readFileSync(join(dir, 'valid.ndjson'), 'utf8').trimEnd().split('\n').length;
    await adminQuery(`DROP DATABASE IF EXISTS ${partial}`).then(() => adminQuery(`CREATE DATABASE ${partial}`));
    expect((await runCli(['load', 'valid.ndjson', '--into', databaseUrl(partial), '--format', 'json'], dir)).code).toBe(0);
    const client = new pg.Client({ connectionString: databaseUrl(partial) });
    await client.connect();
    await client.query('DROP TABLE load__rejects');
    await client.end();
    const again = await runCli(['load', 'valid.ndjson', '--into', databaseUrl(partial), '--format', 'json'], dir);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ read: records, loaded: 0, already: records, schemaCreated: true });
  }, 60_000);
});
