import { describe, expect, it } from 'vitest';
import { defectChecks, defectKinds } from '../../synth/generate.ts';
import { validateRecords } from '../files/support.ts';
import { synth } from './support.ts';

/**
 * The synthetic data through the whole validator (schema, record rules, batch rules): clean output raises nothing,
 * and each defect raises its check on as many records as carry it.
 */
describe('synthetic records through the validator', () => {
  it('clean output of the default mix raises no finding at all', async () => {
    const result = await validateRecords((await synth({ count: 1500, seed: 5 })).map((i) => i.record));
    expect(result.checks.map((c) => `${c.check}: ${JSON.stringify(c.samples[0])}`)).toEqual([]);
    expect(result.totals.invalid).toBe(0);
  });

  it('with every record defective, each defect raises its check on the records that carry it', async () => {
    const items = await synth({ count: 1500, seed: 5, invalidRate: 1 });
    const result = await validateRecords(items.map((i) => i.record));
    for (const kind of defectKinds) {
      const carried = items.filter((i) => i.defect === kind).length;
      // A check's findings on published and on modelled obligations are counted apart.
      const raised = result.checks.filter((c) => c.check === defectChecks[kind]).reduce((n, c) => n + c.records, 0);
      expect(carried, kind).toBeGreaterThan(0);
      expect(raised, kind).toBe(carried);
    }
  });
});
