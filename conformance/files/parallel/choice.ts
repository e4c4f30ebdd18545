/** NDJSON (in all the run's files) from which worker threads pay on three cores or more. */
export const poolBytesManyCores = 16 * 1024 * 1024;
/** NDJSON from which one worker beside the main thread pays on two cores, when the second core is free. */
export const poolBytesTwoCores = 64 * 1024 * 1024;
/** How long a run measures how busy the machine is, while its workers load, before it decides which to keep. */
export const sampleMs = 150;

/** The most worker threads to check NDJSON beside the main thread: one per core but one, at most three. */
export function poolWorkers(cores: number): number {
  if (!Number.isFinite(cores) || cores < 2) return 0;
  return Math.min(3, Math.floor(cores) - 1);
}

/**
 * Whether a run should check its NDJSON on worker threads, from the cores and the bytes of NDJSON it has to read.
 *
 * The pool has a fixed cost: each worker loads the model and the validators again and warms up on its own. The run does
 * not wait for it (the workers join as they start), but on a small file the worker joins too late to pay back the
 * core it takes. On two cores (one worker, and the main thread, which also reads the file and applies every result
 * in order), measured cold as processes, three rounds each, on a quiet machine: 20 MB one thread 0.57-0.68 s, pool
 * 0.76-0.88 s; 100 MB 1.93-1.95 s and 1.67-1.87 s; 300 MB 4.3-5.3 s and 3.2-3.6 s. So on two cores from 64 MB. From
 * three cores the main thread keeps a core to itself and two or more workers check, so the pool pays from less.
 * Either way a worker starts only for a core other processes leave free (`workersFor`).
 */
export function poolPays(cores: number, ndjsonBytes: number): boolean {
  const workers = poolWorkers(cores);
  if (workers === 0) return false;
  return ndjsonBytes >= (workers === 1 ? poolBytesTwoCores : poolBytesManyCores);
}

/**
 * How many of the pool's workers to start on this many cores, given how many cores other processes kept busy while
 * the run checked on its own thread (`IdleSampler`). A worker on a core another process is using slows the run down
 * (measured on two cores with another process busy on one: 3.6-3.9 s on 100 MB with the pool, 2.6-2.8 s on one
 * thread), so a worker starts only for a core left at least half free by the others and by this thread; undefined
 * (not measured) leaves every worker to start.
 */
export function workersFor(workers: number, cores: number, othersBusy: number | undefined): number {
  if (othersBusy === undefined) return workers;
  return Math.max(0, Math.min(workers, Math.floor(cores - 1 - othersBusy + 0.5)));
}
