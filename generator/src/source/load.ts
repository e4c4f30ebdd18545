import { readFile } from 'node:fs/promises';
import { parseSpec, diagnosticAt, type ParseResult } from './parse.ts';

export interface LoadResult extends ParseResult {
  /** True when the file could not be read at all (an I/O error, not a finding in the spec). */
  readonly ioError: boolean;
}

/** Read a spec file from disk and parse it. I/O failures become a file-unreadable diagnostic, never an exception. */
export async function loadSpecFile(path: string, displayPath: string = path): Promise<LoadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason = ioReason(error);
    return {
      ioError: true,
      diagnostics: [diagnosticAt(displayPath, 'file-unreadable', `cannot read ${displayPath}: ${reason}`, { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } })],
    };
  }
  return { ioError: false, ...parseSpec(displayPath, bytes) };
}

function ioReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory, not a file';
    default:
      return typeof code === 'string' ? code : 'unknown error';
  }
}
