import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const fixturesDir = join(repoRoot, 'generator', 'test', 'fixtures');
export const realSpecPath = join(repoRoot, 'spec', 'mods.yaml');
export const minimalSpecPath = join(fixturesDir, 'minimal.yaml');
export const kitchenSinkPath = join(fixturesDir, 'kitchen-sink.yaml');
