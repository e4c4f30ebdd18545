import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitAll } from '../../src/emit/registry.ts';
import { compareGenerated } from '../../src/emit/write.ts';
import { checkSpecFile } from '../../src/pipeline.ts';
import { realSpecPath, repoRoot } from '../support/paths.ts';

describe('generated/ (golden)', () => {
  it('is byte for byte what spec/mods.yaml gives, with no file missing or orphaned (update: npm run mods -- generate)', async () => {
    const { model } = await checkSpecFile(realSpecPath);
    const drift = await compareGenerated(join(repoRoot, 'generated'), await emitAll(model!));
    expect(drift, 'generated/ is stale: run `npm run mods -- generate` and commit the result').toEqual({ stale: [], missing: [], orphaned: [] });
  });
});
