import { dirname, resolve } from 'node:path';
import { bumpSatisfied, classifyChanges, requiredBump } from '../generator/src/diff/classify.ts';
import { loadSpec } from '../generator/src/diff/load.ts';
import { releaseFiles } from '../generator/src/diff/releases.ts';
import { isBreaking, jsonDiff, markdownChangelog, plainChangelog, type DiffResult } from '../generator/src/diff/render.ts';
import type { SpecModel } from '../generator/src/model/types.ts';
import { defaultSpecPath } from '../generator/src/paths.ts';
import { outputFormat, parseCommandArgs, UsageError, type CliIo } from './io.ts';

export async function diffCommand(args: readonly string[], io: CliIo): Promise<number | 'help'> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string', default: 'human' },
    'fail-on': { type: 'string', default: 'none' },
    'release-check': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return 'help';
  // human is plain text on a terminal and a Markdown changelog when piped (> CHANGES.md); markdown forces Markdown.
  const markdown = values.format === 'markdown' || !io.stdout.isTTY;
  const format = outputFormat(values.format, { markdown: 'human' });
  const render = (diff: DiffResult) => (format === 'json' ? jsonDiff(diff) : markdown ? markdownChangelog(diff) : plainChangelog(diff));
  const failOn = String(values['fail-on']);
  if (failOn !== 'none' && failOn !== 'breaking') throw new UsageError(`--fail-on must be breaking or none, not "${failOn}"`);
  const specPath = defaultSpecPath();

  if (values['release-check']) {
    if (positionals.length > 0) throw new UsageError('--release-check takes no specs: it compares spec/mods.yaml with the last release in spec/releases/');
    const releases = releaseFiles(dirname(specPath));
    const last = releases[releases.length - 1];
    if (!last) {
      io.stderr.write('asc-mods diff: no release in spec/releases/ to compare with\n');
      return 2;
    }
    const diff = await compare(last.path, specPath, io);
    if (typeof diff === 'number') return diff;
    const sameNumber = diff.to.release === last.version;
    const ok = sameNumber ? diff.changes.length === 0 : diff.releaseOk;
    io.stdout.write(render(diff));
    if (!ok) io.stderr.write(sameNumber ? `asc-mods diff: spec/mods.yaml changed since release ${last.version} but still says release ${last.version}: raise it (the changes call for a ${diff.bump} release)\n` : `asc-mods diff: release ${diff.to.release} does not rise enough from ${last.version} for changes that call for a ${diff.bump} release\n`);
    return ok ? 0 : 1;
  }

  if (positionals.length !== 2) throw new UsageError('diff needs two specs: <old> <new> (files, or git refs such as v0.1.0 or HEAD~1)');
  const diff = await compare(positionals[0]!, positionals[1]!, io);
  if (typeof diff === 'number') return diff;
  io.stdout.write(render(diff));
  return failOn === 'breaking' && diff.changes.some(isBreaking) ? 1 : 0;
}

/** Both sides loaded and classified, or exit code 2 after saying why one could not be read. */
async function compare(oldArg: string, newArg: string, io: CliIo): Promise<DiffResult | number> {
  const specPath = defaultSpecPath();
  const resolveArg = (a: string) => {
    const path = resolve(io.cwd, a);
    return a.includes('/') || a.endsWith('.yaml') || a.endsWith('.yml') ? path : a;
  };
  const [before, after] = await Promise.all([loadSpec(resolveArg(oldArg), io.cwd, specPath), loadSpec(resolveArg(newArg), io.cwd, specPath)]);
  for (const side of [before, after]) {
    if (!side.model) {
      io.stderr.write(`asc-mods diff: ${side.problem}\n`);
      return 2;
    }
  }
  return diffModels(before.label, before.model!, after.label, after.model!);
}

export function diffModels(fromLabel: string, from: SpecModel, toLabel: string, to: SpecModel): DiffResult {
  const changes = classifyChanges(from, to);
  const bump = requiredBump(changes, from.standard.release);
  return { from: { label: fromLabel, release: from.standard.release }, to: { label: toLabel, release: to.standard.release }, bump, releaseOk: bump === 'none' || bumpSatisfied(from.standard.release, to.standard.release, bump), changes };
}
