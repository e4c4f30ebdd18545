/** The thread that hashes a run's inputs (stamp.ts, startRunStamp): their paths in, their sizes and SHA-256 out, in order. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Hashed } from './stamp.ts';
import { stampOf } from './stamp-hash.ts';

const out: Hashed[] = [];
for (const path of workerData as readonly string[]) {
  const { bytes, sha256 } = await stampOf(path, path);
  out.push({ bytes, sha256 });
}
parentPort!.postMessage(out);
