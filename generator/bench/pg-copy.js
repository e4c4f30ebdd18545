// The yardstick of `asc-mods load --into postgres://…`: PostgreSQL's own bulk path, COPY of a CSV already flattened
// to a row a record (uid, version, class, the record as jsonb) into one table, streamed from the client as load is.
// Usage: node pg-copy.js <database URL> <file.csv>
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from } from 'pg-copy-streams';

const [url, file] = process.argv.slice(2);
const client = new pg.Client({ connectionString: url });
await client.connect();
await client.query('CREATE TABLE records (record_uid text, version_number integer, record_type text, body jsonb, PRIMARY KEY (record_uid, version_number))');
await pipeline(createReadStream(file), client.query(from("COPY records FROM STDIN WITH (FORMAT csv)")));
const rows = (await client.query('SELECT count(*) AS n FROM records')).rows[0].n;
await client.end();
process.stdout.write(`${rows}\n`);
