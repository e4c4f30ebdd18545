import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSpecFile } from '../../../generator/src/pipeline.ts';
import { loadValidators, validateFiles } from '../../files/engine.ts';
import { renderValidationJson } from '../../report/json.ts';
import { readerFor } from '../../files/readers.ts';
import { synthesizeRecords } from '../../synth/generate.ts';
import { writeNdjson } from '../../synth/write-ndjson.ts';
import { tempDir } from '../../../generator/test/support/generated.ts';
import { realSpecPath, repoRoot } from '../../../generator/test/support/paths.ts';

/**
 * Over 16 MB of NDJSON the command checks records on worker threads. Its report must be byte for byte the report
 * of the same file checked on one thread: results are applied in file order whatever thread finished first.
 */
describe('validating on worker threads', () => {
  it('gives exactly the report of validating on one thread', async () => {
    const model = (await checkSpecFile(realSpecPath)).model!;
    const dir = tempDir('parallel');
    const path = join(dir, 'big.ndjson');
    const { bytes } = await writeNdjson(synthesizeRecords(model, { classes: [], count: 14_000, seed: 11, invalidRate: 0.2 }), createWriteStream(path));
    expect(bytes).toBeGreaterThan(16 * 1024 * 1024);

    const single = await validateFiles({
      model,
      validators: await loadValidators(repoRoot),
      files: [{ path, display: 'big.ndjson', format: 'ndjson' }],
      failures: [],
      now: new Date(),
      readerFor: (f) => readerFor(f, model),
    });
    const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const run = spawnSync(process.execPath, [tsx, join(repoRoot, 'cli', 'main.ts'), 'validate', 'big.ndjson', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(single.totals.invalid).toBeGreaterThan(0);
    expect(run.stdout).toBe(renderValidationJson(single));
    // And the worker threads really ran (this machine has at least two cores).
    const human = spawnSync(process.execPath, [tsx, join(repoRoot, 'cli', 'main.ts'), 'validate', 'big.ndjson'], { cwd: dir, encoding: 'utf8' });
    expect(human.stdout).toMatch(/ on [2-9] threads against /);
  }, 120_000);
});
