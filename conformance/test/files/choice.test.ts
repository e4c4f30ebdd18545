import { describe, expect, it } from 'vitest';
import { poolPays, poolWorkers } from '../../files/parallel/choice.ts';

const mb = 1024 * 1024;

describe('choosing worker threads for NDJSON', () => {
  // Given the cores, want the most workers beside the main thread.
  const workers: readonly (readonly [number, number])[] = [
    [0, 0],
    [1, 0],
    [2, 1],
    [3, 2],
    [4, 3],
    [16, 3],
    [Number.NaN, 0],
  ];
  it.each(workers)('%d cores: at most %d workers', (cores, want) => {
    expect(poolWorkers(cores)).toBe(want);
  });

  // Given cores and bytes of NDJSON, want whether the pool is used. On two cores one worker lost to one thread on
  // 100 MB of a busy machine and won from 300 MB (parallel/choice.ts).
  const pays: readonly (readonly [number, number, boolean])[] = [
    [1, 1024 * mb, false],
    [2, 15 * mb, false],
    [2, 100 * mb, false],
    [2, 255 * mb, false],
    [2, 256 * mb, true],
    [2, 1024 * mb, true],
    [3, 15 * mb, false],
    [3, 16 * mb, true],
    [8, 100 * mb, true],
  ];
  it.each(pays)('%d cores, %d bytes: pool %s', (cores, bytes, want) => {
    expect(poolPays(cores, bytes)).toBe(want);
  });
});
