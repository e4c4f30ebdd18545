import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { RecordReader } from './input/record-input.ts';

export type InputFormat = 'json' | 'ndjson' | 'csv';

export interface InputFile {
  readonly path: string;
  readonly display: string;
  readonly format: InputFormat;
  /** Its size when listed (bytes). */
  readonly bytes?: number;
}

/** A path that could not be listed or read: a finding, and the run goes on. */
export interface InputFailure {
  readonly display: string;
  readonly message: string;
}

const formats: Readonly<Record<string, InputFormat>> = { '.json': 'json', '.ndjson': 'ndjson', '.jsonl': 'ndjson', '.csv': 'csv' };

export function formatOf(path: string): InputFormat | undefined {
  return formats[extname(path).toLowerCase()];
}

/**
 * Expand the paths the user gave: files as they are, folders to the record files below them (by extension, sorted
 * in code-point order). A path that does not exist is the caller's usage error; one that cannot be read is a failure.
 */
export async function collectInputs(paths: readonly { path: string; display: string }[]): Promise<{ files: InputFile[]; failures: InputFailure[] }> {
  const files: InputFile[] = [];
  const failures: InputFailure[] = [];
  const visit = async (path: string, display: string, explicit: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      failures.push({ display, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` });
      return;
    }
    if (info.isDirectory()) {
      let entries: string[];
      try {
        entries = (await readdir(path)).sort();
      } catch (error) {
        failures.push({ display, message: `is a folder that cannot be listed (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` });
        return;
      }
      for (const entry of entries) await visit(join(path, entry), `${display.replace(/\/$/, '')}/${entry}`, false);
      return;
    }
    const format = formatOf(path);
    if (format) files.push({ path, display, format, bytes: info.size });
    else if (explicit) failures.push({ display, message: 'is not a .json, .ndjson, .jsonl or .csv file' });
  };
  for (const { path, display } of paths) await visit(path, display, true);
  return { files, failures };
}

export type ReaderFactory = (file: InputFile) => RecordReader;
