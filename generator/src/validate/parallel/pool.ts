import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SpecModel } from '../../model/types.ts';
import type { EncodedUnit } from './encode.ts';
import { startWorker } from '../../runtime/worker-url.ts';
import type { LineUnit } from './units.ts';

/**
 * Worker threads that check units of NDJSON lines. Work goes to the least busy worker; the caller consumes results
 * in the order it submitted them, so a run's output never depends on which thread finished first.
 */
export class CheckPool {
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (unit: EncodedUnit) => void; reject: (error: Error) => void }>();
  private readonly busy: number[];

  private constructor(private readonly workers: readonly Worker[]) {
    this.busy = workers.map(() => 0);
    workers.forEach((worker, i) => {
      worker.on('message', (message: { id: number; unit: EncodedUnit }) => {
        this.busy[i] = this.busy[i]! - 1;
        const pending = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        pending?.resolve(message.unit);
      });
      worker.on('error', (error) => this.failAll(error));
    });
  }

  /**
   * Start a worker for every core but one (the main thread checks its share too); undefined when there is no second
   * core, or the worker module cannot be loaded (in a test runner, say).
   */
  static async start(setup: { model: SpecModel; root: string; now: Date; className: string | undefined }): Promise<CheckPool | undefined> {
    const count = Math.min(3, availableParallelism() - 1);
    if (count < 1) return undefined;
    const workers: Worker[] = [];
    try {
      for (let i = 0; i < count; i += 1) workers.push(startWorker(import.meta.url, 'worker', { workerData: { model: setup.model, root: setup.root, now: setup.now.toISOString(), className: setup.className } }));
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

  /** Send a unit to the least busy worker. The unit's bytes may be moved there: the caller must not read them again. */
  submit(file: string, unit: LineUnit): Promise<EncodedUnit> {
    const id = (this.next += 1);
    const i = this.busy.indexOf(Math.min(...this.busy));
    this.busy[i] = this.busy[i]! + 1;
    const promise = new Promise<EncodedUnit>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    // A unit that owns its memory is moved to the worker rather than copied (the caller does not touch it again).
    const bytes = unit.bytes;
    const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    this.workers[i]!.postMessage({ id, file, unit }, owned ? [bytes.buffer as ArrayBuffer] : []);
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
