import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { InputStamp } from './result.ts';

/** One input's size and SHA-256, read again from its path. */
export async function stampOf(path: string, display: string): Promise<InputStamp> {
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) ((bytes += chunk.length), hash.update(chunk));
    return { file: display, bytes, sha256: hash.digest('hex') };
  } catch {
    return { file: display, bytes, sha256: '' };
  }
}
