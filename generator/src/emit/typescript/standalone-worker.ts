// Precompiles the validators in a worker thread, so that the main thread can build the types meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import { compileStandalone, type StandaloneInput } from './standalone.ts';

parentPort?.postMessage(compileStandalone(workerData as StandaloneInput));
