/**
 * Benchmarks: figures, not assertions. `npm run bench` prints, on this machine, in one run:
 * - how long checking the real spec takes (in process, and as the built command);
 * - a full `generate`, `generate --check` with nothing changed, and openapi-typescript on our own OpenAPI file,
 *   each as a whole process (median of several runs), with the ratios the goals are stated in.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSpecBytes } from '../src/pipeline.ts';
import { packageRoot } from '../src/paths.ts';

const root = packageRoot();
const bytes = readFileSync(join(root, 'spec', 'mods.yaml'));
const bin = join(root, 'bin', 'asc-mods.js');
const openapiTypescript = join(root, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
const fmt = (ms: number) => `${ms.toFixed(0).padStart(5)} ms`;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timeProcess(args: readonly string[], runs: number): number {
  return median(
    Array.from({ length: runs }, () => {
      const start = performance.now();
      const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr || result.stdout}`);
      return performance.now() - start;
    }),
  );
}

function timeInProcess(runs: number): { first: number; median: number } {
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    checkSpecBytes('spec/mods.yaml', bytes);
    return performance.now() - start;
  });
  return { first: times[0]!, median: median(times.slice(1)) };
}

if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('build first: npm run build');
const out = mkdtempSync(join(tmpdir(), 'asc-mods-bench-'));
const runs = 5;
const check = timeInProcess(20);
const checkCommand = timeProcess([bin, 'check'], runs);
const generate = timeProcess([bin, 'generate', join(root, 'spec', 'mods.yaml'), '--out', out], runs);
const generateCheck = timeProcess([bin, 'generate', '--check'], runs);
const oat = timeProcess([openapiTypescript, join(root, 'generated', 'openapi', 'mods.openapi.json'), '-o', join(out, 'openapi-typescript.ts')], runs);

console.log(`asc-mods bench: node ${process.version}, spec ${bytes.length} bytes; processes are the median of ${runs} runs`);
console.log(`check, in process (first run / median of 19 more):  ${fmt(check.first)} / ${fmt(check.median)}`);
console.log(`asc-mods check (process):                          ${fmt(checkCommand)}`);
console.log(`asc-mods generate (process, full, to a new dir):   ${fmt(generate)}`);
console.log(`asc-mods generate --check (process, no change):    ${fmt(generateCheck)}`);
console.log(`openapi-typescript on generated/openapi (process): ${fmt(oat)}`);
console.log(`ratio generate / openapi-typescript:               ${(generate / oat).toFixed(2)}  (goal: at most 5)`);
console.log(`ratio generate --check / openapi-typescript:       ${(generateCheck / oat).toFixed(2)}  (goal: at most 1)`);
