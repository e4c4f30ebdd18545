/**
 * Load benchmark: figures, not assertions. On ~100 MB of synthetic NDJSON (`--quick`: ~20 MB), each cold, as
 * processes, paired in rounds (cold.ts), into a new DuckDB file each run (fresh.js removes it first):
 * - `asc-mods load FILE --into duckdb:DB` ÷ DuckDB's own `read_json` of the same file into one table
 *   (duckdb-read-json.js): the ratio is read_json's time ÷ load's, so higher is better (goal: at least 0.5).
 * Not measured yet (issue 16 goes on): load into PostgreSQL ÷ COPY, and validate --engine duckdb.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.ts';
import { median, paired, pairedRatio, type Timed } from './cold.ts';

const root = packageRoot();
const quick = process.argv.includes('--quick');
const rounds = quick ? 3 : 5;
const dir = mkdtempSync(join(tmpdir(), 'asc-mods-bench-load-'));
const bench = join(root, 'generator', 'bench');
try {
  const file = join(dir, 'valid.ndjson');
  const made = spawnSync(process.execPath, [join(root, 'bin', 'asc-mods.js'), 'examples', '--count', String(Math.round((quick ? 20 : 100) * 670)), '--seed', '7', '--out', file], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`examples failed: ${made.stderr}`);
  const db = join(dir, 'bench.duckdb');
  const runs = paired(
    [
      { label: 'read_json', args: [join(bench, 'fresh.js'), db, join(bench, 'duckdb-read-json.js'), file, db] },
      { label: 'load', args: [join(bench, 'fresh.js'), db, join(root, 'bin', 'asc-mods.js'), 'load', file, '--into', `duckdb:${db}`, '--format', 'json', '--no-progress'] },
    ],
    rounds,
  );
  const [base, load] = [runs.get('read_json')!, runs.get('load')!];
  const s = (r: readonly Timed[]) => `${(median(r.map((x) => x.ms)) / 1000).toFixed(2)} s`;
  const mb = (r: readonly Timed[]) => `${median(r.map((x) => x.peakMb)).toFixed(0)} MB`;
  const records = Number(/"read": (\d+)/.exec(spawnSync(process.execPath, [join(bench, 'fresh.js'), db, join(root, 'bin', 'asc-mods.js'), 'load', file, '--into', `duckdb:${db}`, '--format', 'json', '--no-progress'], { encoding: 'utf8' }).stdout)?.[1] ?? NaN);
  console.log(`asc-mods load into DuckDB: ${(statSync(file).size / 1e6).toFixed(0)} MB, ${records} records, cold processes, medians of ${rounds} paired rounds`);
  console.log(`  DuckDB read_json into one table     ${s(base)}, peak ${mb(base)}`);
  console.log(`  asc-mods load (checked, all tables) ${s(load)}, peak ${mb(load)}, ${(records / (median(load.map((x) => x.ms)) / 1000)).toFixed(0)} records/s`);
  console.log(`  ratio read_json ÷ load:             ${pairedRatio(base, load).toFixed(2)}  (goal: at least 0.5)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
