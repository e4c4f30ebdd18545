import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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
    // A release number (0.1.0 or v0.1.0) that is no git tag: the release kept in spec/releases/.
    const kept = releaseFile(arg, specPath);
    if (kept) return loadSpec(kept, cwd, specPath);
    return { label: arg, model: undefined, problem: `"${arg}" is neither a file, a git ref holding ${path}, nor a release kept in spec/releases/` };
  }
  return loaded(`${ref}:${path}`, checkSpecText(`${ref}:${path}`, text));
}

function loaded(label: string, result: CheckResult): LoadedSpec {
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (result.model && errors === 0) return { label, model: result.model };
  return { label, model: undefined, problem: `${label} does not check clean (${errors} error${errors === 1 ? '' : 's'}; run asc-mods check on it)` };
}

function releaseFile(arg: string, specPath: string): string | undefined {
  const version = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(arg)?.[1];
  if (version === undefined) return undefined;
  const path = join(dirname(specPath), 'releases', `${version}.yaml`);
  return existsSync(path) ? path : undefined;
}

function gitRoot(cwd: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return cwd;
  }
}
