import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSpecFile } from '../../src/pipeline.ts';
import { loadRuntimeModel, RuntimeModelUnreadable } from '../../src/runtime/model.ts';
import { loadValidators, validateFiles } from '../../../conformance/files/engine.ts';
import { collectInputs } from '../../../conformance/files/inputs.ts';
import { readerFor } from '../../../conformance/files/readers.ts';
import type { SpecModel } from '../../src/model/types.ts';
import { synthesizeRecords } from '../../../conformance/synth/generate.ts';
import { realSpecPath, repoRoot } from '../support/paths.ts';

/**
 * The commands that run on records start from the compiled runtime model (generated/typescript/model.json), not from
 * the YAML: it must be the model the checker builds, and give the same verdicts. (That it is up to date with the
 * spec is the golden test's: it is a generated file like any other.)
 */
const checked = (await checkSpecFile(realSpecPath)).model!;
const compiled = await loadRuntimeModel(repoRoot);

async function verdicts(model: SpecModel, file: string) {
  const { files, failures } = await collectInputs([{ path: file, display: 'records.ndjson' }]);
  const now = new Date('2026-06-01T00:00:00Z');
  return validateFiles({ model, validators: await loadValidators(repoRoot), files, failures, now, readerFor: (f) => readerFor(f, model) });
}

describe('the compiled runtime model', () => {
  it('is the checked model of spec/mods.yaml, as JSON carries it', () => {
    expect(compiled).toEqual(JSON.parse(JSON.stringify(checked)));
    expect(compiled.file).toBe(checked.file);
  });

  it('gives the same verdicts as the checked model, record by record, on synthetic records with defects', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asc-mods-runtime-model-'));
    const file = join(dir, 'records.ndjson');
    const items = [...synthesizeRecords(checked, { classes: [], count: 400, seed: 7, invalidRate: 0.5 })];
    writeFileSync(file, items.map((i) => JSON.stringify(i.record)).join('\n') + '\n');
    const [fromYaml, fromCompiled] = [await verdicts(checked, file), await verdicts(compiled, file)];
    expect(fromYaml.totals.invalid).toBeGreaterThan(0);
    expect(fromCompiled).toEqual(fromYaml);
  });

  it('is refused with a clear reason when missing, not JSON, or of another format', async () => {
    const root = mkdtempSync(join(tmpdir(), 'asc-mods-runtime-root-'));
    await expect(loadRuntimeModel(root)).rejects.toThrow(/model\.json cannot be read \(ENOENT\); run `asc-mods generate`/);
    mkdirSync(join(root, 'generated', 'typescript'), { recursive: true });
    writeFileSync(join(root, 'generated', 'typescript', 'model.json'), '{"format":');
    await expect(loadRuntimeModel(root)).rejects.toThrow(RuntimeModelUnreadable);
    writeFileSync(join(root, 'generated', 'typescript', 'model.json'), '{"format":0,"model":{}}');
    await expect(loadRuntimeModel(root)).rejects.toThrow(/is not a runtime model of format 1/);
  });
});
