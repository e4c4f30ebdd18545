import { beforeAll, describe, expect, it } from 'vitest';
import { dataRuleIds } from '../../../generator/src/model/data-rules.ts';
import { recordClasses } from '../../../generator/src/model/hierarchy.ts';
import { isValidNhsNumber } from '../../../generator/src/model/nhs-number.ts';
import { defectChecks, defectKinds, schemaDefects, type DefectKind, type SynthItem } from '../../synth/generate.ts';
import { datesIn, realModel, referencesIn, synth, validators, type Rec, type Validator } from './support.ts';

let validatorOf: (recordType: string) => Validator;
let items: SynthItem[];
beforeAll(async () => {
  validatorOf = await validators();
  items = await synth({ count: 1000, seed: 1, invalidRate: 1 });
});

/** What each data defect looks like in the output, checked directly on the record and the records before it. */
interface Seen {
  readonly versions: ReadonlyMap<string, number>;
  readonly pairs: ReadonlySet<string>;
  readonly uids: ReadonlySet<string>;
}

const hasDataDefect: Readonly<Record<Exclude<DefectKind, 'missing-mandatory' | 'code-outside-value-set' | 'wrong-type'>, (r: Rec, seen: Seen) => boolean>> = {
  'nhs-number-check-digit': (r) => /^999[0-9]{7}$/.test(r['nhs_number']) && !isValidNhsNumber(r['nhs_number']),
  'date-in-future': (r) => datesIn(r).some((d) => d.value >= '2027'),
  'end-before-start': (r) => {
    const objects = [r, ...Object.values(r).filter((v) => v && typeof v === 'object' && !Array.isArray(v))] as Rec[];
    return objects.some((o) => Object.keys(o).some((k) => /(^|_)start(_|$)/.test(k) && o[k.replace('start', 'end')] !== undefined && o[k.replace('start', 'end')] < o[k]));
  },
  'version-gap': (r, seen) => r['version_number'] > (seen.versions.get(r['record_uid']) ?? 0) + 1,
  'change-log-mismatch': (r) => r['change_log'].at(-1).record_version !== r['version_number'],
  'duplicate-version': (r, seen) => seen.pairs.has(`${r['record_uid']}#${r['version_number']}`),
  'dangling-reference': (r, seen) => referencesIn(r).some((ref) => !seen.uids.has(ref.uid)),
};

const keywordOf: Readonly<Record<string, string>> = { 'schema.required': 'required', 'schema.enum': 'enum', 'schema.type': 'type' };

describe('defects (invalidRate 1)', () => {
  it('every defect maps to a schema keyword check or a named data rule', () => {
    for (const kind of defectKinds) {
      const check: string = defectChecks[kind];
      expect(check in keywordOf || (dataRuleIds as readonly string[]).includes(check), `${kind} → ${check}`).toBe(true);
    }
  });

  it('each defect kind appears, and only the context records are left valid', () => {
    const kinds = new Set(items.map((i) => i.defect).filter(Boolean));
    expect([...kinds].sort()).toEqual([...defectKinds].sort());
    const clean = items.filter((i) => !i.defect).map((i) => (i.record as Rec)['record_type']);
    expect(new Set(clean)).toEqual(new Set(['care_worker', 'subject_of_care', 'informed_consent', 'location']));
  });

  it('a record with a schema defect fails its generated validator, with the keyword of the defect', () => {
    expectSchemaDefectsFail(items);
  });

  it('a record with a data defect passes the schema and shows that defect; no record shows any other', () => {
    expectDataDefectsShown(items);
  });

  it('the same holds for every record class asked for on its own', async () => {
    for (const cls of recordClasses(await realModel())) {
      const run = await synth({ classes: [cls.name], count: 40, seed: 3, invalidRate: 1 });
      expectSchemaDefectsFail(run);
      expectDataDefectsShown(run);
    }
  });

  it.each([
    [0, 0, 0],
    [0.2, 0.12, 0.28],
    [1, 1, 1],
  ])('invalidRate %f makes that fraction of the requested records defective, and count stays exact', async (rate, low, high) => {
    const run = await synth({ classes: ['risk'], count: 500, seed: 6, invalidRate: rate });
    const requested = run.filter((i) => (i.record as Rec)['record_type'] === 'risk');
    expect(requested).toHaveLength(500);
    const fraction = requested.filter((i) => i.defect).length / requested.length;
    expect(fraction).toBeGreaterThanOrEqual(low);
    expect(fraction).toBeLessThanOrEqual(high);
  });

  it('defects go only where the class has room for them: no NHS number defect without an NHS number', async () => {
    const run = await synth({ classes: ['location'], count: 300, seed: 2, invalidRate: 1 });
    const kinds = new Set(run.map((i) => i.defect).filter(Boolean));
    expect(kinds.has('nhs-number-check-digit')).toBe(false);
    expect(kinds.has('end-before-start')).toBe(false);
    expect(kinds.has('wrong-type')).toBe(true);
  });
});

function expectSchemaDefectsFail(run: readonly SynthItem[]): void {
  for (const { record, defect } of run.filter((i) => i.defect && schemaDefects.has(i.defect))) {
    const validate = validatorOf((record as Rec)['record_type']);
    expect(validate(record), `${defect} passed`).toBe(false);
    expect(validate.errors?.map((e) => e.keyword), defect).toContain(keywordOf[defectChecks[defect!]]);
  }
}

function expectDataDefectsShown(run: readonly SynthItem[]): void {
  const versions = new Map<string, number>();
  const pairs = new Set<string>();
  const uids = new Set(run.map((i) => (i.record as Rec)['record_uid']));
  for (const { record, defect } of run) {
    const r = record as Rec;
    const shown = Object.entries(hasDataDefect).filter(([, has]) => has(r, { versions, pairs, uids })).map(([kind]) => kind);
    expect(shown, `${defect ?? 'clean'} record ${JSON.stringify(r)}`).toEqual(defect && !schemaDefects.has(defect) ? [defect] : []);
    if (defect && !schemaDefects.has(defect)) {
      const validate = validatorOf(r['record_type']);
      expect(validate(record), `${defect}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    versions.set(r['record_uid'], Math.max(versions.get(r['record_uid']) ?? 0, r['version_number']));
    pairs.add(`${r['record_uid']}#${r['version_number']}`);
  }
}
