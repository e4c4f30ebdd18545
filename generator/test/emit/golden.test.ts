import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareGenerated } from '../../src/emit/write.ts';
import { generateFromFile } from '../../src/generate.ts';
import { realSpecPath, repoRoot } from '../support/paths.ts';

describe('generated/ (golden)', () => {
  it('is byte for byte what spec/mods.yaml gives, with no file missing or orphaned (update: npm run mods -- generate)', async () => {
    // The same route as the command: the changelog comes from spec/releases/ beside the spec.
    const { files } = await generateFromFile(realSpecPath);
    const drift = await compareGenerated(join(repoRoot, 'generated'), files!);
    expect(drift, 'generated/ is stale: run `npm run mods -- generate` and commit the result').toEqual({ stale: [], missing: [], orphaned: [] });
  });
});
