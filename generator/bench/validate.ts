/**
 * Validation benchmark: figures, not assertions. On synthetic NDJSON made by `asc-mods examples` (~100 MB all valid,
 * ~100 MB every record invalid; `--quick` ~20 MB), each measured cold, as processes, paired in rounds (cold.ts):
 * - `asc-mods validate FILE --format json` end to end ÷ a process that only reads, splits and JSON.parses the file
 *   (baseline-parse.js): the ratio is baseline time ÷ validate time, so higher is better;
 * - the same work on one thread and with the worker pool forced (validate-process.js), and one thread ÷ pool, with
 *   the number of threads the command chooses on this machine (parallel/choice.ts);
 * - a floor under the goal (floor-schema.js): parse each record and ask its class's schema for a yes or no, ajv's
 *   errors where it says no, nothing else, on one thread and on two (half the file each), and whether the goal lies
 *   below what that floor reaches;
 * - with ASC_MODS_BENCH_1GB=1, the command's peak memory on ~100 MB and ~1 GB and their ratio.
 * Then, as extras, warm in-process rates (a first pass warms the thread). Files are made in a temporary folder and
 * removed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../src/paths.ts';
import { baselineArgs, commandArgs, floorArgs, median, paired, pairedRatio, runOnce, threadsArgs, type Timed } from './cold.ts';

const root = packageRoot();
const quick = process.argv.includes('--quick');
const rounds = quick ? 3 : 5;
const dir = mkdtempSync(join(tmpdir(), 'asc-mods-bench-validate-'));
const dist = <T>(path: string): Promise<T> => import(pathToFileURL(join(root, 'dist', path)).href) as Promise<T>;
const { poolPays, poolWorkers } = await dist<typeof import('../../conformance/files/parallel/choice.ts')>('conformance/files/parallel/choice.js');

/** About 1,290 bytes a record with the records they refer to: 67,000 asked for make ~100 MB. */
function makeFile(name: string, megabytes: number, invalidRate: number): string {
  const path = join(dir, name);
  const count = String(Math.round(megabytes * 670));
  const run = spawnSync(process.execPath, [join(root, 'bin', 'asc-mods.js'), 'examples', '--count', count, '--seed', '7', '--invalid-rate', String(invalidRate), '--out', path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`examples failed: ${run.stderr}`);
  return path;
}

const s = (runs: readonly Timed[]) => `${(median(runs.map((r) => r.ms)) / 1000).toFixed(2)} s`;
const mb = (runs: readonly Timed[]) => `${median(runs.map((r) => r.peakMb)).toFixed(0)} MB`;

function coldFigures(label: string, path: string, goal: number): void {
  const cores = availableParallelism();
  const forced = Math.max(1, poolWorkers(cores));
  const runs = paired([
    { label: 'baseline', args: baselineArgs(root, path) },
    { label: 'command', args: commandArgs(root, path) },
    { label: 'one', args: threadsArgs(root, path, 1) },
    { label: 'pool', args: threadsArgs(root, path, forced + 1) },
    { label: 'floor1', args: floorArgs(root, path, 1) },
    { label: 'floor2', args: floorArgs(root, path, 2) },
  ], rounds);
  const [baseline, command, one, pool, floor1, floor2] = ['baseline', 'command', 'one', 'pool', 'floor1', 'floor2'].map((k) => runs.get(k)!) as [Timed[], Timed[], Timed[], Timed[], Timed[], Timed[]];
  // The command may use the pool on this file; it starts a worker only for a core other processes leave free.
  const chosen = poolPays(cores, statSync(path).size) ? `up to ${poolWorkers(cores) + 1} threads, as cores are free` : 'one thread';
  console.log(`${label}: ${(statSync(path).size / 1e6).toFixed(0)} MB, cold processes, medians of ${rounds} paired rounds (${cores} cores)`);
  console.log(`  baseline (read, split, JSON.parse)  ${s(baseline)}, peak ${mb(baseline)}`);
  console.log(`  asc-mods validate (${chosen}, its choice)   ${s(command)}, peak ${mb(command)}`);
  console.log(`  one thread                          ${s(one)}, peak ${mb(one)}`);
  console.log(`  pool (${forced} worker${forced > 1 ? 's' : ''} + main, forced)      ${s(pool)}, peak ${mb(pool)}`);
  console.log(`  ratio baseline ÷ validate:          ${pairedRatio(baseline, command).toFixed(2)}  (goal: at least ${goal})`);
  console.log(`  ratio baseline ÷ one thread:        ${pairedRatio(baseline, one).toFixed(2)}`);
  console.log(`  ratio baseline ÷ pool:              ${pairedRatio(baseline, pool).toFixed(2)}`);
  console.log(`  one thread ÷ pool (>1: pool faster): ${pairedRatio(one, pool).toFixed(2)}  (goal: the command uses the pool only where it is faster)`);
  // What the goal asks against what no complete check can go below: parse, and the schema's yes or no, alone.
  const floorOne = pairedRatio(baseline, floor1);
  const floorTwo = pairedRatio(baseline, floor2);
  console.log(`  floor, one thread: parse and the schema's yes or no only (floor-schema.js)  ${s(floor1)}, ratio ${floorOne.toFixed(2)}`);
  console.log(`  floor, two threads (half the file each)                                     ${s(floor2)}, ratio ${floorTwo.toFixed(2)}`);
  console.log(`  the goal (${goal}) ${goal >= floorTwo ? 'is at or above what the floor reaches on two threads: a check that also runs the rules cannot meet it here' : `is below the two-threads floor's ${floorTwo.toFixed(2)}: the rest of the check (rules, references, findings, report) has ${(median(floor2.map((r) => r.ms)) * (floorTwo / goal - 1) / 1000).toFixed(2)} s`}`);
}

function memoryFigures(small: string, big: string): void {
  const runs = paired([{ label: 'small', args: commandArgs(root, small) }, { label: 'big', args: commandArgs(root, big) }], 3);
  const a = runs.get('small')!;
  const b = runs.get('big')!;
  console.log(`asc-mods validate, cold, peak memory (medians of 3): ~100 MB ${mb(a)} in ${s(a)}; ~1 GB ${mb(b)} in ${s(b)}`);
  console.log(`  ratio ~1 GB ÷ ~100 MB: ${(median(b.map((r) => r.peakMb)) / median(a.map((r) => r.peakMb))).toFixed(2)}  (goal: at most 1.2)`);
}

/** Extras, in process and warm: validate's records/s against reading, splitting and parsing on this thread. */
async function warmFigures(label: string, path: string): Promise<void> {
  const { loadRuntimeModel } = await dist<typeof import('../src/runtime/model.ts')>('generator/src/runtime/model.js');
  const { loadValidators, validateFiles } = await dist<typeof import('../../conformance/files/engine.ts')>('conformance/files/engine.js');
  const { readerFor } = await dist<typeof import('../../conformance/files/readers.ts')>('conformance/files/readers.js');
  const model = await loadRuntimeModel(root);
  const validators = await loadValidators(root);
  const file = { path, display: path, format: 'ndjson' as const };
  const once = async () => {
    const start = performance.now();
    const result = await validateFiles({ model, validators, files: [file], failures: [], now: new Date(), readerFor: (f) => readerFor(f, model) });
    return { ms: performance.now() - start, records: result.totals.records };
  };
  await once();
  const run = await once();
  const baseline = runOnce(baselineArgs(root, path)).ms;
  console.log(`extra, warm in process, one thread, ${label}: ${Math.round((run.records / run.ms) * 1000).toLocaleString('en-GB')} records/s (${((statSync(path).size / 1e6 / run.ms) * 1000).toFixed(1)} MB/s); the baseline process ${(baseline / 1000).toFixed(2)} s, validate ${(run.ms / 1000).toFixed(2)} s`);
}

try {
  const size = quick ? 20 : 100;
  const valid = makeFile('valid.ndjson', size, 0);
  const invalid = makeFile('invalid.ndjson', size, 1);
  coldFigures('all valid', valid, 0.6);
  coldFigures('every record invalid', invalid, 0.4);
  if (process.env['ASC_MODS_BENCH_1GB']) memoryFigures(valid, makeFile('big.ndjson', 1000, 0));
  else console.log('peak memory on ~1 GB: set ASC_MODS_BENCH_1GB=1 (about two minutes more)');
  await warmFigures('all valid', valid);
  await warmFigures('every record invalid', invalid);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
