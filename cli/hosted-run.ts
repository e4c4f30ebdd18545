import type { Worker } from 'node:worker_threads';
import { startWorker } from '../generator/src/runtime/worker-url.ts';
import type { CliIo } from './io.ts';

/**
 * The young generation of the thread a hosted command runs on, in MB (V8 makes it three semi-spaces: 8 MB each).
 *
 * On the main thread V8 doubles the semi-spaces each time as many bytes have survived scavenges, since the last
 * growth, as they hold: a long run always gets there, however little survives each time, so a process's peak grew
 * with its input until the semi-spaces reached 16 MB. Measured on `validate`, peak RSS, 101 MB and 1.01 GB of valid
 * NDJSON: on the main thread 134 MB and 173 MB (1.30); on a thread held to 24 MB, 141 MB and 162 MB (1.15). A
 * worker's limits are set when it starts (`resourceLimits`); the main thread's only by flags on Node's command line.
 */
export const hostedYoungGenerationMb = 24;

/** What the hosted thread is told: the command line and whether the process's streams are terminals. */
export interface HostedData {
  readonly argv: readonly string[];
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
}

/** A message from the hosted thread: text for one of the streams, in the order written, then the exit code. */
export type HostedMessage = { readonly stream: 'stdout' | 'stderr'; readonly text: string } | { readonly code: number };

/** The streams and stop signal of the process (or of a test): what the hosted command writes goes to them. */
export type HostIo = Pick<CliIo, 'stdout' | 'stderr'> & { readonly signal: AbortSignal };

/**
 * Run the command line on a worker thread whose young generation is held to `hostedYoungGenerationMb`, and resolve
 * to its exit code. The thread runs `main` as this thread would, with the same arguments, working folder and
 * environment, told whether the streams are terminals (a worker's own are not); what it writes is passed back and
 * written here, in order, and a stop asked of this process (SIGINT, SIGTERM) is passed on to it.
 */
export function runHosted(argv: readonly string[], io: HostIo): Promise<number> {
  const data: HostedData = { argv, stdoutIsTTY: Boolean(io.stdout.isTTY), stderrIsTTY: Boolean(io.stderr.isTTY) };
  let worker: Worker;
  try {
    worker = startWorker(import.meta.url, 'hosted-worker', { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: hostedYoungGenerationMb } });
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return new Promise((resolve, reject) => {
    let code: number | undefined;
    let failure: Error | undefined;
    const stop = () => worker.postMessage({ stop: String(io.signal.reason ?? 'SIGINT') });
    if (io.signal.aborted) stop();
    else io.signal.addEventListener('abort', stop, { once: true });
    worker.on('message', (message: HostedMessage) => {
      if ('code' in message) code = message.code;
      else io[message.stream].write(message.text);
    });
    worker.on('error', (error) => (failure ??= error));
    worker.on('exit', () => {
      io.signal.removeEventListener('abort', stop);
      if (code !== undefined) resolve(code);
      else reject(failure ?? new Error('the thread running the command ended without an exit code'));
    });
  });
}
