import { describe, expect, it } from 'vitest';
import { conform, withReferenceServer } from './support.ts';

describe('the round trip says which elements it compared and which changed', () => {
  it('a clean system: every element it holds compared, none changed; other tests carry no detail', async () => {
    const result = await withReferenceServer({}, (url) => conform(url, { classes: ['risk'] }));
    const roundTrip = result.tests.find((t) => t.id === 'risk.round-trip')!;
    expect(roundTrip.verdict).toBe('pass');
    expect(roundTrip.detail?.held).toContain('risk_category');
    expect(roundTrip.detail?.held).toContain('comment');
    expect(roundTrip.detail?.changed).toEqual([]);
    expect(result.tests.find((t) => t.id === 'risk.create')!.detail).toBeUndefined();
  });

  it('a system that drops optional elements: the failure names them in the detail as well as the message', async () => {
    const result = await withReferenceServer({ defect: 'drops-optional-elements' }, (url) => conform(url, { classes: ['risk'] }));
    const roundTrip = result.tests.find((t) => t.id === 'risk.round-trip')!;
    expect(roundTrip.verdict).toBe('fail');
    expect(roundTrip.detail?.changed).toContain('comment');
    expect(roundTrip.detail?.changed).not.toContain('risk_category');
    for (const name of roundTrip.detail!.changed) expect(roundTrip.message).toContain(name);
  });
});
