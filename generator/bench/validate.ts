/**
 * Validation benchmark: figures, not assertions. On the same synthetic NDJSON (from `asc-mods examples`), in one run:
 * the records/s and MB/s of `validate` (in process, excluding loading the spec, with the worker threads the command
 * uses for large NDJSON, started fresh for each file as the command does) on ~100 MB and on ~1 GB, and of a baseline that only reads,
 * splits lines and JSON.parses, with their ratio, for all-valid and all-invalid data; and the peak memory of the
 * validate command on a ~100 MB and a ~1 GB file. Files are made in a temporary folder and removed.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSpecFile } from '../src/pipeline.ts';
import { defaultSpecPath, packageRoot } from '../src/paths.ts';
import { loadValidators, validateFiles } from '../src/validate/engine.ts';
import { readLines } from '../src/validate/input/lines.ts';
import { readerFor } from '../src/validate/readers.ts';
import { CheckPool } from '../src/validate/parallel/pool.ts';
import { synthesizeRecords } from '../src/validate/synth/generate.ts';
import { writeNdjson } from '../src/validate/synth/write-ndjson.ts';
import type { SpecModel } from '../src/model/types.ts';

const root = packageRoot();
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

async function rates(path: string, m: SpecModel) {
  let start = performance.now();
  let records = 0;
  for await (const line of readLines(path, () => {})) {
    if (line.bytes && line.bytes.length > 0) {
      JSON.parse(line.bytes.toString('utf8'));
      records += 1;
    }
  }
  const baseline = performance.now() - start;
  // As the command does for large NDJSON: worker threads (started outside the timing, as they are once per run).
  const now = new Date();
  const pool = await CheckPool.start({ model: m, root, now, className: undefined });
  start = performance.now();
  const file = { path, display: path, format: 'ndjson' as const };
  const result = await validateFiles({ model: m, validators, files: [file], failures: [], now, readerFor: (f) => readerFor(f, m), ...(pool ? { pool } : {}) });
  const validate = performance.now() - start;
  await pool?.close();
  const mb = statSync(path).size / 1e6;
  return { records, mb, baseline, validate, invalid: result.totals.invalid };
}

function peakMemory(path: string): number {
  const run = spawnSync(process.execPath, [join(root, 'bin', 'asc-mods.js'), 'validate', path, '--no-progress', '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ASC_MODS_REPORT_MAXRSS: '1' } });
  const match = /"maxRssKb":\s*(\d+)/.exec(run.stderr);
  return match ? Number(match[1]) / 1024 : NaN;
}

const line = (label: string, r: Awaited<ReturnType<typeof rates>>) => {
  const rate = (ms: number) => `${Math.round((r.records / ms) * 1000).toLocaleString('en-GB')} records/s, ${((r.mb / ms) * 1000).toFixed(1)} MB/s`;
  console.log(`${label}: ${r.records.toLocaleString('en-GB')} records (${r.mb.toFixed(0)} MB, ${r.invalid.toLocaleString('en-GB')} invalid)`);
  console.log(`  baseline (read, split, JSON.parse): ${rate(r.baseline)}`);
  console.log(`  validate:                           ${rate(r.validate)}`);
  console.log(`  ratio validate / baseline:          ${(r.baseline / r.validate).toFixed(2)}`);
};

try {
  const size = quick ? 20 : 100;
  const valid = await makeFile('valid.ndjson', size, 0);
  const invalid = await makeFile('invalid.ndjson', size, 1);
  await rates(valid, model); // warm up
  line('all valid', await rates(valid, model));
  line('all invalid', await rates(invalid, model));
  if (!quick) {
    const big = await makeFile('big.ndjson', 1000, 0);
    // On a large file the threads' warm-up is a small part of the run.
    line('all valid, ~1 GB', await rates(big, model));
    const small = peakMemory(valid);
    const large = peakMemory(big);
    console.log(`peak memory of asc-mods validate: ${small.toFixed(0)} MB on ~100 MB, ${large.toFixed(0)} MB on ~1 GB (ratio ${(large / small).toFixed(2)})`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
