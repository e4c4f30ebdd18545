import { main } from '../../../cli/main.ts';
import { repoRoot } from './paths.ts';

/** Run the CLI in process, capturing what it prints and its exit code. */
export async function runCli(args: readonly string[], cwd = repoRoot, env: Readonly<Record<string, string>> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd, env });
  return { code, stdout, stderr };
}
