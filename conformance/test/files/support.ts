import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSpecFile } from '../../../generator/src/pipeline.ts';
import { loadValidators, validateFiles } from '../../files/engine.ts';
import { collectInputs } from '../../files/inputs.ts';
import { readerFor } from '../../files/readers.ts';
import type { Profile } from '../../files/checks/authority.ts';
import type { ValidationResult } from '../../files/result.ts';
import { tempDir } from '../../../generator/test/support/generated.ts';
import { realSpecPath, repoRoot } from '../../../generator/test/support/paths.ts';

const model = (await checkSpecFile(realSpecPath)).model!;
const validators = await loadValidators(repoRoot);

/** The committed synthetic valid record of a class (a fresh copy each time). */
export function validRecord(cls: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(repoRoot, 'generated', 'examples', `${cls}.json`), 'utf8')).valid;
}

/** Validate records written as one NDJSON file (or the given files), with a fixed clock. */
export async function validateRecords(records: readonly unknown[], now = new Date('2026-01-01T00:00:00Z'), profile?: Profile): Promise<ValidationResult> {
  const dir = tempDir('validate');
  writeFileSync(join(dir, 'batch.ndjson'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return validatePaths([dir], now, undefined, profile);
}

export async function validatePaths(paths: readonly string[], now = new Date('2026-01-01T00:00:00Z'), className?: string, profile?: Profile): Promise<ValidationResult> {
  const listed = await collectInputs(paths.map((p) => ({ path: p, display: p })));
  return validateListed(listed, now, className, profile);
}

/** Validate files already listed (a test may change them in between, as another process could). */
export async function validateListed(
  { files, failures }: Awaited<ReturnType<typeof collectInputs>>,
  now = new Date('2026-01-01T00:00:00Z'),
  className?: string,
  profile?: Profile,
): Promise<ValidationResult> {
  return validateFiles({
    model,
    validators,
    files,
    failures,
    now,
    ...(profile === undefined ? {} : { profile }),
    ...(className === undefined ? {} : { className }),
    readerFor: (f) => readerFor(f, model, className),
  });
}

/** check@path for every finding kept as a sample. */
export function found(result: ValidationResult): string[] {
  return result.checks.flatMap((c) => c.samples.map((s) => `${s.check}@${s.path}`)).sort();
}
