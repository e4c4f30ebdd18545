/** Bytes read per unit of NDJSON lines. */
export const unitBytes = 1024 * 1024;

/**
 * The buffers units are read into, reused: a buffer comes back once its unit is checked (from a worker, moved back
 * with the results). Only whole buffers of the unit size are kept, and only a few.
 */
export class UnitBuffers {
  private readonly free: FreeList<ArrayBuffer>;

  constructor(private readonly size = unitBytes, keep = 8) {
    this.free = new FreeList(keep);
  }

  take(): Buffer {
    const reused = this.free.take();
    return reused ? Buffer.from(reused) : Buffer.allocUnsafeSlow(this.size);
  }

  /** Give a buffer back (one of another size, or beyond what is kept, is left to the garbage collector). */
  give(buffer: ArrayBufferLike | undefined): void {
    if (buffer instanceof ArrayBuffer && buffer.byteLength === this.size) this.free.give(buffer);
  }
}

/** Memory kept to be handed out again: only a few pieces (the rest are left to the garbage collector). */
export class FreeList<T> {
  private readonly free: T[] = [];

  constructor(private readonly keep = 8) {}

  take(): T | undefined {
    return this.free.pop();
  }

  give(item: T): void {
    if (this.free.length < this.keep) this.free.push(item);
  }
}
