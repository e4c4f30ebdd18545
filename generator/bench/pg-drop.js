// Drops the bench's database at the end. Usage: node pg-drop.js <server URL> <database name>
import pg from 'pg';

const [server, database] = process.argv.slice(2);
const client = new pg.Client({ connectionString: server });
await client.connect();
await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
await client.end();
