import { startWorker } from '../../runtime/worker-url.ts';
import type { StandaloneCode, StandaloneInput } from './standalone.ts';
import { compileStamped } from './standalone-cache.ts';

/** What the worker sends back: the code, or why compiling failed (an error does not cross threads as itself). */
export type WorkerAnswer = { readonly code: StandaloneCode } | { readonly failed: string };

/** Compiling failed on the worker: a bug in asc-mods, reported as such, never retried. */
export class StandaloneCompileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StandaloneCompileError';
  }
}

/**
 * Precompile on a second core when a worker thread can be started (the CLI, from source or built); otherwise,
 * for instance inside a test runner that cannot load the worker's module, inline. Same function, same bytes.
 * A worker that started and failed to compile is not retried inline: that would only fail again, twice as slowly.
 */
export async function compileStandaloneConcurrently(input: StandaloneInput): Promise<StandaloneCode> {
  const answer = await onWorker(input).catch(() => undefined);
  if (answer === undefined) return compileStamped(input);
  if ('failed' in answer) throw new StandaloneCompileError(answer.failed);
  return answer.code;
}

function onWorker(input: StandaloneInput): Promise<WorkerAnswer> {
  return new Promise<WorkerAnswer>((resolve, reject) => {
    const thread = startWorker(import.meta.url, 'standalone-worker', { workerData: input });
    thread.once('message', (answer: WorkerAnswer) => resolve(answer));
    thread.once('error', reject);
    thread.once('exit', (exitCode) => reject(new Error(`worker exited with ${exitCode}`)));
  });
}
