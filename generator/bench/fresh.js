// Runs a script as if it were the process's own, with a database file removed first: the bench's way to time a
// command that writes a database (`asc-mods load`, DuckDB's read_json) cold, on an empty database, each round.
// Usage: node fresh.js <database file> <script> [args...]
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [database, script, ...args] = process.argv.slice(2);
for (const path of [database, `${database}.wal`]) rmSync(path, { force: true });
process.argv = [process.argv[0], script, ...args];
await import(pathToFileURL(script).href);
