// The yardstick of `asc-mods load`: DuckDB's own bulk path, read_json of the same NDJSON into one table of a new
// database file. Usage: node duckdb-read-json.js <file.ndjson> <database file>
import { DuckDBInstance } from '@duckdb/node-api';

const [file, database] = process.argv.slice(2);
const instance = await DuckDBInstance.create(database);
const connection = await instance.connect();
const quoted = (text) => `'${text.replaceAll("'", "''")}'`;
await connection.run(`CREATE TABLE records AS SELECT * FROM read_json(${quoted(file)}, format = 'newline_delimited', union_by_name = true)`);
const rows = (await connection.runAndReadAll('SELECT count(*) AS n FROM records')).getRowObjectsJS()[0].n;
connection.closeSync();
instance.closeSync();
process.stdout.write(`${rows}\n`);
