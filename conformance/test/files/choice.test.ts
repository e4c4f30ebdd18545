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

  // Given cores and bytes of NDJSON, want whether the pool may be used (if a core is free: workersFor). On two cores
  // one worker lost to one thread on 20 MB and won on 100 MB and 300 MB (parallel/choice.ts).
  const pays: readonly (readonly [number, number, boolean])[] = [
    [1, 1024 * mb, false],
    [2, 15 * mb, false],
    [2, 20 * mb, false],
    [2, 63 * mb, false],
    [2, 64 * mb, true],
    [2, 100 * mb, true],
    [2, 1024 * mb, true],
    [3, 15 * mb, false],
    [3, 16 * mb, true],
    [8, 100 * mb, true],
  ];
  it.each(pays)('%d cores, %d bytes: pool %s', (cores, bytes, want) => {
    expect(poolPays(cores, bytes)).toBe(want);
  });

  // Given the workers the pool may start, the cores, and the cores other processes kept busy, want the workers
  // started: one per core at least half free, all when nothing was measured.
  const started: readonly (readonly [number, number, number | undefined, number])[] = [
    [1, 2, 0, 1],
    [1, 2, 0.5, 1],
    [1, 2, 0.55, 0],
    [1, 2, 1, 0],
    [3, 4, 0.4, 3],
    [3, 4, 1.6, 1],
    [3, 4, 5, 0],
    [3, 16, 0, 3],
    [1, 2, undefined, 1],
  ];
  it.each(started)('%d workers, %d cores, %s cores busy elsewhere: %d started', (workers, cores, busy, want) => {
    expect(workersFor(workers, cores, busy)).toBe(want);
  });

  it('measures the cores other processes kept busy between two readings', () => {
    const core = (idle: number, busy: number) => ({ times: { user: busy, nice: 0, sys: 0, idle, irq: 0 } });
    const readings: CoreTimes[] = [
      [core(1000, 1000), core(1000, 1000)],
      // 100 ms: core 0 busy throughout, core 1 for 60 ms; this process used 130 ms (its thread and V8's).
      [core(1000, 1100), core(1040, 1060)],
      // Nothing passed.
      [core(1040, 1100), core(1040, 1060)],
    ];
    const own = [0, 130_000, 130_000];
    let next = 0;
    let mine = 0;
    let clock = 0;
    const sampler = new IdleSampler(() => readings[next++]!, () => ({ user: own[mine++]!, system: 0 }), () => (clock += 75));
    expect(sampler.elapsed()).toBe(75);
    expect(sampler.othersBusy()).toBeCloseTo(0.3);
    expect(new IdleSampler(() => []).othersBusy()).toBeUndefined();
  });
});
