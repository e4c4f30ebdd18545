import type { Stats } from 'node:fs';
import { lstat, open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ioReason, kindOf, readNonBlocking } from '../../generator/src/kit.ts';
import type { RecordReader } from './input/record-input.ts';

export type InputFormat = 'json' | 'ndjson' | 'csv';

export interface InputFile {
  readonly path: string;
  readonly display: string;
  readonly format: InputFormat;
  /** Its size when listed (bytes). */
  readonly bytes?: number;
}

/** A path that was not read: a finding, and the run goes on. */
export interface InputFailure {
  readonly display: string;
  readonly message: string;
  /**
   * input.unreadable (the default, an error), input.not-a-file (a FIFO, socket or device: an error) or
   * input.repeated (a file or folder reached again: a warning, since what it holds is read once).
   */
  readonly check?: 'input.unreadable' | 'input.not-a-file' | 'input.repeated';
}

const formats: Readonly<Record<string, InputFormat>> = { '.json': 'json', '.ndjson': 'ndjson', '.jsonl': 'ndjson', '.csv': 'csv' };

export function formatOf(path: string): InputFormat | undefined {
  return formats[extname(path).toLowerCase()];
}

/**
 * Expand the paths the user gave: files as they are, folders to the record files below them (by extension, sorted
 * in code-point order). Only regular files are listed, each once: folders and files are known by device and inode,
 * so a link back to a folder (a loop) or a second path to a file is reported and not read again. Each file is
 * opened without blocking and its kind taken from the open descriptor, so a FIFO or a device is refused, never
 * waited on. A path that does not exist is the caller's usage error; anything else not read is a failure.
 */
export async function collectInputs(paths: readonly { path: string; display: string }[]): Promise<{ files: InputFile[]; failures: InputFailure[] }> {
  const walk = new Walk();
  for (const { path, display } of paths) await walk.visit(path, display, true, []);
  return { files: walk.files, failures: walk.failures };
}

class Walk {
  readonly files: InputFile[] = [];
  readonly failures: InputFailure[] = [];
  /** What was reached, by device and inode, and as whom. */
  private readonly seen = new Map<string, string>();

  async visit(path: string, display: string, explicit: boolean, ancestors: readonly string[]): Promise<void> {
    let info: Stats;
    try {
      info = await stat(path);
    } catch (error) {
      return this.fail(display, `cannot be read (${await linkProblem(path, error)})`);
    }
    if (info.isDirectory()) return this.visitFolder(path, display, identity(info), ancestors);
    const format = formatOf(path);
    if (!info.isFile()) {
      if (explicit || format) this.fail(display, `is ${kindOf(info)}, not a regular file, and was not read`, 'input.not-a-file');
      return;
    }
    if (format) await this.visitFile(path, display, format);
    else if (explicit) this.fail(display, 'is not a .json, .ndjson, .jsonl or .csv file');
  }

  private async visitFolder(path: string, display: string, key: string, ancestors: readonly string[]): Promise<void> {
    const first = this.seen.get(key);
    if (first !== undefined) {
      const why = ancestors.includes(key) ? `leads back to the folder ${first} that holds it (a loop)` : `is the folder ${first} again`;
      return this.fail(display, `${why}; its files are read once`, 'input.repeated');
    }
    this.seen.set(key, display);
    let entries: string[];
    try {
      entries = (await readdir(path)).sort();
    } catch (error) {
      return this.fail(display, `is a folder that cannot be listed (${ioReason(error)})`);
    }
    for (const entry of entries) await this.visit(join(path, entry), `${display.replace(/\/$/, '')}/${entry}`, false, [...ancestors, key]);
  }

  /** Open without blocking and look at what was opened: only then is it known to be the regular file it seemed. */
  private async visitFile(path: string, display: string, format: InputFormat): Promise<void> {
    let info: Stats;
    try {
      const handle = await open(path, readNonBlocking);
      try {
        info = await handle.stat();
      } finally {
        await handle.close();
      }
    } catch (error) {
      return this.fail(display, `cannot be read (${ioReason(error)})`);
    }
    if (!info.isFile()) return this.fail(display, `is ${kindOf(info)}, not a regular file, and was not read`, 'input.not-a-file');
    const first = this.seen.get(identity(info));
    if (first !== undefined) return this.fail(display, `is the same file as ${first}, which is read once`, 'input.repeated');
    this.seen.set(identity(info), display);
    this.files.push({ path, display, format, bytes: info.size });
  }

  private fail(display: string, message: string, check: InputFailure['check'] = 'input.unreadable'): void {
    this.failures.push({ display, message, ...(check === 'input.unreadable' ? {} : { check }) });
  }
}

function identity(info: Stats): string {
  return `${info.dev}:${info.ino}`;
}

/** Why a path could not be followed: a link to nothing, a link that loops, or the error's own reason. */
async function linkProblem(path: string, error: unknown): Promise<string> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' && (await lstat(path).then((l) => l.isSymbolicLink(), () => false))) return 'it is a symbolic link to nothing';
  return ioReason(error);
}

export type ReaderFactory = (file: InputFile) => RecordReader;
