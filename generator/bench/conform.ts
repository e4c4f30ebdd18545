/**
 * Conformance benchmark: figures, not assertions. The time of a full suite run (every test of every class) against
 * the reference supplier on this machine, in memory, from the built code; the median of five runs after one to warm
 * up, and the command end to end (`asc-mods conform --reference`, a new process).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkSpecFile } from '../src/pipeline.ts';
import { defaultSpecPath, packageRoot } from '../src/paths.ts';

const root = packageRoot();
const dist = <T>(path: string): Promise<T> => import(pathToFileURL(join(root, 'dist', path)).href) as Promise<T>;
const { ReferenceServer } = await dist<typeof import('../../conformance/reference/server.ts')>('conformance/reference/server.js');
const { runConformance } = await dist<typeof import('../../conformance/api/run.ts')>('conformance/api/run.js');
const { loadValidators } = await dist<typeof import('../../conformance/files/engine.ts')>('conformance/files/engine.js');

const model = (await checkSpecFile(defaultSpecPath())).model!;
const validators = await loadValidators(root);

async function once(): Promise<{ ms: number; tests: number; requests: number }> {
  const server = new ReferenceServer({ model, validators, token: 'bench' });
  const port = await server.listen(0);
  const start = performance.now();
  const result = await runConformance({ baseUrl: `http://127.0.0.1:${port}`, token: 'bench', suiteDir: join(root, 'generated', 'conformance'), kitVersion: 'bench' });
  const ms = performance.now() - start;
  await server.close();
  return { ms, tests: result.summary.tests, requests: result.tests.reduce((n, t) => n + t.evidence.length, 0) };
}

await once();
const runs = [await once(), await once(), await once(), await once(), await once()].sort((a, b) => a.ms - b.ms);
const median = runs[2]!;
console.log(`conformance suite against the reference supplier: ${median.tests} tests, ${median.requests.toLocaleString('en-GB')} requests by the tests in ${Math.round(median.ms)} ms (median of 5; ${Math.round(median.requests / (median.ms / 1000)).toLocaleString('en-GB')} requests/s)`);
const start = performance.now();
const command = spawnSync(process.execPath, [join(root, 'bin', 'asc-mods.js'), 'conform', '--reference'], { encoding: 'utf8' });
console.log(`asc-mods conform --reference (process, end to end): ${Math.round(performance.now() - start)} ms, exit ${command.status}`);
