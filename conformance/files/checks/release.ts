/**
 * Give the memory of typed arrays that are no longer needed back now, rather than at the next full garbage
 * collection.
 *
 * A table that grows copies itself into larger arrays; the old ones are long-lived objects, so V8 frees their
 * memory only at a full collection, which on a long run can be seconds apart: meanwhile the garbage can add up
 * to twice the table. Moving the memory into a new, short-lived owner (a transfer detaches the old array) lets the
 * next young-generation collection, which comes every few milliseconds, free it instead. The old arrays must not
 * be read again.
 */
export function releaseNow(...arrays: readonly (ArrayBufferView | ArrayBuffer)[]): void {
  const buffers = arrays.map((a) => (a instanceof ArrayBuffer ? a : a.buffer)).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer && b.byteLength > 0);
  if (buffers.length > 0) structuredClone(buffers, { transfer: buffers });
}

/** A copy of an array at least `size` long (doubled, or more when that is not enough); the old one's memory is released. */
export function grown<T extends Uint32Array | Uint8Array>(array: T, size: number): T {
  const next = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  next.set(array);
  releaseNow(array);
  return next;
}
