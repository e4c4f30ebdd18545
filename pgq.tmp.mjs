import pg from 'pg';
import { readFileSync } from 'node:fs';
const u = new URL(process.env.U); u.pathname = '/lq';
const c = new pg.Client({ connectionString: u.toString() }); await c.connect();
let t = performance.now(); await c.query(readFileSync('/work/main/generated/sql/postgres/checks.sql', 'utf8')); console.log('views', (performance.now() - t).toFixed(0));
t = performance.now(); const r = await c.query('SELECT count(*) n FROM check__violations'); console.log('query', (performance.now() - t).toFixed(0), r.rows);
await c.end();
