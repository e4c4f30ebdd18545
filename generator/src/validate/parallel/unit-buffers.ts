/** Bytes read per unit of NDJSON lines. */
export const unitBytes = 1024 * 1024;

/**
 * The buffers units are read into, reused: a buffer comes back once its unit is checked (from a worker, moved back
 * with the results). Only whole buffers of the unit size are kept, and only a few.
 */
export class UnitBuffers {
  private readonly free: ArrayBuffer[] = [];

  constructor(private readonly size = unitBytes, private readonly keep = 8) {}

  take(): Buffer {
    const reused = this.free.pop();
    return reused ? Buffer.from(reused) : Buffer.allocUnsafeSlow(this.size);
  }

  /** Give a buffer back (one of another size, or beyond what is kept, is left to the garbage collector). */
  give(buffer: ArrayBufferLike | undefined): void {
    if (buffer instanceof ArrayBuffer && buffer.byteLength === this.size && this.free.length < this.keep) this.free.push(buffer);
  }
}
