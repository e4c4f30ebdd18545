import { describe, expect, it } from 'vitest';
import { defectNames, defects } from '../reference/defects.ts';
import type { ConformanceResult } from '../runner/result.ts';
import { conform, suiteSize, withReferenceServer } from './support.ts';

/** Whether a test id matches a caughtBy pattern (a * stands for any run of characters). */
const matches = (id: string, pattern: string) => new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.]/g, '\\.')).join('.*')}$`).test(id);
const failed = (r: ConformanceResult) => r.tests.filter((t) => t.verdict === 'fail').map((t) => t.id);

describe('the reference supplier', () => {
  it('passes every test of the suite, and is conformant', async () => {
    const result = await withReferenceServer({}, (url) => conform(url));
    expect(result.tests.filter((t) => t.verdict !== 'pass').map((t) => `${t.id}: ${t.message}`)).toEqual([]);
    expect(result.summary).toMatchObject({ tests: suiteSize, pass: suiteSize, conformant: true });
    expect(result.summary.mustMet).toBe(result.summary.mustRequirements);
  });

  it.each(defectNames)('with the defect %s, fails exactly where it should and is not conformant', async (defect) => {
    const result = await withReferenceServer({ defect }, (url) => conform(url));
    const ids = failed(result);
    expect(result.summary.conformant).toBe(false);
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
  // A second version 2 is added, so the history shows three versions.
  'accepts-stale-updates': ['*.history'],
  // Paging reads JSON pages, labelled text/plain too (the class tests after create are skipped: nothing was made).
  'wrong-content-type': ['api.paging'],
};
