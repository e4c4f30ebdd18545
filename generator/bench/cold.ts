/**
 * Cold, as processes, paired: each round runs every contender once on the same file, back to back, so that a busy
 * shared machine slows a round's contenders alike; a figure is the median over the rounds of the per-round ratio.
 * Peak memory comes from GNU time (`/usr/bin/time -f %M`) when it is installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface Contender {
  readonly label: string;
  readonly args: readonly string[];
}

export interface Timed {
  readonly ms: number;
  readonly peakMb: number;
}

const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** One run of `node ARGS` as a process: its wall time and peak memory; throws when it fails (exit 2 or a crash). */
export function runOnce(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Timed {
  const command = gnuTime ? [gnuTime, '-f', 'maxrss-kb=%M', process.execPath, ...args] : [process.execPath, ...args];
  const start = performance.now();
  const run = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30, env });
  const ms = performance.now() - start;
  // Exit 1 is findings, with the report on stdout; a crash is exit 1 too, with nothing there (a bench that took a
  // crash for a fast run once reported the forced-thread runs faster than the baseline).
  if ((run.status !== 0 && run.status !== 1) || (run.status === 1 && run.stdout.trim() === '')) throw new Error(`${args.join(' ')} failed (${run.status}): ${run.stderr.slice(-2000)}`);
  const kb = /maxrss-kb=(\d+)/.exec(run.stderr ?? '')?.[1];
  return { ms, peakMb: kb === undefined ? NaN : Number(kb) / 1024 };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `rounds` rounds of every contender in turn; per contender, its runs in round order. */
export function paired(contenders: readonly Contender[], rounds: number): Map<string, Timed[]> {
  const out = new Map<string, Timed[]>(contenders.map((c) => [c.label, []]));
  for (let r = 0; r < rounds; r += 1) for (const c of contenders) out.get(c.label)!.push(runOnce(c.args));
  return out;
}

/** The median over rounds of a.ms / b.ms, round by round (higher: b is faster). */
export function pairedRatio(a: readonly Timed[], b: readonly Timed[]): number {
  return median(a.map((run, i) => run.ms / b[i]!.ms));
}

export function baselineArgs(root: string, file: string): string[] {
  return [join(root, 'generator', 'bench', 'baseline-parse.js'), file];
}

export function commandArgs(root: string, file: string): string[] {
  return [join(root, 'bin', 'asc-mods.js'), 'validate', file, '--format', 'json', '--no-progress'];
}

/** The floor under validate: parse and the schema's yes or no alone (floor-schema.js), on one thread or two. */
export function floorArgs(root: string, file: string, threads: 1 | 2): string[] {
  return [join(root, 'generator', 'bench', 'floor-schema.js'), file, '--threads', String(threads)];
}

/** The command's work with the threads forced (validate-process.js), to compare one thread with the pool. */
export function threadsArgs(root: string, file: string, threads: number): string[] {
  return [join(root, 'generator', 'bench', 'validate-process.js'), file, '--threads', String(threads)];
}
