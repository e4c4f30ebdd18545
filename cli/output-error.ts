import type { CliIo } from './io.ts';

/**
 * An error writing output (a full disk, a folder that is a file, no permission) as one line on stderr, exit 2.
 * Anything that is not an I/O error is a bug, and is thrown on.
 */
export function outputFailed(io: CliIo, target: string, error: unknown): number {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string') throw error;
  io.stderr.write(`asc-mods: cannot write ${target}: ${ioWords(code)}\n`);
  return 2;
}

/** An output error code in words, with the code for searching. */
export function ioWords(code: string): string {
  const words: Readonly<Record<string, string>> = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is used up',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOTDIR: 'a path in it is a file, not a folder',
    EEXIST: 'a file of that name is in the way',
    EISDIR: 'it is a folder, not a file',
    EIO: 'an input/output error on the device',
  };
  return `${words[code] ?? 'an I/O error'} (${code})`;
}
