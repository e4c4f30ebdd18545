import { describe, expect, it } from 'vitest';
import { CollectionCadence, type Collect } from '../../files/parallel/collection-cadence.ts';

/** A collector that records its calls and finishes when told. */
function fakeCollector(): { collect: Collect; calls: unknown[]; finish: () => Promise<void> } {
  const calls: unknown[] = [];
  let done: (() => void) | undefined;
  const collect: Collect = (options) => {
    calls.push(options);
    return new Promise<void>((resolve) => (done = resolve));
  };
  return { collect, calls, finish: async () => (done?.(), await Promise.resolve()) };
}

describe('CollectionCadence', () => {
  it('asks for an incremental full collection each time another `every` bytes are checked', async () => {
    const fake = fakeCollector();
    const cadence = new CollectionCadence(100, fake.collect);
    cadence.checked(60);
    expect(fake.calls).toHaveLength(0);
    cadence.checked(40);
    expect(fake.calls).toEqual([{ type: 'major', execution: 'async' }]);
    await fake.finish();
    cadence.checked(99);
    expect(fake.calls).toHaveLength(1);
    cadence.checked(1);
    expect(fake.calls).toHaveLength(2);
  });

  it('never asks again while a collection is still running', async () => {
    const fake = fakeCollector();
    const cadence = new CollectionCadence(10, fake.collect);
    cadence.checked(10);
    cadence.checked(50);
    expect(fake.calls).toHaveLength(1);
    await fake.finish();
    cadence.checked(10);
    expect(fake.calls).toHaveLength(2);
  });

  it('does nothing without a collector', () => {
    const cadence = new CollectionCadence(1, undefined);
    expect(() => cadence.checked(1_000_000)).not.toThrow();
  });

  it('finds V8\'s collector in this process', () => {
    // The default collector is taken from a new context once --expose-gc is set; a run of NDJSON uses it.
    const cadence = new CollectionCadence();
    expect((cadence as unknown as { collect: unknown }).collect).toBeTypeOf('function');
  });
});

describe('the default collector', () => {
  it('is looked up once per thread, however many files a run opens', () => {
    const a = new CollectionCadence() as unknown as { collect: unknown };
    const b = new CollectionCadence() as unknown as { collect: unknown };
    expect(a.collect).toBe(b.collect);
  });
});
