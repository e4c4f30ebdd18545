import { join } from 'node:path';
import { Writable } from 'node:stream';
import { typeName } from '../../../generator/src/emit/naming.ts';
import type { SpecModel } from '../../../generator/src/model/types.ts';
import { checkSpecFile } from '../../../generator/src/pipeline.ts';
import { synthesizeRecords, type SynthItem, type SynthOptions } from '../../synth/generate.ts';
import { writeNdjson } from '../../synth/write-ndjson.ts';
import { realSpecPath, repoRoot } from '../../../generator/test/support/paths.ts';

/** A record as the tests read it. */
export type Rec = Record<string, any>;

export interface Validator {
  (data: unknown): boolean;
  errors?: readonly { instancePath: string; keyword: string; params: Record<string, unknown> }[] | null;
}

let model: SpecModel | undefined;

export async function realModel(): Promise<SpecModel> {
  if (!model) {
    const checked = await checkSpecFile(realSpecPath);
    if (!checked.model) throw new Error('the real spec does not build');
    model = checked.model;
  }
  return model;
}

/** The generated, precompiled validator of a record class (validate<PascalCase> in generated/typescript/standalone.js). */
export async function validators(): Promise<(recordType: string) => Validator> {
  const compiled = (await import(join(repoRoot, 'generated', 'typescript', 'standalone.js'))) as Record<string, Validator>;
  return (recordType) => {
    const validate = compiled[`validate${typeName(recordType)}`];
    if (!validate) throw new Error(`no generated validator for ${recordType}`);
    return validate;
  };
}

export async function synth(options: Partial<SynthOptions> = {}): Promise<SynthItem[]> {
  return [...synthesizeRecords(await realModel(), { classes: [], count: 100, seed: 1, invalidRate: 0, ...options })];
}

/** The NDJSON bytes writeNdjson makes of some records. */
export async function ndjson(items: Iterable<{ record: object }>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeNdjson(items, sink);
  return Buffer.concat(chunks);
}

/** Every reference a record holds ({record_type, record_uid} objects below the top level), with its JSON path. */
export function referencesIn(record: Rec): { path: string; type: string; uid: string }[] {
  const out: { path: string; type: string; uid: string }[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}/${i}`));
    else if (value && typeof value === 'object') {
      const v = value as Rec;
      if (path !== '' && typeof v['record_type'] === 'string' && typeof v['record_uid'] === 'string') out.push({ path, type: v['record_type'], uid: v['record_uid'] });
      for (const [key, child] of Object.entries(v)) visit(child, `${path}/${key}`);
    }
  };
  visit(record, '');
  return out;
}

/** Every string value in a record that is a date or a date-time, with its path. */
export function datesIn(record: Rec): { path: string; value: string }[] {
  const out: { path: string; value: string }[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string' && /^[0-9]{4}-[0-9]{2}-[0-9]{2}(T|$)/.test(value)) out.push({ path, value });
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) visit(child, `${path}/${key}`);
  };
  visit(record, '');
  return out;
}
