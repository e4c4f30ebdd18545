import { parseSpec, diagnosticAt, type ParseResult } from './parse.ts';
import { readRegularFile } from './regular-file.ts';

export interface LoadResult extends ParseResult {
  /** True when the file could not be read at all (an I/O error, not a finding in the spec). */
  readonly ioError: boolean;
}

/**
 * The largest spec file read: 16 MB. The MODS spec is about 500 kB; a cap keeps `check /dev/zero` or a runaway
 * file from filling memory.
 */
export const maxSpecBytes = 16 * 1024 * 1024;

/**
 * Read a spec file from disk and parse it. Only a regular file is read (a FIFO, a device or a directory is refused
 * without blocking), up to maxSpecBytes. I/O failures become a file-unreadable diagnostic, never an exception.
 */
export async function loadSpecFile(path: string, displayPath: string = path, maxBytes: number = maxSpecBytes): Promise<LoadResult> {
  const read = await readRegularFile(path, maxBytes);
  if ('reason' in read) {
    return {
      ioError: true,
      diagnostics: [diagnosticAt(displayPath, 'file-unreadable', `cannot read ${displayPath}: ${read.reason}`, { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } })],
    };
  }
  return { ioError: false, ...parseSpec(displayPath, read.bytes) };
}
