/** NDJSON (in all the run's files) from which worker threads pay on three cores or more. */
export const poolBytesManyCores = 16 * 1024 * 1024;
/** NDJSON from which one worker beside the main thread pays on two cores, when the second core is free. */
export const poolBytesTwoCores = 256 * 1024 * 1024;
/** How long a run checks on its own thread, measuring how busy the machine is, before it decides on workers. */
export const sampleMs = 150;

/** The most worker threads to check NDJSON beside the main thread: one per core but one, at most three. */
export function poolWorkers(cores: number): number {
  if (!Number.isFinite(cores) || cores < 2) return 0;
  return Math.min(3, Math.floor(cores) - 1);
}

/**
 * Whether a run should check its NDJSON on worker threads, from the cores and the bytes of NDJSON it has to read.
 *
 * The pool has a fixed cost: each worker loads the model and the validators again and warms up on its own, about half a
 * second more than one thread's start. Beyond that it checks faster. On two cores (one worker, and the main thread,
 * which also reads the file and applies every result in order), measured cold as processes, paired (one thread ÷
 * pool, above 1 when the pool is faster): 100 MB 0.80 on a busy machine (load 5-7) and 1.12 on a quiet one; 300 MB
 * 1.13; 1 GB 1.63. So on two cores only from 256 MB, where it paid busy or not. From three cores the main thread
 * keeps a core to itself and two or more workers check, so the pool pays from much less (the command's threshold).
 */
export function poolPays(cores: number, ndjsonBytes: number): boolean {
  const workers = poolWorkers(cores);
  if (workers === 0) return false;
  return ndjsonBytes >= (workers === 1 ? poolBytesTwoCores : poolBytesManyCores);
}

/**
 * How many of the pool's workers to start, given the cores found idle while the run checked on its own thread
 * (`IdleSampler`). A worker on a core another process is using slows the run down (measured on two cores: one thread
 * ÷ pool, paired, fell to 0.7 while another process kept a core busy), so a worker starts only for a core that was
 * at least half idle; undefined (not measured) leaves every worker to start.
 */
export function workersFor(workers: number, idleCores: number | undefined): number {
  if (idleCores === undefined) return workers;
  return Math.max(0, Math.min(workers, Math.floor(idleCores + 0.5)));
}
