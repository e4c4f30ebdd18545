// A floor under the load benchmark, run as a process: what `asc-mods load` asks of the database alone. The same
// target code fills the same relational model (the schema, every class's table and child tables, the current flags;
// DuckDB's checkpoint) from the same NDJSON file, in one batch as load makes it, with no check of any record: each
// line is parsed only for its class, record uid and version, and given as load gives it (DuckDB: the bytes it was
// read from; PostgreSQL: the value, which the target flattens to rows).
// Usage: node floor-load.js FILE.ndjson DATABASE.duckdb | postgres://… (through fresh.js or pg-fresh.js, for an
// empty database)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..', '..');
const dist = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
const [file, database] = process.argv.slice(2);
if (!file || !database) throw new Error('usage: node floor-load.js FILE.ndjson DATABASE.duckdb | postgres://…');
const { loadRuntimeModel, sqlModel } = await dist('generator/src/kit.js');
const { tablesByClass } = await dist('conformance/load/rows.js');
const tables = tablesByClass(sqlModel(await loadRuntimeModel(root)));
const postgres = /^postgres(ql)?:\/\//.test(database);
const target = postgres ? await (await dist('conformance/load/postgres.js')).PostgresTarget.open(database) : await (await dist('conformance/load/duckdb.js')).DuckDbTarget.open(database, database);
const schema = target.ensureSchema();
const bytes = readFileSync(file);
const records = [];
for (let start = 0, nl = bytes.indexOf(10); start < bytes.length; start = nl + 1, nl = bytes.indexOf(10, start)) {
  const end = nl === -1 ? bytes.length : nl;
  if (end > start) {
    const line = bytes.subarray(start, end);
    const value = JSON.parse(line.toString('utf8'));
    const identity = { seq: records.length + 1, tables: tables.get(value.record_type), uid: value.record_uid, version: value.version_number };
    records.push(target.keeps === 'document' ? { ...identity, document: line } : { ...identity, value });
    // A turn of the event loop now and then, as load's reading gives it, so that the client sends the schema while
    // the lines are read (PostgreSQL's client writes it only when this thread lets it).
    if (records.length % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  if (nl === -1) break;
}
await schema;
const { loaded } = await target.loadBatch(records, [], true);
await target.close();
process.stdout.write(`${loaded} of ${records.length} records\n`);
