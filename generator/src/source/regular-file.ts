import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/**
 * Reading a file a user named, safely: only a regular file is read, and never more than a cap. The file is opened
 * without blocking (a FIFO with no writer would otherwise wait for ever) and its kind is taken from the open
 * descriptor, so what is checked is what is read, even if the path changes in between.
 */
export type ReadOutcome = { readonly bytes: Uint8Array } | { readonly reason: string; /** The file is over the cap (a caller may say why the cap is what it is). */ readonly tooLarge?: true };

/** Open for reading without blocking: O_NONBLOCK where the platform has it. */
export const readNonBlocking = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Thrown by openRegularFile when the path is not a regular file (it may have been swapped since it was listed). */
export class NotARegularFile extends Error {
  readonly code = 'ENOTREGULAR';
  constructor(readonly kind: string) {
    super(`it is ${kind}, not a regular file`);
  }
}

/**
 * Open a file to stream it: without blocking, and only if the open descriptor is a regular file. A path listed as a
 * regular file and swapped for a FIFO before it is read is refused here, not waited on. Rejects with the open's own
 * error, or with NotARegularFile.
 */
export async function openRegularFile(path: string): Promise<FileHandle> {
  const handle = await open(path, readNonBlocking);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotARegularFile(kindOf(info));
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

export async function readRegularFile(path: string, maxBytes: number): Promise<ReadOutcome> {
  let handle;
  try {
    handle = await openRegularFile(path);
  } catch (error) {
    return { reason: error instanceof NotARegularFile ? error.message : ioReason(error) };
  }
  try {
    const info = await handle.stat();
    if (info.size > maxBytes) return { reason: tooLarge(maxBytes), tooLarge: true };
    // The size can lie (files under /proc say 0), so read to the end, never past the cap.
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(Math.max(info.size - total, 64 * 1024), maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { reason: tooLarge(maxBytes), tooLarge: true };
    }
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) };
  } catch (error) {
    return { reason: ioReason(error) };
  } finally {
    await handle.close();
  }
}

/** What a path that is not a regular file is, in words: "a FIFO", "a device", ... */
export function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSymbolicLink()) return 'a symbolic link';
  return info.isFile() ? 'a regular file' : 'not a file';
}

/** Why a file could not be opened or read, in words, from its error code. */
export function ioReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory, not a file';
    case 'ELOOP':
      return 'it is a symbolic link that loops';
    default:
      return typeof code === 'string' ? code : 'unknown error';
  }
}

function tooLarge(maxBytes: number): string {
  const mb = 1024 * 1024;
  return `it is larger than the limit of ${maxBytes % mb === 0 ? `${maxBytes / mb} MB` : `${maxBytes} bytes`}`;
}
