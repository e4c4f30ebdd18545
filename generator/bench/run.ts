/**
 * Benchmarks: figures, not assertions. `npm run bench` prints how long checking the real spec takes,
 * in process (first run, then the median of repeated runs) and as a whole CLI process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSpecBytes } from '../src/pipeline.ts';
import { packageRoot } from '../src/paths.ts';

const root = packageRoot();
const specPath = join(root, 'spec', 'mods.yaml');
const bytes = readFileSync(specPath);
const repeats = 20;

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const first = time(() => checkSpecBytes('spec/mods.yaml', bytes));
const runs = Array.from({ length: repeats }, () => time(() => checkSpecBytes('spec/mods.yaml', bytes)));
const result = checkSpecBytes('spec/mods.yaml', bytes);
const elements = result.model?.classes.reduce((n, c) => n + c.ownElements.length, 0) ?? 0;

const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const processRuns = Array.from({ length: 3 }, () => time(() => spawnSync(process.execPath, [tsx, join(root, 'generator', 'src', 'cli.ts'), 'check'], { cwd: root })));
const built = join(root, 'dist', 'generator', 'src', 'cli.js');
const builtRuns = existsSync(built) ? Array.from({ length: 3 }, () => time(() => spawnSync(process.execPath, [join(root, 'bin', 'asc-mods.js'), 'check'], { cwd: root }))) : [];

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`asc-mods bench (node ${process.version}, ${bytes.length} bytes, ${result.model?.classes.length ?? 0} classes, ${elements} elements)`);
console.log(`check, in process, first run:            ${fmt(first)}`);
console.log(`check, in process, median of ${repeats}:        ${fmt(median(runs))}  (min ${fmt(Math.min(...runs))}, max ${fmt(Math.max(...runs))})`);
console.log(`npm run mods -- check (tsx), median of 3: ${fmt(median(processRuns))}`);
console.log(`asc-mods check (built bin), median of 3:  ${builtRuns.length ? fmt(median(builtRuns)) : 'not built (npm run build)'}`);
