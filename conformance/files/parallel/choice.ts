/**
 * How many worker threads check NDJSON besides the main thread: none on fewer than three cores.
 *
 * With two cores the pool is one worker plus the main thread, which also reads the file, applies every result in order
 * and collects its own garbage. Measured on the 2-core machine the benchmarks run on (cold processes, paired, 100 MB
 * files), that lost to one thread: one thread ÷ pool was 0.78 on valid and 0.76 on invalid records. The worker's own
 * start (the model and the validators loaded again), its heap, and the findings of invalid records cloned back to the
 * main thread cost more than the half core it adds when the machine has other work. From three cores the main thread
 * has a core to itself and two or more workers check in parallel. At most three workers: the main thread applying
 * results in order is the limit beyond that.
 */
export function poolWorkers(cores: number): number {
  if (!Number.isFinite(cores) || cores < 3) return 0;
  return Math.min(3, Math.floor(cores) - 1);
}
