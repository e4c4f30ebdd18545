import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import type { ValidationResult } from '../../files/result.ts';
import { describe, expect, it } from 'vitest';
import { checkSpecFile } from '../../../generator/src/pipeline.ts';
import { availableParallelism } from 'node:os';
import { loadValidators, validateFiles } from '../../files/engine.ts';
import { poolPays, poolWorkers, sampleMs } from '../../files/parallel/choice.ts';
import { IdleSampler, type CoreTimes } from '../../files/parallel/idle.ts';
import { lineUnits, type LineUnit } from '../../files/parallel/units.ts';
import { CheckPool } from '../../files/parallel/pool.ts';
import { renderValidationJson } from '../../report/json.ts';
import { readerFor } from '../../files/readers.ts';
import { synthesizeRecords } from '../../synth/generate.ts';
import { writeNdjson } from '../../synth/write-ndjson.ts';
import { tempDir } from '../../../generator/test/support/generated.ts';
import { realSpecPath, repoRoot } from '../../../generator/test/support/paths.ts';

/**
 * Over 16 MB of NDJSON the command checks records on worker threads where they pay (parallel/choice.ts). Its report
 * must be byte for byte the report of the same file checked on one thread: results are applied in file order whatever thread finished first.
 */
describe('validating on worker threads', () => {
  it('gives exactly the report of validating on one thread', async () => {
    const model = (await checkSpecFile(realSpecPath)).model!;
    const dir = tempDir('parallel');
    const path = join(dir, 'big.ndjson');
    const { bytes } = await writeNdjson(synthesizeRecords(model, { classes: [], count: 14_000, seed: 11, invalidRate: 0.2 }), createWriteStream(path));
    expect(bytes).toBeGreaterThan(16 * 1024 * 1024);

    const now = new Date();
    const validators = await loadValidators(repoRoot);
    const validate = (pool?: CheckPool) => validateFiles({
      model,
      validators,
      files: [{ path, display: 'big.ndjson', format: 'ndjson' }],
      failures: [],
      now,
      readerFor: (f) => readerFor(f, model),
      ...(pool ? { pool } : {}),
    });
    const single = await validate();
    const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const run = spawnSync(process.execPath, [tsx, join(repoRoot, 'cli', 'main.ts'), 'validate', 'big.ndjson', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(single.totals.invalid).toBeGreaterThan(0);
    // The same bytes once the command's stamp (when it ran, on what) is given to the in-process result too.
    const stamp = (JSON.parse(run.stdout) as { run: ValidationResult['run'] }).run!;
    expect(stamp.inputs.map((i) => i.file)).toEqual(['big.ndjson']);
    expect(run.stdout).toBe(renderValidationJson({ ...single, run: stamp }));
    // And the command ran on the threads chosen for this machine and file (one on two cores: parallel/choice.ts).
    const human = spawnSync(process.execPath, [tsx, join(repoRoot, 'cli', 'main.ts'), 'validate', 'big.ndjson'], { cwd: dir, encoding: 'utf8' });
    const cores = availableParallelism();
    const threads = poolPays(cores, bytes) ? 1 + poolWorkers(cores) : 1;
    expect(human.stdout).toMatch(threads > 1 ? new RegExp(` on ${threads} threads against `) : / s against /);

    // The pool, forced, gives the same report byte for byte, whichever thread checked what.
    const pool = await CheckPool.start({ model, root: repoRoot, now, className: undefined, profile: 'published', workers: 1 });
    expect(pool, 'worker threads start in the test runner').toBeDefined();
    try {
      expect(renderValidationJson(await validate(pool))).toBe(renderValidationJson(single));
      expect(pool!.size).toBe(1);
    } finally {
      await pool?.close();
    }
  }, 120_000);

  it('starts no worker where the pool does not pay, and starts them where it does', async () => {
    const model = (await checkSpecFile(realSpecPath)).model!;
    const pool = await CheckPool.start({ model, root: repoRoot, now: new Date(), className: undefined, profile: 'published' });
    const cores = availableParallelism();
    if (poolWorkers(cores) === 0) return expect(pool).toBeUndefined();
    try {
      expect(pool!.useFor(1024 * 1024)).toBe(false);
      expect(pool!.size).toBe(0);
      const big = 1024 * 1024 * 1024;
      expect(pool!.useFor(big)).toBe(poolPays(cores, big));
      // The workers start once the run has measured how busy the machine is (here: at once, all of them), and
      // join as they start; the run does not wait for them.
      if (poolPays(cores, big)) await pool!.startWorkers();
      expect(await pool!.whenStarted()).toBe(poolPays(cores, big));
      expect(pool!.size).toBe(poolPays(cores, big) ? poolWorkers(cores) : 0);
    } finally {
      await pool?.close();
    }
  }, 60_000);
});

describe('a pool beside other busy processes', () => {
  it('dismisses the workers it started, once it has measured their cores busy, after they answer what they were given', async () => {
    const model = (await checkSpecFile(realSpecPath)).model!;
    const dir = tempDir('pool-dismiss');
    const path = join(dir, 'few.ndjson');
    await writeNdjson(synthesizeRecords(model, { classes: [], count: 40, seed: 3, invalidRate: 0 }), createWriteStream(path));
    // Every core busy the whole time, none of it this process's: no core for a worker.
    let clock = 0;
    let readings = 0;
    const allBusy = (): CoreTimes => availableParallelism() > 0 ? Array.from({ length: availableParallelism() }, () => ({ times: { user: readings * 1000, nice: 0, sys: 0, idle: 0, irq: 0 } })) : [];
    const sampler = () => new IdleSampler(() => (readings += 1, allBusy()), () => ({ user: 0, system: 0 }), () => clock);
    const pool = await CheckPool.start({ model, root: repoRoot, now: new Date(), className: undefined, profile: 'published', sampler });
    if (poolWorkers(availableParallelism()) === 0) return expect(pool).toBeUndefined();
    try {
      expect(pool!.useFor(1024 * 1024 * 1024)).toBe(true);
      expect(await pool!.whenStarted()).toBe(true);
      expect(pool!.size).toBe(poolWorkers(availableParallelism()));
      const units = lineUnits(path, () => {});
      const unit = (await units.next()).value as LineUnit;
      const answer = pool!.submit('few.ndjson', unit);
      // Before the sample's time is up nothing changes; then the busy cores dismiss every worker, busy or not.
      pool!.consider();
      expect(pool!.size).toBe(poolWorkers(availableParallelism()));
      clock = sampleMs;
      pool!.consider();
      expect(pool!.size).toBe(0);
      expect(pool!.pending).toBe(0);
      // The dismissed worker still answers the unit it had.
      expect((await answer).unit.count).toBe(unit.records);
      expect(unit.records).toBeGreaterThan(40);
    } finally {
      await pool?.close();
    }
  }, 60_000);
});
