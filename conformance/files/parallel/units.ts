import { openRegularFile } from '../../../generator/src/kit.ts';
import { maxLineBytes } from '../input/lines.ts';
import { UnitBuffers } from './unit-buffers.ts';

/** A run of whole NDJSON lines, with where it starts in the file, so that every location is final before it is checked. */
export interface LineUnit {
  readonly kind: 'lines';
  readonly bytes: Buffer;
  /** Lines and records (non-blank lines) before this unit. */
  readonly lineOffset: number;
  readonly recordOffset: number;
  /** Records (non-blank lines) in this unit. */
  readonly records: number;
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

/**
 * Cut an NDJSON file into units of whole lines (about a megabyte each) for checking on worker threads. Only newlines
 * are looked at here: splitting, decoding and parsing are the workers' work.
 *
 * The file is read straight into buffers taken from `buffers`; a unit's bytes are the start of one of them, and whoever
 * checks the unit gives the buffer back, so a run reuses a handful of buffers instead of allocating two per unit (which
 * fragments the native heap and makes memory creep up over a long file). A line longer than a buffer is joined from
 * copies, up to maxLineBytes; a longer one is skipped to its end and reported.
 */
export async function* lineUnits(path: string, onBytes: (n: number) => void, buffers: UnitBuffers = new UnitBuffers()): AsyncGenerator<Unit> {
  const file = await openRegularFile(path);
  let lines = 0;
  let records = 0;
  let first = true;
  let position = 0;
  /** The start of a line not ended yet (a copy), shorter than a buffer. */
  let head: Buffer = Buffer.alloc(0);
  const read = async (into: Buffer, at: number): Promise<number> => {
    const { bytesRead } = await file.read(into, at, into.length - at, position);
    position += bytesRead;
    onBytes(bytesRead);
    return bytesRead;
  };
  const unit = (bytes: Buffer, unterminated: boolean): LineUnit => {
    const counted = countLines(bytes, first);
    const out: LineUnit = { kind: 'lines', bytes, lineOffset: lines, recordOffset: records, records: counted.records, first, unterminated };
    lines += counted.lines;
    records += counted.records;
    first = false;
    return out;
  };
  try {
    for (;;) {
      const buffer = buffers.take();
      head.copy(buffer, 0);
      const length = head.length + (await read(buffer, head.length));
      if (length === head.length) {
        // The end of the file: what is left is a last line without a newline.
        const rest = Buffer.from(buffer.subarray(0, length));
        buffers.give(buffer.buffer);
        if (!isBlank(rest, 0, rest.length)) yield unit(rest, true);
        return;
      }
      const last = buffer.lastIndexOf(10, length - 1);
      if (last !== -1) {
        head = Buffer.from(buffer.subarray(last + 1, length));
        yield unit(buffer.subarray(0, last + 1), false);
        continue;
      }
      // A line longer than a buffer: join it from copies, or skip it once it is too long to keep.
      const long = await readLongLine(buffer.subarray(0, length), buffer, read);
      buffers.give(buffer.buffer);
      if (long.line === undefined) {
        lines += 1;
        records += 1;
        first = false;
        yield { kind: 'too-long', line: lines, record: records };
      } else {
        yield unit(long.line, long.unterminated);
      }
      if (long.unterminated) return;
      head = long.rest;
    }
  } finally {
    await file.close();
  }
}

/**
 * Read on from `start` (a buffer's worth of a line, no newline in it) to the end of the line, using `scratch` for
 * reads. Returns the whole line with its newline (undefined when it exceeds maxLineBytes), whether the file ended
 * first, and the bytes read after the line.
 */
async function readLongLine(start: Buffer, scratch: Buffer, read: (into: Buffer, at: number) => Promise<number>): Promise<{ line: Buffer | undefined; unterminated: boolean; rest: Buffer }> {
  let parts: Buffer[] | undefined = [Buffer.from(start)];
  let size = start.length;
  for (;;) {
    const n = await read(scratch, 0);
    if (n === 0) return { line: parts && Buffer.concat(parts, size), unterminated: true, rest: Buffer.alloc(0) };
    const nl = scratch.subarray(0, n).indexOf(10);
    const piece = scratch.subarray(0, nl === -1 ? n : nl + 1);
    size += piece.length;
    if (parts && size - (nl === -1 ? 0 : 1) > maxLineBytes) parts = undefined;
    parts?.push(Buffer.from(piece));
    if (nl !== -1) return { line: parts && Buffer.concat(parts, size), unterminated: false, rest: Buffer.from(scratch.subarray(nl + 1, n)) };
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
