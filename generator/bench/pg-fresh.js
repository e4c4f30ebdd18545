// Runs a script as if it were the process's own, on a new, empty PostgreSQL database: the bench's way to time a
// command that writes into PostgreSQL (`asc-mods load`, COPY) cold, each round, on nothing.
// Usage: node pg-fresh.js <server URL> <database name> <script> [args...]
import pg from 'pg';
import { pathToFileURL } from 'node:url';

const [server, database, script, ...args] = process.argv.slice(2);
const client = new pg.Client({ connectionString: server });
await client.connect();
await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
await client.query(`CREATE DATABASE ${database}`);
await client.end();
process.argv = [process.argv[0], script, ...args];
await import(pathToFileURL(script).href);
