import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { SpecModel } from '../model/types.ts';
import { checkSpecFile, checkSpecText } from '../pipeline.ts';

/** A side of a diff: a spec file, or a git ref (then the spec file at that ref, `ref:path`). */
export interface LoadedSpec {
  readonly label: string;
  readonly model: SpecModel | undefined;
  /** Why it could not be read or checked. */
  readonly problem?: string;
}

export async function loadSpec(arg: string, cwd: string, specPath: string): Promise<LoadedSpec> {
  if (existsSync(arg)) {
    const shown = shownPath(cwd, arg);
    const result = await checkSpecFile(arg, shown);
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    return result.model && errors === 0 ? { label: shown, model: result.model } : { label: shown, model: undefined, problem: `${shown} does not check clean (${errors} error${errors === 1 ? '' : 's'}; run asc-mods check on it)` };
  }
  const [ref, path] = arg.includes(':') ? (arg.split(/:(.*)/s) as [string, string]) : [arg, relative(gitRoot(cwd), specPath)];
  let text: string;
  try {
    text = execFileSync('git', ['show', `${ref}:${path}`], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return { label: arg, model: undefined, problem: `"${arg}" is neither a file nor a git ref holding ${path}` };
  }
  const result = checkSpecText(`${ref}:${path}`, text);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  return result.model && errors === 0 ? { label: `${ref}:${path}`, model: result.model } : { label: arg, model: undefined, problem: `${ref}:${path} does not check clean (${errors} errors)` };
}

function gitRoot(cwd: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return cwd;
  }
}

/** A path as messages show it: relative to the working directory when inside it, else as given. */
function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
