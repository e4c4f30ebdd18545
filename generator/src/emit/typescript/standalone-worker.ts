// Precompiles the validators in a worker thread, so that the main thread can build the types meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import type { StandaloneInput } from './standalone.ts';
import { compileStamped } from './standalone-cache.ts';

parentPort?.postMessage(compileStamped(workerData as StandaloneInput));
