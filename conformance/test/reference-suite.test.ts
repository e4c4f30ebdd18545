import { describe, expect, it } from 'vitest';
import { defectNames, defects } from '../reference/defects.ts';
import type { ConformanceResult } from '../api/result.ts';
import { conform, referenceAttestations, suiteSize, withReferenceServer } from './support.ts';

/** Whether a test id matches a caughtBy pattern (a * stands for any run of characters). */
const matches = (id: string, pattern: string) => new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.]/g, '\\.')).join('.*')}$`).test(id);
const failed = (r: ConformanceResult) => r.tests.filter((t) => t.verdict === 'fail').map((t) => t.id);

describe('the reference supplier', () => {
  it('passes every test of the suite, and with its attestations is conformant under both profiles', async () => {
    for (const profile of ['published', 'full'] as const) {
      const result = await withReferenceServer({}, (url) => conform(url, { profile, attestations: referenceAttestations }));
      expect(result.tests.filter((t) => t.verdict !== 'pass').map((t) => `${t.id}: ${t.message}`)).toEqual([]);
      expect(result.summary).toMatchObject({ tests: suiteSize, pass: suiteSize, verdict: 'conformant', conformant: true, missingMusts: [] });
      expect(result.summary.mustMet).toBe(result.summary.mustRequirements);
      expect(result.summary.attestedMusts.length).toBeGreaterThan(0);
    }
  });

  it('without attestations is incomplete: it names the MUSTs no request can show', async () => {
    const result = await withReferenceServer({}, (url) => conform(url));
    expect(result.summary.verdict).toBe('incomplete');
    expect(result.summary.missingMusts).toContain('MODS-AUDIT-008');
    expect(result.requirements.find((r) => r.requirement === 'MODS-AUDIT-008')).toMatchObject({ status: 'missing', verdict: 'not-tested' });
  });

  it('built to the published standard alone (storing none of the modelled-mandatory elements), passes under published and fails under full', async () => {
    await withReferenceServer({ profile: 'published', defect: 'drops-modelled-elements' }, async (url) => {
      const published = await conform(url, { attestations: referenceAttestations });
      expect(published.tests.filter((t) => t.verdict !== 'pass' && !t.advisory).map((t) => `${t.id}: ${t.message}`)).toEqual([]);
      expect(published.summary.verdict).toBe('conformant');
      expect(published.summary.modelled.testsFailed).toBeGreaterThan(0);
      expect(published.tests.filter((t) => t.advisory && t.verdict === 'fail').every((t) => t.authority === 'modelled' || t.profile === 'exchange-api')).toBe(true);

      const full = await conform(url, { profile: 'full', attestations: referenceAttestations });
      expect(full.summary.verdict).toBe('not-conformant');
      const failedIds = full.tests.filter((t) => t.verdict === 'fail').map((t) => t.id);
      expect(failedIds).toContain('goal.reject.missing.description');
      expect(failedIds).toContain('visit.round-trip');
      // What fails is what only the model asks: its mandatory elements refused and held (round trips), its rules.
      expect(full.tests.filter((t) => t.verdict === 'fail' && t.authority === 'published' && !t.id.endsWith('.round-trip')).map((t) => t.id)).toEqual([]);
    });
  });

  it.each(defectNames)('with the defect %s, fails exactly where it should and is not conformant', async (defect) => {
    const result = await withReferenceServer({ defect }, (url) => conform(url, { profile: 'full' }));
    const ids = failed(result);
    expect(result.summary.verdict).toBe('not-conformant');
    // Every pattern the defect names is caught, and every failure is one the defect explains.
    for (const pattern of defects[defect].caughtBy) expect(ids.some((id) => matches(id, pattern)), `${pattern} should fail`).toBe(true);
    const explained = (id: string) => defects[defect].caughtBy.some((p) => matches(id, p)) || (explains[defect] ?? []).some((p) => matches(id, p));
    expect(ids.filter((id) => !explained(id))).toEqual([]);
  });
});

/** Failures a defect causes beyond the tests it is meant to trip: consequences, each with the reason. */
const explains: Partial<Record<(typeof defectNames)[number], string[]>> = {
  // An NHS number or a subject reference that is dropped cannot be searched by.
  'drops-optional-elements': ['*.search.*'],
  // Where the reference to the subject of care is mandatory only in the model, it is dropped and cannot be searched by.
  'drops-modelled-elements': ['*.search.*', 'api.paging'],
  // A second version 2 is added, so the history shows three versions.
  'accepts-stale-updates': ['*.history'],
  // Paging reads JSON pages, labelled text/plain too (the class tests after create are skipped: nothing was made).
  'wrong-content-type': ['api.paging'],
};
