import { availableParallelism } from 'node:os';
import type { Profile } from '../checks/authority.ts';
import { Worker } from 'node:worker_threads';
import type { SpecModel } from '../../../generator/src/model/types.ts';
import type { EncodedBuffers, EncodedUnit } from './encode.ts';
import { startWorker } from '../../../generator/src/runtime/worker-url.ts';
import type { LineUnit } from './units.ts';
import { poolWorkers } from './choice.ts';

/**
 * The young generation of a worker's heap, fixed at the size it starts with. V8 would double it part way through a long
 * run (to 34 MB) because a unit's records survive a collection or two, which made a 1 GB file need 17 MB more than a
 * 100 MB one for no gain in speed (measured: the same throughput either way).
 */
const workerYoungGenerationMb = 24;

/** A unit's results, and the memory its bytes were in (moved back from the worker, for reuse). */
export interface CheckedUnit {
  readonly unit: EncodedUnit;
  readonly bytes: ArrayBuffer | undefined;
}

/**
 * Worker threads that check units of NDJSON lines. Work goes to the least busy worker; the caller consumes results
 * in the order it submitted them, so a run's output never depends on which thread finished first.
 */
export class CheckPool {
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (done: CheckedUnit) => void; reject: (error: Error) => void }>();
  private readonly busy: number[];

  private constructor(private readonly workers: readonly Worker[]) {
    this.busy = workers.map(() => 0);
    workers.forEach((worker, i) => {
      worker.on('message', (message: { id: number; unit: EncodedUnit; bytes: ArrayBuffer | undefined }) => {
        this.busy[i] = this.busy[i]! - 1;
        const pending = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        pending?.resolve({ unit: message.unit, bytes: message.bytes });
      });
      worker.on('error', (error) => this.failAll(error));
    });
  }

  /**
   * Start the workers `poolWorkers` chooses for this machine (the main thread checks its share too), or `workers` of
   * them (to compare one thread with the pool on any machine); undefined when none are chosen (one thread is faster
   * there), or the worker module cannot be loaded.
   */
  static async start(setup: { model: SpecModel; root: string; now: Date; className: string | undefined; profile: Profile; workers?: number }): Promise<CheckPool | undefined> {
    const count = setup.workers ?? poolWorkers(availableParallelism());
    if (count < 1) return undefined;
    const workers: Worker[] = [];
    try {
      for (let i = 0; i < count; i += 1) workers.push(startWorker(import.meta.url, 'worker', { workerData: { model: setup.model, root: setup.root, now: setup.now.toISOString(), className: setup.className, profile: setup.profile }, resourceLimits: { maxYoungGenerationSizeMb: workerYoungGenerationMb } }));
      await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
        w.once('message', () => resolve());
        w.once('error', reject);
        w.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
      })));
      return new CheckPool(workers);
    } catch {
      await Promise.all(workers.map((w) => w.terminate()));
      return undefined;
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Units submitted and not yet answered. */
  get pending(): number {
    return this.busy.reduce((n, b) => n + b, 0);
  }

  /**
   * Send a unit to the least busy worker. The unit's bytes may be moved there: the caller must not read them again;
   * they come back with the results, to be reused. So is `spare`, the memory of a unit already applied, which the
   * worker encodes the results into.
   */
  submit(file: string, unit: LineUnit, spare?: EncodedBuffers): Promise<CheckedUnit> {
    const id = (this.next += 1);
    const i = this.busy.indexOf(Math.min(...this.busy));
    this.busy[i] = this.busy[i]! + 1;
    const promise = new Promise<CheckedUnit>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    // The unit's memory is moved to the worker rather than copied, unless it is a slab of Node's small-buffer pool
    // (shared with other buffers).
    const memory = unit.bytes.buffer as ArrayBuffer;
    const transfer = [...(memory.byteLength > Buffer.poolSize ? [memory] : []), ...(spare ? [spare.records, spare.refs, spare.elements] : [])];
    this.workers[i]!.postMessage({ id, file, unit, spare }, transfer);
    return promise;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private failAll(error: Error): void {
    for (const pending of this.waiting.values()) pending.reject(error);
    this.waiting.clear();
  }
}
