import { openRegularFile } from '../../../generator/src/kit.ts';

export interface Line {
  /** 1-based line number. */
  readonly number: number;
  /** The line's bytes without its LF (and without a CR before it), or undefined when it was too long to keep. */
  readonly bytes: Buffer | undefined;
  /** True for the last line when the file does not end with a newline. */
  readonly unterminated: boolean;
}

/** Lines longer than this are reported, not buffered: a 50 MB line never sits in memory whole. */
export const maxLineBytes = 16 * 1024 * 1024;

/**
 * The lines of a file, streamed: chunks are split on LF; a line that spans chunks is joined from its parts; a line
 * over maxLineBytes is skipped to its end and yielded without bytes. A byte-order mark on line 1 is dropped.
 */
export async function* readLines(path: string, onBytes: (n: number) => void): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let partBytes = 0;
  let tooLong = false;
  let number = 1;
  const stream = (await openRegularFile(path)).createReadStream({ highWaterMark: 1024 * 1024 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    onBytes(chunk.length);
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      yield finish(number, parts, partBytes, piece, tooLong || partBytes + piece.length > maxLineBytes, false);
      number += 1;
      parts = [];
      partBytes = 0;
      tooLong = false;
      start = nl + 1;
    }
    const rest = chunk.subarray(start);
    if (rest.length === 0) continue;
    if (tooLong || partBytes + rest.length > maxLineBytes) {
      tooLong = true;
      parts = [];
    } else {
      parts.push(Buffer.from(rest));
    }
    partBytes += rest.length;
  }
  if (partBytes > 0 || tooLong) yield finish(number, parts, partBytes, Buffer.alloc(0), tooLong, true);
}

function finish(number: number, parts: readonly Buffer[], partBytes: number, last: Buffer, tooLong: boolean, unterminated: boolean): Line {
  if (tooLong) return { number, bytes: undefined, unterminated };
  let bytes = parts.length === 0 ? last : Buffer.concat([...parts, last], partBytes + last.length);
  if (bytes.length > 0 && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
  if (number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  return { number, bytes, unterminated };
}
