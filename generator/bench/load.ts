/**
 * Load benchmark: figures, not assertions. On ~100 MB of synthetic NDJSON (`--quick`: ~20 MB), each cold, as
 * processes, paired in rounds (cold.ts), into a new DuckDB file each run (fresh.js removes it first):
 * - `asc-mods load FILE --into duckdb:DB` ÷ DuckDB's own `read_json` of the same file into one table
 *   (duckdb-read-json.js): the ratio is read_json's time ÷ load's, so higher is better (goal: at least 0.5); and a
 *   floor paired with them (floor-load.js): DuckDB filling the same tables from the same file with no check (and
 *   the same for PostgreSQL against its COPY).
 * - with a PostgreSQL server (ASC_MODS_BENCH_POSTGRES, else ASC_MODS_TEST_POSTGRES: a server URL), `asc-mods load
 *   FILE --into postgres://…` ÷ COPY of the same records pre-flattened to CSV, a row a record, into one table
 *   (pg-copy.js), each on a new database (pg-fresh.js); goal: at least 0.5.
 * - `asc-mods validate FILE --engine duckdb` ÷ the default in-memory engine, and the peak memory of each on the
 *   ~100 MB file and (not with --quick) on ~1 GB: goal, the duckdb engine's peak on 1 GB at most 1.1 times its peak
 *   on 100 MB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.ts';
import { median, paired, pairedRatio, runOnce, type Timed } from './cold.ts';

const root = packageRoot();
const quick = process.argv.includes('--quick');
const rounds = quick ? 3 : 5;
const dir = mkdtempSync(join(tmpdir(), 'asc-mods-bench-load-'));
const bench = join(root, 'generator', 'bench');
const s = (r: readonly Timed[]) => `${(median(r.map((x) => x.ms)) / 1000).toFixed(2)} s`;
const mb = (r: readonly Timed[]) => `${median(r.map((x) => x.peakMb)).toFixed(0)} MB`;
try {
  const file = join(dir, 'valid.ndjson');
  const made = spawnSync(process.execPath, [join(root, 'bin', 'asc-mods.js'), 'examples', '--count', String(Math.round((quick ? 20 : 100) * 670)), '--seed', '7', '--out', file], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`examples failed: ${made.stderr}`);
  const db = join(dir, 'bench.duckdb');
  const runs = paired(
    [
      { label: 'read_json', args: [join(bench, 'fresh.js'), db, join(bench, 'duckdb-read-json.js'), file, db] },
      { label: 'load', args: [join(bench, 'fresh.js'), db, join(root, 'bin', 'asc-mods.js'), 'load', file, '--into', `duckdb:${db}`, '--format', 'json', '--no-progress'] },
      { label: 'floor', args: [join(bench, 'fresh.js'), db, join(bench, 'floor-load.js'), file, db] },
    ],
    rounds,
  );
  const [base, load, floor] = [runs.get('read_json')!, runs.get('load')!, runs.get('floor')!];
  const records = Number(/"read": (\d+)/.exec(spawnSync(process.execPath, [join(bench, 'fresh.js'), db, join(root, 'bin', 'asc-mods.js'), 'load', file, '--into', `duckdb:${db}`, '--format', 'json', '--no-progress'], { encoding: 'utf8' }).stdout)?.[1] ?? NaN);
  console.log(`asc-mods load into DuckDB: ${(statSync(file).size / 1e6).toFixed(0)} MB, ${records} records, cold processes, medians of ${rounds} paired rounds`);
  console.log(`  DuckDB read_json into one table     ${s(base)}, peak ${mb(base)}`);
  console.log(`  asc-mods load (checked, all tables) ${s(load)}, peak ${mb(load)}, ${(records / (median(load.map((x) => x.ms)) / 1000)).toFixed(0)} records/s`);
  console.log(`  ratio read_json ÷ load:             ${pairedRatio(base, load).toFixed(2)}  (goal: at least 0.5)`);
  // What the relational model asks of DuckDB itself, with no check: what no speed-up of the check can go below.
  floorLine(pairedRatio(base, floor), floor, 'DuckDB');

  const server = process.env['ASC_MODS_BENCH_POSTGRES'] ?? process.env['ASC_MODS_TEST_POSTGRES'];
  if (server === undefined) console.log('  PostgreSQL: not measured (set ASC_MODS_BENCH_POSTGRES to a server URL)');
  else postgres(server, file, records);

  engines(file, records);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** The floor's figure (floor-load.js, paired with the rest), and whether the goal lies above it. */
function floorLine(ratio: number, floor: readonly Timed[], engine: string): void {
  console.log(`  floor: the same ${engine} tables filled with no check (floor-load.js)  ${s(floor)}, ratio ${ratio.toFixed(2)}`);
  console.log(`  the goal (0.5) ${ratio <= 0.5 ? 'is above what filling the model reaches with no check at all: a faster check cannot meet it, only less work in filling the model' : `is below the floor's ${ratio.toFixed(2)}: the check has ${(median(floor.map((r) => r.ms)) * (ratio / 0.5 - 1) / 1000).toFixed(2)} s above it`}`);
}

/** load into PostgreSQL ÷ COPY of the records flattened to CSV, each into a new database. */
function postgres(server: string, file: string, records: number): void {
  const csv = join(dir, 'records.csv');
  const flattened = spawnSync(process.execPath, [join(bench, 'flatten-csv.js'), file, csv], { encoding: 'utf8' });
  if (flattened.status !== 0) throw new Error(`flatten-csv failed: ${flattened.stderr}`);
  const name = `asc_mods_bench_${process.pid}`;
  const database = new URL(server);
  database.pathname = `/${name}`;
  const runs = paired(
    [
      { label: 'copy', args: [join(bench, 'pg-fresh.js'), server, name, join(bench, 'pg-copy.js'), database.toString(), csv] },
      { label: 'load', args: [join(bench, 'pg-fresh.js'), server, name, join(root, 'bin', 'asc-mods.js'), 'load', file, '--into', database.toString(), '--format', 'json', '--no-progress'] },
      { label: 'floor', args: [join(bench, 'pg-fresh.js'), server, name, join(bench, 'floor-load.js'), file, database.toString()] },
    ],
    rounds,
  );
  const [copy, load, floor] = [runs.get('copy')!, runs.get('load')!, runs.get('floor')!];
  console.log(`asc-mods load into PostgreSQL (${server.replace(/:[^:@/]*@/, ':***@')}), same file, medians of ${rounds} paired rounds`);
  console.log(`  COPY of pre-flattened CSV, one table ${s(copy)}, peak ${mb(copy)}`);
  console.log(`  asc-mods load (checked, all tables) ${s(load)}, peak ${mb(load)}, ${(records / (median(load.map((x) => x.ms)) / 1000)).toFixed(0)} records/s`);
  console.log(`  ratio COPY ÷ load:                  ${pairedRatio(copy, load).toFixed(2)}  (goal: at least 0.5)`);
  floorLine(pairedRatio(copy, floor), floor, 'PostgreSQL');
  spawnSync(process.execPath, [join(bench, 'pg-drop.js'), server, name]);
}

/** validate --engine duckdb ÷ the in-memory engine on the same file, and the peaks of both on ~100 MB and ~1 GB. */
function engines(file: string, records: number): void {
  const validate = (input: string, engine: string) => [join(root, 'bin', 'asc-mods.js'), 'validate', input, '--engine', engine, '--format', 'json', '--no-progress'];
  const runs = paired(
    [
      { label: 'memory', args: validate(file, 'memory') },
      { label: 'duckdb', args: validate(file, 'duckdb') },
    ],
    rounds,
  );
  const [memory, duck] = [runs.get('memory')!, runs.get('duckdb')!];
  console.log(`asc-mods validate, the rules across records in memory and in DuckDB: ${(statSync(file).size / 1e6).toFixed(0)} MB, ${records} records, medians of ${rounds} paired rounds`);
  console.log(`  --engine memory                     ${s(memory)}, peak ${mb(memory)}`);
  console.log(`  --engine duckdb                     ${s(duck)}, peak ${mb(duck)}`);
  console.log(`  ratio duckdb ÷ memory (time):       ${(1 / pairedRatio(memory, duck)).toFixed(2)}`);
  if (quick) return;
  const big = join(dir, 'big.ndjson');
  const made = spawnSync(process.execPath, [join(root, 'bin', 'asc-mods.js'), 'examples', '--count', String(10 * 100 * 670), '--seed', '7', '--out', big], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`examples failed: ${made.stderr}`);
  const [bigMemory, bigDuck] = [runOnce(validate(big, 'memory')), runOnce(validate(big, 'duckdb'))];
  const peak = (r: readonly Timed[]) => median(r.map((x) => x.peakMb));
  console.log(`  on ${(statSync(big).size / 1e9).toFixed(2)} GB, one run each: memory ${(bigMemory.ms / 1000).toFixed(1)} s, peak ${bigMemory.peakMb.toFixed(0)} MB; duckdb ${(bigDuck.ms / 1000).toFixed(1)} s, peak ${bigDuck.peakMb.toFixed(0)} MB`);
  console.log(`  peak on ~1 GB ÷ peak on ~100 MB:    memory ${(bigMemory.peakMb / peak(memory)).toFixed(2)}, duckdb ${(bigDuck.peakMb / peak(duck)).toFixed(2)}  (goal for duckdb: at most 1.1)`);
  rmSync(big, { force: true });
}
