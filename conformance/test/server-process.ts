import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../generator/test/support/paths.ts';

export interface RunningServer {
  readonly url: string;
  readonly child: ChildProcess;
}

/** `reference-server` as a real process on a free port; resolves once it says where it listens, rejects if it exits first. */
export function startServerProcess(db: string, token: string, timeoutMs = 60_000): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'cli', 'main.ts'), 'reference-server', '--port', '0', '--db', db, '--token', token], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => (child.kill('SIGKILL'), reject(new Error(`reference-server did not start within ${timeoutMs} ms:\n${stderr}`))), timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match) (clearTimeout(timer), resolve({ url: match[1]!, child }));
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.once('exit', (code, signal) => (clearTimeout(timer), reject(new Error(`reference-server exited (${code ?? signal}) before listening:\n${stderr}`))));
  });
}

/** kill -9, and wait until the process is gone. */
export function killHard(server: RunningServer): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.kill('SIGKILL');
  });
}
