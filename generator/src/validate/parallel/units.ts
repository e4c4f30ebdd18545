import { createReadStream } from 'node:fs';
import { maxLineBytes } from '../input/lines.ts';

/** A run of whole NDJSON lines, with where it starts in the file, so that every location is final before it is checked. */
export interface LineUnit {
  readonly kind: 'lines';
  readonly bytes: Buffer;
  /** Lines and records (non-blank lines) before this unit. */
  readonly lineOffset: number;
  readonly recordOffset: number;
  /** True when this unit starts the file (a byte-order mark may open it). */
  readonly first: boolean;
  /** True when the file's last line has no newline (it may be cut short). */
  readonly unterminated: boolean;
}

/** A line too long to keep: reported without being read into memory. */
export interface TooLongUnit {
  readonly kind: 'too-long';
  readonly line: number;
  readonly record: number;
}

export type Unit = LineUnit | TooLongUnit;

const chunkBytes = 1024 * 1024;

/**
 * Cut an NDJSON file into units of whole lines (about a megabyte each) for checking on worker threads. Only newlines
 * are looked at here: splitting, decoding and parsing are the workers' work.
 */
export async function* lineUnits(path: string, onBytes: (n: number) => void): AsyncGenerator<Unit> {
  let carry: Buffer[] = [];
  let carrySize = 0;
  let skipping = false;
  let lines = 0;
  let records = 0;
  let first = true;
  const tooLong = (): TooLongUnit => ({ kind: 'too-long', line: (lines += 1), record: (records += 1) });
  for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    onBytes(chunk.length);
    let from = 0;
    if (skipping || carrySize > 0) {
      const nl = chunk.indexOf(10);
      if (nl === -1) {
        if (!skipping) ((carry = [...carry, chunk]), (carrySize += chunk.length));
        if (!skipping && carrySize > maxLineBytes) ((skipping = true), (carry = []), (carrySize = 0));
        continue;
      }
      if (skipping || carrySize + nl > maxLineBytes) {
        yield tooLong();
        ((skipping = false), (carry = []), (carrySize = 0), (first = false));
        from = nl + 1;
      }
    }
    const last = chunk.lastIndexOf(10);
    if (last < from) {
      carry = [...carry, chunk.subarray(from)];
      carrySize += chunk.length - from;
      if (carrySize > maxLineBytes) ((skipping = true), (carry = []), (carrySize = 0));
      continue;
    }
    const bytes = carrySize > 0 ? Buffer.concat([...carry, chunk.subarray(from, last + 1)]) : Buffer.from(chunk.subarray(from, last + 1));
    const counted = countLines(bytes, first);
    yield { kind: 'lines', bytes, lineOffset: lines, recordOffset: records, first, unterminated: false };
    lines += counted.lines;
    records += counted.records;
    first = false;
    carry = last + 1 < chunk.length ? [Buffer.from(chunk.subarray(last + 1))] : [];
    carrySize = chunk.length - (last + 1);
    if (carrySize > maxLineBytes) ((skipping = true), (carry = []), (carrySize = 0));
  }
  if (skipping) yield tooLong();
  else if (carrySize > 0) {
    const bytes = Buffer.concat(carry);
    if (!isBlank(bytes, 0, bytes.length)) yield { kind: 'lines', bytes, lineOffset: lines, recordOffset: records, first, unterminated: true };
  }
}

/** Lines (newlines) and records (non-blank lines) in a run of whole lines. */
export function countLines(bytes: Buffer, first: boolean): { lines: number; records: number } {
  let lines = 0;
  let records = 0;
  let start = first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start < bytes.length) {
    let nl = bytes.indexOf(10, start);
    if (nl === -1) nl = bytes.length;
    lines += 1;
    if (!isBlank(bytes, start, nl)) records += 1;
    start = nl + 1;
  }
  return { lines, records };
}

export function isBlank(bytes: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const b = bytes[i];
    if (b !== 32 && b !== 9 && b !== 13) return false;
  }
  return true;
}
