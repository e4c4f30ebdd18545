import { availableParallelism } from 'node:os';
import type { Profile } from '../checks/authority.ts';
import { Worker } from 'node:worker_threads';
import { type SpecModel, startWorker } from '../../../generator/src/kit.ts';
import type { EncodedBuffers, EncodedUnit } from './encode.ts';
import type { LineUnit } from './units.ts';
import { poolPays, poolWorkers, sampleMs, workersFor } from './choice.ts';
import { IdleSampler } from './idle.ts';

/**
 * The young generation of a worker's heap, fixed at the size it starts with. V8 would double it part way through a long
 * run (to 34 MB) because a unit's records survive a collection or two, which made a 1 GB file need 17 MB more than a
 * 100 MB one for no gain in speed (measured: the same throughput either way).
 */
const workerYoungGenerationMb = 24;

export interface PoolSetup {
  readonly model: SpecModel;
  readonly root: string;
  readonly now: Date;
  readonly className: string | undefined;
  readonly profile: Profile;
  /** Forces the number of workers, and their use for any input. */
  readonly workers?: number;
  /** How a run measures the cores other processes keep busy (tests give it readings); an `IdleSampler` of the machine by default. */
  readonly sampler?: () => IdleSampler;
}

/** A unit's results, and the memory its bytes were in (moved back from the worker, for reuse). */
export interface CheckedUnit {
  readonly unit: EncodedUnit;
  readonly bytes: ArrayBuffer | undefined;
}

/** A worker the pool started: whether it has joined (loaded what it needs), and the units it has not answered yet. */
interface Slot {
  readonly worker: Worker;
  joined: boolean;
  /** Set when the run finds its core busy with other processes: it takes no more work and ends once it has none. */
  dismissed: boolean;
  busy: number;
}

/**
 * Worker threads that check units of NDJSON lines. Work goes to the least busy worker; the caller consumes results
 * in the order it submitted them, so a run's output never depends on which thread finished first.
 */
export class CheckPool {
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (done: CheckedUnit) => void; reject: (error: Error) => void }>();
  /** Every worker started, joined or still loading: what close ends. */
  private readonly slots: Slot[] = [];
  /** The joined workers that take work. */
  private active: readonly Slot[] = [];
  private started: Promise<boolean> | undefined;
  private closed = false;
  private sampler: IdleSampler | undefined;

  private constructor(
    private readonly setup: PoolSetup,
    private readonly count: number,
    /** Given its number of workers: used for any input (the tests and the benchmark compare it with one thread). */
    private readonly forced: boolean,
  ) {}

  /**
   * A pool of as many workers as `poolWorkers` allows on this machine (the main thread checks its share too), or of
   * `workers`; undefined when there is no second core. The workers start when a run first finds that they pay for its
   * input (`useFor`), so a pool that is not used costs nothing; a forced pool starts now, and is undefined when the
   * worker module cannot be loaded (in a test runner, say).
   */
  static async start(setup: PoolSetup): Promise<CheckPool | undefined> {
    const count = setup.workers ?? poolWorkers(availableParallelism());
    if (count < 1) return undefined;
    const pool = new CheckPool(setup, count, setup.workers !== undefined);
    return !pool.forced || (await pool.startWorkers()) ? pool : undefined;
  }

  /**
   * Whether to check input of this many bytes of NDJSON with the pool (`poolPays`). The answer is given at once and no
   * worker is waited for: the workers start loading now, and each joins (`size` counts it) when it has loaded the model
   * and the validators, while the run checks on its own thread. As it goes, the run calls `consider`, which, once
   * `sampleMs` have passed, measures how busy other processes have kept the machine meanwhile and dismisses the workers
   * whose cores they are using (`workersFor`). A worker that cannot start never joins, and its share is checked on the
   * caller's thread, with the same results.
   */
  useFor(ndjsonBytes: number): boolean {
    if (this.forced) return (this.startWorkers(), true);
    if (!poolPays(availableParallelism(), ndjsonBytes)) return false;
    if (!this.started) this.sampler = this.setup.sampler?.() ?? new IdleSampler();
    this.startWorkers();
    return true;
  }

  /**
   * Once the run has checked for `sampleMs`, keeps as many workers as `workersFor` allows with the cores other
   * processes kept busy meanwhile, and dismisses the others. Measured while the workers load, because a worker's load
   * is this process's own time (`IdleSampler`): measuring first and starting after cost the run the 150 ms of the
   * sample on every large file.
   */
  consider(): void {
    if (!this.sampler || this.sampler.elapsed() < sampleMs) return;
    const keep = workersFor(this.count, availableParallelism(), this.sampler.othersBusy());
    this.sampler = undefined;
    for (const slot of this.slots.slice(keep)) this.dismiss(slot);
  }

  /** Starts the pool's workers, once: whether any joined (false when none could start). */
  startWorkers(): Promise<boolean> {
    this.started ??= this.spawn(this.count);
    return this.started;
  }

  /** Settles when every worker started has joined or failed to: whether any joined (false if none was started). */
  async whenStarted(): Promise<boolean> {
    return (await this.started) ?? false;
  }

  private async spawn(count: number): Promise<boolean> {
    const { model, root, now, className, profile } = this.setup;
    const joined = await Promise.all(
      Array.from({ length: count }, () => {
        let worker: Worker;
        try {
          worker = startWorker(import.meta.url, 'worker', { workerData: { model, root, now: now.toISOString(), className, profile }, resourceLimits: { maxYoungGenerationSizeMb: workerYoungGenerationMb } });
        } catch {
          return Promise.resolve(false);
        }
        const slot: Slot = { worker, joined: false, dismissed: false, busy: 0 };
        this.slots.push(slot);
        return new Promise<boolean>((resolve) => {
          worker.once('message', () => resolve(this.join(slot)));
          worker.once('error', () => resolve(false));
          worker.once('exit', () => resolve(false));
        });
      }),
    );
    // Workers that failed to start are ended; the pool runs with those that joined (none: the caller's thread alone).
    for (const slot of this.slots) if (!slot.joined) void slot.worker.terminate();
    return joined.some(Boolean);
  }

  /** A worker that has loaded what it needs takes work from now on, unless it was dismissed meanwhile. */
  private join(slot: Slot): boolean {
    if (this.closed || slot.dismissed) return false;
    slot.joined = true;
    slot.worker.on('message', (message: { id: number; unit: EncodedUnit; bytes: ArrayBuffer | undefined }) => {
      slot.busy -= 1;
      const pending = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      pending?.resolve({ unit: message.unit, bytes: message.bytes });
      if (slot.dismissed && slot.busy === 0) void slot.worker.terminate();
    });
    slot.worker.on('error', (error) => this.failAll(error));
    this.active = [...this.active, slot];
    return true;
  }

  /** A worker takes no more work, and ends as soon as it has answered what it was given. */
  private dismiss(slot: Slot): void {
    slot.dismissed = true;
    this.active = this.active.filter((s) => s !== slot);
    if (slot.busy === 0) void slot.worker.terminate();
  }

  /** The workers that take work: 0 until a run has used the pool and the first worker has joined. */
  get size(): number {
    return this.active.length;
  }

  /** The workers the pool starts, whether or not they have joined yet. */
  get capacity(): number {
    return this.count;
  }

  /** Units submitted and not yet answered. */
  get pending(): number {
    return this.active.reduce((n, slot) => n + slot.busy, 0);
  }

  /**
   * Send a unit to the least busy worker. The unit's bytes may be moved there: the caller must not read them again;
   * they come back with the results, to be reused. So is `spare`, the memory of a unit already applied, which the
   * worker encodes the results into.
   */
  submit(file: string, unit: LineUnit, spare?: EncodedBuffers): Promise<CheckedUnit> {
    const id = (this.next += 1);
    const slot = this.active.reduce((least, s) => (s.busy < least.busy ? s : least));
    slot.busy += 1;
    const promise = new Promise<CheckedUnit>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    // The unit's memory is moved to the worker rather than copied, unless it is a slab of Node's small-buffer pool
    // (shared with other buffers).
    const memory = unit.bytes.buffer as ArrayBuffer;
    const transfer = [...(memory.byteLength > Buffer.poolSize ? [memory] : []), ...(spare ? [spare.records, spare.refs, spare.elements] : [])];
    slot.worker.postMessage({ id, file, unit, spare }, transfer);
    return promise;
  }

  /** Ends every worker, those still loading too: a run that finished before a worker joined does not wait for it. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private failAll(error: Error): void {
    for (const pending of this.waiting.values()) pending.reject(error);
    this.waiting.clear();
  }
}
