import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { InputFile } from './inputs.ts';
import type { InputStamp, RunStamp } from './result.ts';

/**
 * The stamp of a run (result.ts, RunStamp): the time it started, the versions, and the SHA-256 of each input as
 * `sha256sum` would print it, so that a figure can be traced to the very files it came from. An input that cannot be
 * read again is stamped with an empty hash (its failure is already a finding).
 */
export async function runStamp(files: readonly InputFile[], at: Date, toolVersion: string, specRelease: string): Promise<RunStamp> {
  const inputs: InputStamp[] = [];
  for (const file of files) inputs.push(await stampOf(file));
  return { at: at.toISOString(), toolVersion, specRelease, inputs };
}

async function stampOf(file: InputFile): Promise<InputStamp> {
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(file.path) as AsyncIterable<Buffer>) ((bytes += chunk.length), hash.update(chunk));
    return { file: file.display, bytes, sha256: hash.digest('hex') };
  } catch {
    return { file: file.display, bytes, sha256: '' };
  }
}
