/**
 * Start-up benchmark: figures, not assertions. How long the installed command takes to print its help, as a new
 * process each time (node's own start included), against `node -e 0`, the least a Node process can cost on this
 * machine: `asc-mods --help`, `asc-mods validate --help` and `asc-mods validate` of a one-record file (issue 14's goal:
 * at most 3), each as a ratio to the bare start. They are run
 * interleaved, one of each in turn, so that a busy moment on the machine falls on all of them alike; the median of
 * each is taken. Run on the built command (npm run bench builds it first).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './cold.ts';
import { packageRoot } from '../src/paths.ts';

const root = packageRoot();
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 15);
const bin = join(root, 'bin', 'asc-mods.js');
const oneRecord = join(mkdtempSync(join(tmpdir(), 'asc-mods-startup-')), 'one.ndjson');
writeFileSync(oneRecord, JSON.stringify((JSON.parse(readFileSync(join(root, 'generated', 'examples', 'subject_of_care.json'), 'utf8')) as { valid: unknown }).valid) + '\n');
const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'asc-mods --help', args: [bin, '--help'] },
  { name: 'asc-mods validate --help', args: [bin, 'validate', '--help'] },
  { name: 'asc-mods validate (1 record)', args: [bin, 'validate', oneRecord, '--no-progress'] },
] as const;

function timed(args: readonly string[]): number {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr.toString('utf8')}`);
  return ms;
}

const times = cases.map(() => [] as number[]);
for (const c of cases) timed(c.args); // one unmeasured run each, so that the file cache holds what they read
for (let i = 0; i < runs; i += 1) cases.forEach((c, k) => times[k]!.push(timed(c.args)));
const medians = times.map(median);
const bare = medians[0]!;
console.log(`Start-up, as processes (median of ${runs} interleaved runs each):`);
cases.forEach((c, k) => console.log(`  ${c.name.padEnd(30)} ${medians[k]!.toFixed(1).padStart(7)} ms${k === 0 ? '' : `   ${(medians[k]! / bare).toFixed(2)} × node -e 0`}`));
