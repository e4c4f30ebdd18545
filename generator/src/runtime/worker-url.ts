import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Start a worker thread on a module of this package, next to the caller. Built, it is the .js file. Run from source
 * (npm run mods), it is the .ts file, and the worker registers the TypeScript loader itself first: workers do not
 * inherit the main thread's loader, and Node 20 ignores --import in a worker's execArgv.
 */
export function startWorker(callerUrl: string, name: string, options: Pick<WorkerOptions, 'workerData' | 'resourceLimits'>): Worker {
  if (!callerUrl.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, callerUrl), options);
  const module = new URL(`./${name}.ts`, callerUrl).href;
  const loader = import.meta.resolve('tsx/esm/api');
  const bootstrap = `(async () => { const { register } = await import(${JSON.stringify(loader)}); register(); await import(${JSON.stringify(module)}); })();`;
  return new Worker(bootstrap, { ...options, eval: true });
}
