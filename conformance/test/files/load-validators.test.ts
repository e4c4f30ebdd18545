import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadValidators } from '../../files/load-validators.ts';
import { repoRoot } from '../../../generator/test/support/paths.ts';
import { synth } from '../synth/support.ts';

const dir = mkdtempSync(join(tmpdir(), 'asc-mods-validators-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadValidators', () => {
  it('gives each validator with its errors, as standalone.js has it', async () => {
    const validators = await loadValidators(repoRoot);
    const real = (await import(join(repoRoot, 'generated', 'typescript', 'standalone.js'))) as Record<string, typeof validators[string]>;
    const records = (await synth({ count: 40, seed: 21, invalidRate: 1 })).map((s) => s.record as Record<string, unknown>);
    let refused = 0;
    for (const record of records) {
      const name = `validate${String(record['record_type']).split('_').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}`;
      const valid = validators[name]!(record);
      expect(valid).toBe(real[name]!(record));
      expect(validators[name]!.errors ?? null).toEqual(real[name]!.errors ?? null);
      if (!valid) refused += 1;
    }
    expect(refused).toBeGreaterThan(5);
  });

  it.runIf((process.features as { require_module?: boolean }).require_module)('loads ajv’s module only when a validator is first called (a run of valid records never needs it)', async () => {
    // A root whose standalone.js cannot be loaded: the yes-or-no answers still work until ajv's are asked for.
    const root = join(dir, 'root');
    mkdirSync(join(root, 'generated', 'typescript'), { recursive: true });
    copyFileSync(join(repoRoot, 'generated', 'typescript', 'accept.js'), join(root, 'generated', 'typescript', 'accept.js'));
    writeFileSync(join(root, 'generated', 'typescript', 'standalone.js'), 'throw new Error("standalone.js was loaded");\nexport {};\n');
    const validators = await loadValidators(root);
    const risk = (await synth({ count: 5, seed: 22, invalidRate: 0, classes: ['risk'] })).map((s) => s.record as Record<string, unknown>).find((r) => r['record_type'] === 'risk');
    expect(validators['acceptsRisk']!(risk)).toBe(true);
    expect(() => validators['validateRisk']!(risk)).toThrow(/standalone.js was loaded/);
  });
});
