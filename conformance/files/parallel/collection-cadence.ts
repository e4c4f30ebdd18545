import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Bytes of NDJSON a thread checks between the full collections it asks for. */
export const cadenceBytes = 64 * 1024 * 1024;

export type Collect = (options: { type: 'major'; execution: 'async' }) => Promise<void>;

/**
 * Asks V8 for a full garbage collection each time a thread has checked another `every` bytes, so that the heap of a
 * long run cycles the way a short run's does, and peak memory does not depend on the size of the input.
 *
 * Left to itself, V8 lets the old generation grow to up to four times what survived the last full collection, and the
 * limit it picks drifts upwards over a long run. Checking records fills the old generation steadily even though
 * nothing survives: JSON.parse internalises short string values (codes, dates, NHS numbers) straight into the old
 * generation, along with the string-table entries for them, and all of it waits for the next full collection. On a
 * 1 GB file that made the peak depend on when the collections happened to fall, and grow with the file.
 *
 * The collection is incremental (`execution: 'async'`): marking runs alongside the checking, and the caller never
 * waits for it. The `gc` function comes from V8's --expose-gc flag, set at run time and taken from a new context
 * (the way Node's own documentation of v8.setFlagsFromString shows); where that is unavailable, the cadence does
 * nothing and V8 collects on its own schedule.
 */
export class CollectionCadence {
  private since = 0;
  private running = false;

  /** `collect` defaults to V8's own; undefined turns the cadence off. */
  constructor(private readonly every: number = cadenceBytes, private readonly collect: Collect | undefined = exposedCollector()) {}

  /** Note bytes checked; starts a full collection when another `every` bytes have been, and none is running. */
  checked(bytes: number): void {
    this.since += bytes;
    if (this.since < this.every || this.running || !this.collect) return;
    this.since = 0;
    this.running = true;
    this.collect({ type: 'major', execution: 'async' }).then(
      () => (this.running = false),
      () => (this.running = false),
    );
  }
}

/** Looked up once per thread: a run may open thousands of files, and a new context each time would cost. */
let collector: { readonly collect: Collect | undefined } | undefined;

function exposedCollector(): Collect | undefined {
  collector ??= { collect: lookUpCollector() };
  return collector.collect;
}

function lookUpCollector(): Collect | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const collect: unknown = runInNewContext('gc');
    return typeof collect === 'function' ? (collect as Collect) : undefined;
  } catch {
    return undefined;
  }
}
