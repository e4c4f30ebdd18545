import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SpecModel } from '../../src/model/types.ts';
import { synthesizeRecords } from '../../../conformance/synth/generate.ts';
import { repoRoot } from './paths.ts';

/** A record to judge with the validators of its class, and where it came from. */
export interface ClassCase {
  readonly label: string;
  readonly recordClass: string;
  readonly record: unknown;
}

interface ExampleFile {
  readonly class: string;
  readonly valid: unknown;
  readonly invalid: readonly { readonly id: string; readonly record: unknown }[];
}

/** Every generated example (generated/examples/<class>.json): the valid record and each invalid variant. */
export function exampleCases(): ClassCase[] {
  const dir = join(repoRoot, 'generated', 'examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const file = JSON.parse(readFileSync(join(dir, f), 'utf8')) as ExampleFile;
      return [{ label: `${file.class} valid`, recordClass: file.class, record: file.valid }, ...file.invalid.map((v) => ({ label: `${file.class} ${v.id}`, recordClass: file.class, record: v.record }))];
    });
}

/**
 * The synthetic records `asc-mods examples --count <count> --invalid-rate <rate> --seed <seed>` writes, made in
 * process: the context records they refer to, then `count` records of the default mix, a share of them with one defect.
 */
export function syntheticCases(model: SpecModel, seed: number, count = 3000, invalidRate = 0.3): ClassCase[] {
  return [...synthesizeRecords(model, { classes: [], count, seed, invalidRate })].map(({ record, defect }, i) => {
    const recordClass = String((record as { record_type?: unknown }).record_type);
    return { label: `seed ${seed} record ${i + 1} (${recordClass}${defect ? `, ${defect}` : ''})`, recordClass, record };
  });
}
