import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.ts';

export interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The CLI as a process (`node --import tsx cli/main.ts ...`), with what it prints collected; `stdoutFd` sends
 * its stdout to an open file instead, as `> file` does in a shell (its stdout is then not collected).
 */
export function spawnCli(args: readonly string[], stdoutFd?: number): { child: ChildProcess; done: Promise<Finished> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], { cwd: repoRoot, stdio: ['ignore', stdoutFd ?? 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const done = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

/** Resolves once the process has `path` open (Linux: /proc/<pid>/fd), the sign that it is at work on it. */
export async function openedBy(pid: number, path: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (holds(pid, path)) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`process ${pid} did not open ${path} within ${timeoutMs} ms`);
}

function holds(pid: number, path: string): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(join(`/proc/${pid}/fd`, fd)) === path;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}
