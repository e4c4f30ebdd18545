import { spawnSync } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSpecFile } from '../../../generator/src/pipeline.ts';
import { tempDir } from '../../../generator/test/support/generated.ts';
import { runCli } from '../../../generator/test/support/cli.ts';
import { realSpecPath, repoRoot } from '../../../generator/test/support/paths.ts';
import type { Profile } from '../../files/checks/authority.ts';
import { loadValidators, validateFiles, type ValidateEngine } from '../../files/engine.ts';
import { collectInputs } from '../../files/inputs.ts';
import { CheckPool } from '../../files/parallel/pool.ts';
import { readerFor } from '../../files/readers.ts';
import { renderValidationJson } from '../../report/json.ts';
import { synthesizeRecords } from '../../synth/generate.ts';
import { writeNdjson } from '../../synth/write-ndjson.ts';
import { validRecord } from './support.ts';

const model = (await checkSpecFile(realSpecPath)).model!;
const validators = await loadValidators(repoRoot);
const now = new Date('2026-06-01T00:00:00Z');

async function validate(dir: string, engine: ValidateEngine, options: { profile?: Profile; pool?: CheckPool; engineDir?: string; engineRowsPerPart?: number } = {}) {
  const { files, failures } = await collectInputs([{ path: dir, display: 'batch' }]);
  return validateFiles({ model, validators, files, failures, now, engine, readerFor: (f) => readerFor(f, model), ...options });
}

/** A mixed batch: NDJSON with every kind of defect the synthesizer plants, a JSON file and a CSV file. */
async function mixedBatch(): Promise<string> {
  const dir = tempDir('duckdb-engine');
  await writeNdjson(synthesizeRecords(model, { classes: [], count: 3000, seed: 42, invalidRate: 0.35 }), createWriteStream(join(dir, 'a.ndjson')));
  // A valid record sent twice, and nothing else wrong with the second copy: its duplicate alone makes it invalid.
  const goal = validRecord('goal');
  writeFileSync(join(dir, 'b.json'), JSON.stringify([goal, goal]));
  writeFileSync(join(dir, 'c.csv'), readFileSync(join(repoRoot, 'generated', 'csv', 'care_worker.csv'), 'utf8'));
  return dir;
}

describe('validate --engine duckdb', () => {
  it('gives the in-memory engine\'s report byte for byte on a mixed batch, under both profiles', async () => {
    const dir = await mixedBatch();
    for (const profile of ['published', 'full'] as const) {
      const memory = await validate(dir, 'memory', { profile });
      const duck = await validate(dir, 'duckdb', { profile });
      expect(renderValidationJson(duck)).toBe(renderValidationJson(memory));
      // The batch rules had something to find, each of them.
      const count = (check: string) => memory.checks.filter((c) => c.check === check).reduce((n, c) => n + c.count, 0);
      expect(count('unique-record-version')).toBeGreaterThan(1);
      expect(count('version-sequence')).toBeGreaterThan(0);
      expect(count('reference-resolves')).toBeGreaterThan(0);
      // The goal sent twice: one valid, one invalid, in both.
      expect(duck.files.find((f) => f.file.endsWith('b.json'))).toMatchObject({ records: 2, valid: 1, invalid: 1 });
    }
  });

  it('gives the same report when its queries group the rows a part at a time (here 50 parts and more)', async () => {
    const dir = await mixedBatch();
    const memory = await validate(dir, 'memory');
    expect(renderValidationJson(await validate(dir, 'duckdb', { engineRowsPerPart: 97 }))).toBe(renderValidationJson(memory));
  });

  it('gives the same report when NDJSON is checked on worker threads', async () => {
    const dir = await mixedBatch();
    const pool = await CheckPool.start({ model, root: repoRoot, now, className: undefined, profile: 'published', workers: 1 });
    expect(pool, 'worker threads start in the test runner').toBeDefined();
    try {
      expect(renderValidationJson(await validate(dir, 'duckdb', { pool: pool! }))).toBe(renderValidationJson(await validate(dir, 'memory')));
    } finally {
      await pool!.close();
    }
  });

  it('removes its DuckDB folder when done', async () => {
    const dir = await mixedBatch();
    const engineDir = tempDir('duckdb-engine-dir');
    await validate(dir, 'duckdb', { engineDir });
    expect(readdirSync(engineDir)).toEqual([]);
  });

  it('as the command: the same JSON report as the default engine; a bad --engine or --engine-dir is a usage error', async () => {
    const dir = await mixedBatch();
    const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const run = (...extra: string[]) => spawnSync(process.execPath, [tsx, join(repoRoot, 'cli', 'main.ts'), 'validate', 'a.ndjson', 'b.json', '--format', 'json', ...extra], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
    const memory = run();
    const duck = run('--engine', 'duckdb', '--engine-dir', '.');
    expect(duck.stderr).toBe('');
    expect(duck.status).toBe(1);
    // The reports are stamped with the time of the run: compared without it.
    const unstamped = (text: string) => text.replace(/"(generated|at|date|time)[A-Za-z]*": "[^"]*"/g, '');
    expect(unstamped(duck.stdout)).toBe(unstamped(memory.stdout));
    expect(readdirSync(dir).filter((f) => f.startsWith('asc-mods-batch-'))).toEqual([]);
    expect(await runCli(['validate', 'a.ndjson', '--engine', 'disk'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/--engine must be memory or duckdb, not "disk"/) });
    expect(await runCli(['validate', 'a.ndjson', '--engine', 'duckdb', '--engine-dir', 'nowhere'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/--engine-dir: no such folder: nowhere/) });
    expect(await runCli(['validate', 'a.ndjson', '--engine-dir', '.'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/--engine-dir is for --engine duckdb/) });
    expect(await runCli(['validate', 'a.ndjson', '--engine', 'duckdb', '--engine-memory', 'lots'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/--engine-memory must be a size such as 64MB or 1GB, not "lots"/) });
    // DuckDB out of its memory: exit 2, saying so and what to do, no stack; its folder removed all the same.
    const starved = await runCli(['validate', 'a.ndjson', '--engine', 'duckdb', '--engine-memory', '1KB', '--engine-dir', '.'], dir);
    expect(starved).toMatchObject({ code: 2, stdout: '' });
    expect(starved.stderr).toMatch(/^asc-mods validate: the DuckDB engine failed: .*allocate.* \(give it more with --engine-memory, or more disk with --engine-dir\)\n$/);
    expect(readdirSync(dir).filter((f) => f.startsWith('asc-mods-batch-'))).toEqual([]);
  });
});
