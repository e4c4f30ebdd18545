import { describe, expect, it } from 'vitest';
import { poolPays, poolWorkers, workersFor } from '../../files/parallel/choice.ts';
import { IdleSampler, type CoreTimes } from '../../files/parallel/idle.ts';

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

  // Given the workers the pool may start and the cores found idle, want the workers started: one per core at least
  // half idle, all when nothing was measured.
  const started: readonly (readonly [number, number | undefined, number])[] = [
    [1, 0.95, 1],
    [1, 0.5, 1],
    [1, 0.45, 0],
    [1, 0, 0],
    [3, 2.6, 3],
    [3, 1.4, 1],
    [3, 9, 3],
    [1, undefined, 1],
  ];
  it.each(started)('%d workers, %s idle cores: %d started', (workers, idle, want) => {
    expect(workersFor(workers, idle)).toBe(want);
  });

  it('measures idle cores between two readings of the CPU times', () => {
    const core = (idle: number, busy: number) => ({ times: { user: busy, nice: 0, sys: 0, idle, irq: 0 } });
    const readings: CoreTimes[] = [
      [core(1000, 1000), core(1000, 1000)],
      // Core 0 busy throughout (this thread), core 1 idle for 90 of its 100 ms.
      [core(1000, 1100), core(1090, 1010)],
      // Nothing passed on either core.
      [core(1000, 1000), core(1000, 1000)],
    ];
    let next = 0;
    let clock = 0;
    const sampler = new IdleSampler(() => readings[next++]!, () => (clock += 75));
    expect(sampler.elapsed()).toBe(75);
    expect(sampler.idleCores()).toBeCloseTo(0.9);
    expect(sampler.idleCores()).toBeUndefined();
    expect(new IdleSampler(() => [])).toBeDefined();
    expect(new IdleSampler(() => []).idleCores()).toBeUndefined();
  });
});
