import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../generator/test/support/paths.ts';
import { suiteSize } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'asc-mods-vitest-adapter-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the suite as vitest tests (npm run conformance)', () => {
  it('reports each suite test by its id through vitest, here as JUnit, against the reference supplier', () => {
    const out = join(dir, 'junit.xml');
    const run = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'conformance/vitest.config.ts', '--reporter=junit', `--outputFile=${out}`], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, ASC_MODS_REFERENCE: '1', ASC_MODS_CLASSES: 'risk' },
    });
    expect(run.status, run.stderr).toBe(0);
    const junit = readFileSync(out, 'utf8');
    expect(junit).toMatch(/<testcase classname="conformance\/vitest\/conformance\.test\.ts" name="risk &gt; risk\.update\.stale: /);
    expect(junit.match(/<testcase /g)).toHaveLength(suiteSize);
    expect(junit).not.toContain('<failure');
  }, 120_000);

  it('says what to set when no system is given', () => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'conformance/vitest.config.ts'], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, ASC_MODS_REFERENCE: '', ASC_MODS_BASE_URL: '' } });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('Set ASC_MODS_BASE_URL');
  }, 120_000);
});
