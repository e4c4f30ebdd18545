/**
 * Validation benchmark: figures, not assertions. On the same synthetic NDJSON (from `asc-mods examples`), in one run:
 * - the records/s and MB/s of `validate` in process, on ~100 MB and on ~1 GB, with the worker threads the command uses
 *   for large NDJSON; and of a baseline that only reads, splits lines and JSON.parses; with their ratio, for all-valid
 *   and all-invalid data. Both are measured warm: a first run over the file warms this thread and the workers (one
 *   pool serves every run), as a first baseline pass warms the baseline;
 * - the `asc-mods validate` command end to end, cold (a new process: loading the spec, starting its workers), and its
 *   peak memory, on a ~100 MB and a ~1 GB file (median of three runs each).
 * Files are made in a temporary folder and removed.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkSpecFile } from '../src/pipeline.ts';
import { defaultSpecPath, packageRoot } from '../src/paths.ts';
import { synthesizeRecords } from '../../conformance/synth/generate.ts';
import { writeNdjson } from '../../conformance/synth/write-ndjson.ts';
import type { SpecModel } from '../src/model/types.ts';

const root = packageRoot();
// What is timed is the compiled code the command runs (npm run bench builds it first), not the TypeScript sources.
const dist = <T>(path: string): Promise<T> => import(pathToFileURL(join(root, 'dist', 'conformance', 'files', path)).href) as Promise<T>;
const { loadValidators, validateFiles } = await dist<typeof import('../../conformance/files/engine.ts')>('engine.js');
const { readLines } = await dist<typeof import('../../conformance/files/input/lines.ts')>('input/lines.js');
const { readerFor } = await dist<typeof import('../../conformance/files/readers.ts')>('readers.js');
const { CheckPool } = await dist<typeof import('../../conformance/files/parallel/pool.ts')>('parallel/pool.js');
const dir = mkdtempSync(join(tmpdir(), 'asc-mods-bench-validate-'));
const model = (await checkSpecFile(defaultSpecPath())).model!;
const validators = await loadValidators(root);
const quick = process.argv.includes('--quick');

async function makeFile(name: string, megabytes: number, invalidRate: number): Promise<string> {
  const path = join(dir, name);
  // Records are about 1.5 kB on average; make a few more than needed and stop at the size.
  const out = createWriteStream(path);
  const target = megabytes * 1e6;
  let bytes = 0;
  const items = (function* () {
    for (const item of synthesizeRecords(model, { classes: [], count: Math.ceil(target / 500), seed: 7, invalidRate })) {
      if (bytes >= target) return;
      bytes += JSON.stringify(item.record).length + 1;
      yield item;
    }
  })();
  await writeNdjson(items, out);
  return path;
}

async function rates(path: string, m: SpecModel, pool: Awaited<ReturnType<typeof CheckPool.start>>) {
  let start = performance.now();
  let records = 0;
  for await (const line of readLines(path, () => {})) {
    if (line.bytes && line.bytes.length > 0) {
      JSON.parse(line.bytes.toString('utf8'));
      records += 1;
    }
  }
  const baseline = performance.now() - start;
  start = performance.now();
  const file = { path, display: path, format: 'ndjson' as const };
  const result = await validateFiles({ model: m, validators, files: [file], failures: [], now, readerFor: (f) => readerFor(f, m), ...(pool ? { pool } : {}) });
  const validate = performance.now() - start;
  const mb = statSync(path).size / 1e6;
  return { records, mb, baseline, validate, invalid: result.totals.invalid };
}

/** The command end to end, the median of three runs by time; with its peak memory (the median of the three peaks). */
function command(path: string): { ms: number; peakMb: number } {
  const runs = [commandOnce(path), commandOnce(path), commandOnce(path)];
  const median = (values: number[]) => values.sort((a, b) => a - b)[1]!;
  return { ms: median(runs.map((r) => r.ms)), peakMb: median(runs.map((r) => r.peakMb)) };
}

function commandOnce(path: string): { ms: number; peakMb: number } {
  const start = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'bin', 'asc-mods.js'), 'validate', path, '--no-progress', '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ASC_MODS_REPORT_MAXRSS: '1' } });
  const ms = performance.now() - start;
  const match = /"maxRssKb":\s*(\d+)/.exec(run.stderr);
  return { ms, peakMb: match ? Number(match[1]) / 1024 : NaN };
}

const line = (label: string, r: Awaited<ReturnType<typeof rates>>) => {
  const rate = (ms: number) => `${Math.round((r.records / ms) * 1000).toLocaleString('en-GB')} records/s, ${((r.mb / ms) * 1000).toFixed(1)} MB/s`;
  console.log(`${label}: ${r.records.toLocaleString('en-GB')} records (${r.mb.toFixed(0)} MB, ${r.invalid.toLocaleString('en-GB')} invalid)`);
  console.log(`  baseline (read, split, JSON.parse): ${rate(r.baseline)}`);
  console.log(`  validate:                           ${rate(r.validate)}`);
  console.log(`  ratio validate / baseline:          ${(r.baseline / r.validate).toFixed(2)}`);
};

// As the command does for large NDJSON: worker threads, started once, outside the timing.
const now = new Date();
const pool = await CheckPool.start({ model, root, now, className: undefined, profile: 'published' });
try {
  const size = quick ? 20 : 100;
  const valid = await makeFile('valid.ndjson', size, 0);
  const invalid = await makeFile('invalid.ndjson', size, 1);
  await rates(valid, model, pool); // warm up
  const small = await rates(valid, model, pool);
  line('all valid', small);
  line('all invalid', await rates(invalid, model, pool));
  if (!quick) {
    const big = await makeFile('big.ndjson', 1000, 0);
    const large = await rates(big, model, pool);
    line('all valid, ~1 GB', large);
    await pool?.close();
    const commandLine = (label: string, r: { records: number; mb: number }, c: { ms: number; peakMb: number }) =>
      console.log(`asc-mods validate, cold, ${label}: ${Math.round((r.records / c.ms) * 1000).toLocaleString('en-GB')} records/s, ${((r.mb / c.ms) * 1000).toFixed(1)} MB/s end to end (${(c.ms / 1000).toFixed(2)} s); peak memory ${c.peakMb.toFixed(0)} MB`);
    const c1 = command(valid);
    const c2 = command(big);
    commandLine('~100 MB', small, c1);
    commandLine('~1 GB', large, c2);
    console.log(`peak memory ratio ~1 GB / ~100 MB (medians of 3 runs): ${(c2.peakMb / c1.peakMb).toFixed(2)}`);
  }
} finally {
  await pool?.close();
  rmSync(dir, { recursive: true, force: true });
}
