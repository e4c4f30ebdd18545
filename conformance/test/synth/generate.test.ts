import { beforeAll, describe, expect, it } from 'vitest';
import { recordClasses } from '../../../generator/src/model/hierarchy.ts';
import { isValidNhsNumber } from '../../../generator/src/model/nhs-number.ts';
import type { SynthItem } from '../../synth/generate.ts';
import { ndjson, realModel, referencesIn, datesIn, synth, validators, type Rec, type Validator } from './support.ts';

let validatorOf: (recordType: string) => Validator;
beforeAll(async () => {
  validatorOf = await validators();
});

const records = (items: readonly SynthItem[]) => items.map((i) => i.record as Rec);

describe('synthesizeRecords: determinism', () => {
  it('the same options give the same bytes; another seed gives others', async () => {
    const a = await ndjson(await synth({ count: 200, seed: 9, invalidRate: 0.3 }));
    const b = await ndjson(await synth({ count: 200, seed: 9, invalidRate: 0.3 }));
    const c = await ndjson(await synth({ count: 200, seed: 10, invalidRate: 0.3 }));
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  });

  it('yields lazily: asking for a few records of a huge run takes only those', async () => {
    const { synthesizeRecords } = await import('../../synth/generate.ts');
    const started = performance.now();
    const iterator = synthesizeRecords(await realModel(), { classes: ['risk'], count: 100_000_000, seed: 1, invalidRate: 0 });
    for (let i = 0; i < 10; i += 1) expect(iterator.next().done).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('synthesizeRecords: valid records', () => {
  it('every record of the default mix passes the generated validator for its class', async () => {
    const items = await synth({ count: 300, seed: 1 });
    expect(items.length).toBeGreaterThanOrEqual(300);
    for (const { record, defect } of items) {
      expect(defect).toBeUndefined();
      const validate = validatorOf((record as Rec)['record_type']);
      expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('the default mix is varied: several classes, and coded values that are not always the same code', async () => {
    const all = records(await synth({ count: 300, seed: 1 }));
    expect(new Set(all.map((r) => r['record_type'])).size).toBeGreaterThanOrEqual(8);
    const riskStatuses = new Set(all.filter((r) => r['record_type'] === 'alert').map((r) => r['status'].code));
    expect(riskStatuses.size).toBeGreaterThan(1);
    expect(new Set(all.filter((r) => r['record_type'] === 'subject_of_care').map((r) => r['name'].family)).size).toBeGreaterThan(1);
  });

  it('every record class can be asked for on its own, and its records validate', async () => {
    for (const cls of recordClasses(await realModel())) {
      const all = records(await synth({ classes: [cls.name], count: 15, seed: 4 }));
      expect(all.slice(-15).every((r) => r['record_type'] === cls.name)).toBe(true);
      for (const record of all) expect(validatorOf(record['record_type'])(record), `${cls.name}: ${JSON.stringify(validatorOf(record['record_type']).errors)}`).toBe(true);
    }
  });

  it('count is the number of records of the requested classes; the records they refer to come first, extra', async () => {
    const all = records(await synth({ classes: ['risk'], count: 40 }));
    const first = all.findIndex((r) => r['record_type'] === 'risk');
    expect(all.filter((r) => r['record_type'] === 'risk')).toHaveLength(40);
    expect(all.slice(first).every((r) => r['record_type'] === 'risk')).toBe(true);
    expect(new Set(all.slice(0, first).map((r) => r['record_type']))).toEqual(new Set(['care_worker', 'subject_of_care']));
  });

  it('an abstract class stands for its records', async () => {
    const types = new Set(records(await synth({ classes: ['assessment'], count: 60 })).map((r) => r['record_type']));
    expect(types).toEqual(new Set(['care_worker', 'subject_of_care', 'mental_capacity_assessment', 'care_needs_assessment', 'risk_assessment']));
  });

  it.each([
    [{ count: -1 }, /count/],
    [{ count: 1.5 }, /count/],
    [{ invalidRate: 2 }, /invalidRate/],
    [{ invalidRate: Number.NaN }, /invalidRate/],
    [{ seed: 0.5 }, /seed/],
    [{ classes: ['coding'] }, /coding/],
  ])('refuses bad options %j', async (options, want) => {
    await expect(synth(options)).rejects.toThrow(want);
  });

  it('count 0 gives nothing at all', async () => {
    expect(await synth({ count: 0 })).toEqual([]);
  });
});

describe('synthesizeRecords: realistic values', () => {
  let all: Rec[];
  beforeAll(async () => {
    all = records(await synth({ count: 600, seed: 2 }));
  });

  it('NHS numbers come from the 999 test range, with valid check digits, one per subject of care', () => {
    const subjects = new Map<string, string>();
    for (const r of all.filter((x) => x['record_type'] === 'subject_of_care' && x['nhs_number'] !== undefined)) {
      expect(r['nhs_number']).toMatch(/^999[0-9]{7}$/);
      expect(isValidNhsNumber(r['nhs_number'])).toBe(true);
      expect(subjects.get(r['record_uid']) ?? r['nhs_number']).toBe(r['nhs_number']);
      subjects.set(r['record_uid'], r['nhs_number']);
    }
    expect(subjects.size).toBeGreaterThan(20);
    expect(new Set(subjects.values()).size).toBe(subjects.size);
  });

  it('dates fall in 2023–2025 (births aside) and never in the future; starts come before ends', () => {
    for (const record of all) {
      for (const { path, value } of datesIn(record)) {
        if (path.endsWith('/date_of_birth')) expect(value < '2005').toBe(true);
        else expect(value >= '2023-01-01' && value < '2026-01-01', `${path} ${value}`).toBe(true);
      }
      const visit = (value: unknown): void => {
        if (!value || typeof value !== 'object') return;
        const o = value as Rec;
        const starts = Object.keys(o).filter((k) => /(^|_)start(_|$)/.test(k) && typeof o[k] === 'string');
        for (const s of starts) {
          const e = s.replace('start', 'end');
          if (typeof o[e] === 'string') expect(o[s] <= o[e], `${s} ${o[s]} ${e} ${o[e]}`).toBe(true);
        }
        Object.values(o).forEach(visit);
      };
      visit(record);
    }
  });

  it('version chains: versions 1..k of a uid in order, each with the log of the last plus one entry, created then modified, dates rising', () => {
    const last = new Map<string, Rec>();
    let longest = 0;
    for (const record of all) {
      const uid = record['record_uid'];
      const version = record['version_number'];
      const log = record['change_log'] as Rec[];
      const before = last.get(uid);
      expect(version).toBe(before ? before['version_number'] + 1 : 1);
      expect(log).toHaveLength(version);
      if (before) expect(log.slice(0, -1)).toEqual(before['change_log']);
      log.forEach((entry, i) => {
        expect(entry['record_uid']).toBe(uid);
        expect(entry['record_version']).toBe(i + 1);
        expect(entry['change_type'].code).toBe(i === 0 ? 'created' : 'modified');
        if (i > 0) expect(entry['date'] > log[i - 1]!['date']).toBe(true);
      });
      last.set(uid, record);
      longest = Math.max(longest, version);
    }
    expect(longest).toBe(4);
  });

  it('every reference points at a record earlier in the output (or at the record itself)', () => {
    const seen = new Map<string, string>();
    let references = 0;
    for (const record of all) {
      seen.set(record['record_uid'], record['record_type']);
      for (const ref of referencesIn(record)) {
        expect(seen.get(ref.uid), `${record['record_type']}${ref.path}`).toBe(ref.type);
        references += 1;
      }
    }
    expect(references).toBeGreaterThan(all.length);
  });

  it('a care plan refers to the consent, given by its own subject, dated no later than the plan', () => {
    const byUid = new Map(all.map((r) => [r['record_uid'], r]));
    const plans = all.filter((r) => r['record_type'] === 'care_plan' && r['informed_consent']);
    expect(plans.length).toBeGreaterThan(5);
    for (const plan of plans) {
      for (const ref of plan['informed_consent'] as Rec[]) {
        const consent = byUid.get(ref['record_uid'])!;
        expect(consent['subject_of_care'].record_uid).toBe(plan['subject_of_care'].record_uid);
        expect(consent['consent_status'].code).toBe('given');
        expect(consent['date'] <= plan['date']).toBe(true);
      }
    }
  });
});
