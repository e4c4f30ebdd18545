// Precompiles the validators in a worker thread, so that the main thread can build the types meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import type { StandaloneInput } from './standalone.ts';
import { compileStamped } from './standalone-cache.ts';
import type { WorkerAnswer } from './standalone-async.ts';

// A failure to compile is an answer too: the main thread reports it rather than compiling all over again.
function answer(): WorkerAnswer {
  try {
    return { code: compileStamped(workerData as StandaloneInput) };
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.postMessage(answer());
