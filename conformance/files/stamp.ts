import { startWorker } from '../../generator/src/kit.ts';
import type { InputFile } from './inputs.ts';
import type { InputStamp, RunStamp } from './result.ts';
import { stampOf } from './stamp-hash.ts';

/**
 * Inputs from which their hashes are worked out on a thread of their own, while the run checks them. SHA-256 of
 * 101 MB took 633 ms on the machine here, a quarter of the run when it came after it; a thread costs about 30 ms to
 * start, so smaller inputs are hashed here.
 */
export const hashOnThreadFromBytes = 16 * 1024 * 1024;

/** What the hashing thread gives for each input, in order. */
export type Hashed = Omit<InputStamp, 'file'>;

/** A stamp being made: its result once every input is hashed, or cancel when the run will not be reported. */
export interface Stamping {
  readonly result: () => Promise<RunStamp>;
  readonly cancel: () => void;
}

/**
 * The stamp of a run (result.ts, RunStamp): the time it started, the versions, and the SHA-256 of each input as
 * `sha256sum` would print it, so that a figure can be traced to the very files it came from. An input that cannot be
 * read again is stamped with an empty hash (its failure is already a finding).
 */
export async function runStamp(files: readonly InputFile[], at: Date, toolVersion: string, specRelease: string): Promise<RunStamp> {
  const inputs: InputStamp[] = [];
  for (const file of files) inputs.push(await stampOf(file.path, file.display));
  return { at: at.toISOString(), toolVersion, specRelease, inputs };
}

/**
 * Start the run's stamp, to be awaited after the run: on a worker thread from `hashOnThreadFromBytes` of input, so
 * that hashing overlaps the checking (on a core the checking leaves free), otherwise here, when asked for.
 */
export function startRunStamp(files: readonly InputFile[], at: Date, toolVersion: string, specRelease: string, onThreadFrom = hashOnThreadFromBytes): Stamping {
  const total = files.reduce((n, f) => n + (f.bytes ?? 0), 0);
  if (total < onThreadFrom) return { result: () => runStamp(files, at, toolVersion, specRelease), cancel: () => {} };
  const worker = startWorker(import.meta.url, 'stamp-worker', { workerData: files.map((f) => f.path) });
  const hashed = new Promise<readonly Hashed[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error('the thread hashing the inputs ended early')));
  });
  // Awaited only after the run: a failure meanwhile must not be an unhandled rejection.
  hashed.catch(() => {});
  return {
    result: async () => {
      let hashes: readonly Hashed[];
      try {
        hashes = await hashed;
      } catch {
        return runStamp(files, at, toolVersion, specRelease);
      }
      return { at: at.toISOString(), toolVersion, specRelease, inputs: files.map((f, i) => ({ file: f.display, ...hashes[i]! })) };
    },
    cancel: () => void worker.terminate(),
  };
}
