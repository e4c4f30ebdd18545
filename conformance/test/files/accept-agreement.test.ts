import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typeName } from '../../../generator/src/emit/naming.ts';
import { repoRoot } from '../../../generator/test/support/paths.ts';
import { type Rec, synth } from '../synth/support.ts';

// accept.js answers yes or no for each of standalone.js's validators, and the file validator believes its yes
// without asking ajv: were it ever to accept what ajv refuses, a defect would go unreported. These tests hold the two
// to the same verdict on many records, valid and broken, and on values chosen to find where JavaScript's and ajv's
// readings of a keyword could part (code points, integers, inherited and odd keys).
type Check = (data: unknown) => boolean;
const generated = (name: string) => import(join(repoRoot, 'generated', 'typescript', name)) as Promise<Record<string, Check>>;
const [ajv, accept] = await Promise.all([generated('standalone.js'), generated('accept.js')]);

function pair(recordType: string): [Check, Check] {
  const a = ajv[`validate${typeName(recordType)}`];
  const b = accept[`accepts${typeName(recordType)}`];
  if (!a || !b) throw new Error(`no validator pair for ${recordType}`);
  return [a, b];
}

function disagreements(records: readonly unknown[], recordType?: (r: unknown) => string): string[] {
  const out: string[] = [];
  records.forEach((record, i) => {
    const type = recordType ? recordType(record) : String((record as Rec)['record_type']);
    const [validate, accepts] = pair(type);
    const a = validate(record);
    const b = accepts(record);
    if (a !== b) out.push(`#${i} ${type}: ajv ${a}, accept ${b}`);
  });
  return out;
}

/** Every object in a value, with a way to set one of its keys. */
function objectsIn(value: unknown, out: Rec[] = []): Rec[] {
  if (Array.isArray(value)) value.forEach((v) => objectsIn(v, out));
  else if (value && typeof value === 'object') {
    out.push(value as Rec);
    for (const child of Object.values(value)) objectsIn(child, out);
  }
  return out;
}

describe('accept.js agrees with ajv', () => {
  it('has a yes-or-no function for every precompiled validator, and no other', () => {
    const validators = Object.keys(ajv).filter((k) => k.startsWith('validate')).map((k) => k.replace(/^validate/, 'accepts')).sort();
    expect(Object.keys(accept).sort()).toEqual(validators);
    expect(validators.length).toBeGreaterThan(50);
  });

  it('on synthetic records of every class, valid and each kind of broken', async () => {
    const valid = (await synth({ count: 1500, seed: 11, invalidRate: 0 })).map((s) => s.record);
    const broken = (await synth({ count: 1500, seed: 12, invalidRate: 1 })).map((s) => s.record);
    expect(disagreements(valid)).toEqual([]);
    expect(disagreements(broken)).toEqual([]);
    // Both verdicts occur, so agreement is not agreement on one answer.
    const refused = broken.filter((r) => !pair(String((r as Rec)['record_type']))[0](r)).length;
    expect(refused).toBeGreaterThan(300);
    expect(valid.every((r) => pair(String((r as Rec)['record_type']))[0](r))).toBe(true);
  });

  it('on every value of a record replaced by values of other types and limits', async () => {
    const base = (await synth({ count: 120, seed: 13, invalidRate: 0 })).map((s) => s.record as Rec);
    const long = (n: number) => 'x'.repeat(n);
    const replacements: unknown[] = [null, true, 0, -0, 1, 1.5, -1, 1e400, 2 ** 53, '', ' ', '\t', 'text', '\ud83d\ude00'.repeat(128), '\ud83d\ude00'.repeat(129), `${long(127)}\ud83d\ude00`, '\ud800'.repeat(257), long(256), long(257), [], [{}], {}, { record_type: 'risk' }];
    const mutants: Rec[] = [];
    for (const record of base) {
      for (const [i, object] of objectsIn(record).entries()) {
        for (const key of Object.keys(object)) {
          const replacement = replacements[(i + key.length + mutants.length) % replacements.length];
          const copy = structuredClone(record);
          const target = objectsIn(copy)[i]!;
          target[key] = replacement;
          mutants.push(copy);
        }
      }
    }
    expect(mutants.length).toBeGreaterThan(3000);
    const checkable = mutants.filter((m) => typeof m['record_type'] === 'string' && ajv[`validate${typeName(String(m['record_type']))}`]);
    expect(disagreements(checkable)).toEqual([]);
    const refused = checkable.filter((m) => !pair(String(m['record_type']))[0](m)).length;
    expect(refused).toBeGreaterThan(checkable.length / 4);
    expect(refused).toBeLessThan(checkable.length);
  });

  it('on keys added, removed and odd (inherited names, __proto__, empty)', async () => {
    const base = (await synth({ count: 60, seed: 14, invalidRate: 0 })).map((s) => s.record as Rec);
    const mutants: Rec[] = [];
    for (const record of base) {
      for (const [i] of objectsIn(record).entries()) {
        for (const extra of ['constructor', 'toString', '__proto__', '', 'record_typ', 'hasOwnProperty']) {
          // JSON.parse makes __proto__ an own key, as a file's record would have it.
          const copy = JSON.parse(JSON.stringify(record)) as Rec;
          const target = objectsIn(copy)[i]!;
          Object.defineProperty(target, extra, { value: 'x', enumerable: true, configurable: true, writable: true });
          mutants.push(copy);
        }
        const removed = JSON.parse(JSON.stringify(record)) as Rec;
        const target = objectsIn(removed)[i]!;
        const first = Object.keys(target)[0];
        if (first !== undefined) delete target[first];
        mutants.push(removed);
      }
    }
    const checkable = mutants.filter((m) => typeof m['record_type'] === 'string');
    expect(disagreements(checkable)).toEqual([]);
    expect(checkable.some((m) => !pair(String(m['record_type']))[0](m))).toBe(true);
  });

  it('on every record the generated examples hold, through the any-record validator too', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = join(repoRoot, 'generated', 'examples');
    const records = readdirSync(dir).filter((f) => f.endsWith('.json')).flatMap((f) => [JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown].flat());
    expect(records.length).toBeGreaterThan(50);
    expect(disagreements(records, () => 'mods_record')).toEqual([]);
  });

  it('on values that are not records at all', () => {
    const values = [null, undefined, 0, 'risk', [], [{ record_type: 'risk' }], {}, { record_type: 7 }, { record_type: 'no_such_class' }];
    for (const value of values) {
      expect(accept['acceptsModsRecord']!(value)).toBe(ajv['validateModsRecord']!(value));
      expect(accept['acceptsRisk']!(value)).toBe(ajv['validateRisk']!(value));
    }
  });
});
