import { describe, expect, it } from 'vitest';
import { poolWorkers } from '../../files/parallel/choice.ts';

describe('choosing worker threads for NDJSON', () => {
  // Given the cores, want the workers started beside the main thread.
  const cases: readonly (readonly [number, number])[] = [
    [0, 0],
    [1, 0],
    // One worker and the main thread lost to one thread, measured (parallel/choice.ts).
    [2, 0],
    [3, 2],
    [4, 3],
    [16, 3],
    [Number.NaN, 0],
  ];
  it.each(cases)('%d cores: %d workers', (cores, want) => {
    expect(poolWorkers(cores)).toBe(want);
  });
});
