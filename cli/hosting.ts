import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCommandArgs } from './io.ts';
import { validateOptions } from './validate-options.ts';

/**
 * Input from which `validate` runs on a thread of its own (hosted-run.ts): the thread costs about 50 ms to start, a
 * few per cent of a run on this much, and below it a run ends before V8 would have grown its young generation far.
 * The same size from which two cores check NDJSON on two threads (conformance/files/parallel/choice.ts).
 */
export const hostedFromBytes = 64 * 1024 * 1024;

/** Files and folders looked at, at most, to find out whether the input reaches hostedFromBytes. */
const lookAtMost = 10_000;

/**
 * Whether this command line runs its command on a thread of its own: validate (not its help) on at least
 * `fromBytes` of input. Only the sizes of the named files, and of the files in the named folders, are looked at,
 * never their contents; a mistake in the command line is left to the command to report.
 */
export function hostsItsRun(argv: readonly string[], cwd: string, fromBytes = hostedFromBytes): boolean {
  if (argv[0] !== 'validate') return false;
  let positionals: readonly string[];
  try {
    const parsed = parseCommandArgs(argv.slice(1), validateOptions);
    if (parsed.values['help'] === true) return false;
    positionals = parsed.positionals;
  } catch {
    return false;
  }
  let bytes = 0;
  let looked = 0;
  const pending = positionals.map((p) => resolve(cwd, p));
  while (pending.length > 0 && looked < lookAtMost && bytes < fromBytes) {
    const path = pending.pop()!;
    looked += 1;
    try {
      const info = statSync(path);
      if (info.isFile()) bytes += info.size;
      else if (info.isDirectory()) for (const name of readdirSync(path)) pending.push(join(path, name));
    } catch {
      // Unreadable: the command says so.
    }
  }
  return bytes >= fromBytes;
}
