import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../generator/test/support/generated.ts';
import { repoRoot } from '../../../generator/test/support/paths.ts';

/**
 * The collection cadence sets V8's --expose-gc, a process-wide flag. Only a run beside worker threads needs it
 * (parallel/ndjson-parallel.ts); a run on one thread must leave the process as it found it. Seen in a fresh process,
 * since the test runner's own may have the flag from other tests.
 */
describe('the process-wide --expose-gc flag', () => {
  it('is left alone by a run on one thread, and set by a run beside a pool', () => {
    const dir = tempDir('gc-flag');
    const data = join(dir, 'records.ndjson');
    writeFileSync(data, '{"record_type":"risk"}\n{}\nnot json\n');
    const script = join(dir, 'run.mts');
    const at = (path: string) => JSON.stringify(pathToFileURL(join(repoRoot, path)).href);
    writeFileSync(
      script,
      `import { runInNewContext } from 'node:vm';
const { loadRuntimeModel } = await import(${at('generator/src/runtime/model.ts')});
const { loadValidators, validateFiles } = await import(${at('conformance/files/engine.ts')});
const { readerFor } = await import(${at('conformance/files/readers.ts')});
const { CheckPool } = await import(${at('conformance/files/parallel/pool.ts')});
const model = await loadRuntimeModel(${JSON.stringify(repoRoot)});
const validators = await loadValidators(${JSON.stringify(repoRoot)});
const now = new Date('2026-01-01T00:00:00Z');
const run = (pool) => validateFiles({ model, validators, files: [{ path: ${JSON.stringify(data)}, display: 'records.ndjson', format: 'ndjson' }], failures: [], now, readerFor: (f) => readerFor(f, model), ...(pool ? { pool } : {}) });
const exposed = () => runInNewContext('typeof gc');
const single = await run();
const before = exposed();
const pool = await CheckPool.start({ model, root: ${JSON.stringify(repoRoot)}, now, className: undefined, profile: 'published', workers: 1 });
const pooled = await run(pool);
await pool.close();
process.stdout.write(JSON.stringify({ records: single.totals.records, pooled: pooled.totals.records, before, after: exposed() }));
`,
    );
    const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const child = spawnSync(process.execPath, [tsx, script], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({ records: 3, pooled: 3, before: 'undefined', after: 'function' });
  }, 60_000);
});
