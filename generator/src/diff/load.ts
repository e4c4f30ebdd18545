import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import type { SpecModel } from '../model/types.ts';
import { displayPath } from '../paths.ts';
import { checkSpecFile, checkSpecText, type CheckResult } from '../pipeline.ts';

/** A side of a diff: a spec file, or a git ref (then the spec file at that ref, `ref:path`). */
export interface LoadedSpec {
  readonly label: string;
  readonly model: SpecModel | undefined;
  /** Why it could not be read or checked. */
  readonly problem?: string;
}

export async function loadSpec(arg: string, cwd: string, specPath: string): Promise<LoadedSpec> {
  if (existsSync(arg)) {
    const shown = displayPath(cwd, arg);
    return loaded(shown, await checkSpecFile(arg, shown));
  }
  const [ref, path] = arg.includes(':') ? (arg.split(/:(.*)/s) as [string, string]) : [arg, relative(gitRoot(cwd), specPath)];
  let text: string;
  try {
    text = execFileSync('git', ['show', `${ref}:${path}`], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return { label: arg, model: undefined, problem: `"${arg}" is neither a file nor a git ref holding ${path}` };
  }
  return loaded(`${ref}:${path}`, checkSpecText(`${ref}:${path}`, text));
}

function loaded(label: string, result: CheckResult): LoadedSpec {
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (result.model && errors === 0) return { label, model: result.model };
  return { label, model: undefined, problem: `${label} does not check clean (${errors} error${errors === 1 ? '' : 's'}; run asc-mods check on it)` };
}

function gitRoot(cwd: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return cwd;
  }
}
