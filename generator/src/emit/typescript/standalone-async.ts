import { startWorker } from '../../runtime/worker-url.ts';
import type { StandaloneCode, StandaloneInput } from './standalone.ts';
import { compileStamped } from './standalone-cache.ts';

/**
 * Precompile on a second core when a worker thread can be started (the CLI, from source or built); otherwise,
 * for instance inside a test runner that cannot load the worker's module, inline. Same function, same bytes.
 */
export async function compileStandaloneConcurrently(input: StandaloneInput): Promise<StandaloneCode> {
  try {
    return await new Promise<StandaloneCode>((resolve, reject) => {
      const thread = startWorker(import.meta.url, 'standalone-worker', { workerData: input });
      thread.once('message', (code: StandaloneCode) => resolve(code));
      thread.once('error', reject);
      thread.once('exit', (exitCode) => reject(new Error(`worker exited with ${exitCode}`)));
    });
  } catch {
    return compileStamped(input);
  }
}
