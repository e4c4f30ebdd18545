import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import semver from 'semver';
import { isMap, isScalar, parseDocument } from 'yaml';
import { classifyChanges, requiredBump, bumpSatisfied } from '../generator/src/diff/classify.ts';
import { readReleaseStatuses, releaseFiles, releaseStatuses, releaseStatusPath, releaseStatusText, type ReleaseStatus } from '../generator/src/diff/releases.ts';
import { defaultSpecPath } from '../generator/src/paths.ts';
import { checkSpecFile, checkSpecText } from '../generator/src/pipeline.ts';
import { displayPath, parseCommandArgs, UsageError, type CliIo } from './io.ts';

/**
 * `asc-mods release <version>`: the spec's release as a flow, not a file copied by hand. It checks the spec, checks
 * that the number rises as much as the changes since the last release call for (diff's rule, 0.x included), writes
 * the number into the spec's `standard.release` (that line only: the file is otherwise unchanged), copies the spec to
 * spec/releases/<version>.yaml, records the release's status in spec/releases/status.yaml, and with --tag makes the
 * git tag v<version>. `--status retired` (or any status) on a release already kept changes its status only.
 */
export async function releaseCommand(args: readonly string[], io: CliIo): Promise<number | 'help'> {
  const { values, positionals } = parseCommandArgs(args, {
    status: { type: 'string', default: 'published' },
    spec: { type: 'string' },
    tag: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new UsageError('release needs one version, such as 0.13.0');
  const version = positionals[0]!.replace(/^v/, '');
  if (semver.valid(version) === null || semver.prerelease(version) !== null) throw new UsageError(`"${positionals[0]}" is not a release version (x.y.z, such as 0.13.0)`);
  const status = String(values.status) as ReleaseStatus;
  if (!releaseStatuses.includes(status)) throw new UsageError(`--status must be draft, published or retired, not "${status}"`);
  const specPath = values.spec === undefined ? defaultSpecPath() : resolve(io.cwd, String(values.spec));
  if (!existsSync(specPath)) throw new UsageError(`no such spec: ${displayPath(io.cwd, specPath)}`);
  const specDir = dirname(specPath);
  const kept = join(specDir, 'releases', `${version}.yaml`);
  const statuses = readReleaseStatuses(specDir);

  if (existsSync(kept)) {
    // A release already kept: only its status can change (a release's content never does).
    if (!args.some((a) => a === '--status' || a.startsWith('--status='))) {
      io.stderr.write(`asc-mods release: ${version} is already released (${displayPath(io.cwd, kept)}); a kept release never changes. Give --status to change its status, or choose a higher version\n`);
      return 2;
    }
    const before = statuses.get(version) ?? 'published';
    statuses.set(version, status);
    writeFileSync(releaseStatusPath(specDir), releaseStatusText(statuses));
    io.stdout.write(`Release ${version}: ${before} -> ${status} (${displayPath(io.cwd, releaseStatusPath(specDir))}). Run asc-mods generate to show it on the site.\n`);
    return 0;
  }
  if (status === 'retired') throw new UsageError('--status retired is for a release already kept');

  const checked = await checkSpecFile(specPath, displayPath(io.cwd, specPath));
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  if (!checked.model || checked.text === undefined || errors.length > 0) {
    io.stderr.write(`asc-mods release: ${displayPath(io.cwd, specPath)} does not check clean (${errors.length} error${errors.length === 1 ? '' : 's'}); run asc-mods check, fix them, then release\n`);
    return 1;
  }
  const last = releaseFiles(specDir).at(-1);
  if (last && !semver.gt(version, last.version)) {
    io.stderr.write(`asc-mods release: ${version} is not above the last release, ${last.version}\n`);
    return 1;
  }
  const text = withRelease(checked.text, version);
  if (text === undefined) {
    io.stderr.write('asc-mods release: the spec has no standard.release to set\n');
    return 2;
  }
  if (last) {
    const before = checkSpecText(last.path, readFileSync(last.path, 'utf8')).model;
    const after = checkSpecText(specPath, text).model;
    if (!before || !after) {
      io.stderr.write(`asc-mods release: ${displayPath(io.cwd, last.path)} no longer checks; it cannot be compared\n`);
      return 2;
    }
    const changes = classifyChanges(before, after);
    const bump = requiredBump(changes, last.version);
    if (bump !== 'none' && !bumpSatisfied(last.version, version, bump)) {
      io.stderr.write(`asc-mods release: ${last.version} -> ${version} does not rise enough: the ${changes.length} changes since ${last.version} call for a ${bump} release (asc-mods diff v${last.version} ${displayPath(io.cwd, specPath)} lists them)\n`);
      return 1;
    }
    io.stdout.write(changes.length === 0 ? `No changes since ${last.version}.\n` : `${changes.length} change${changes.length === 1 ? '' : 's'} since ${last.version}; they call for a ${bump} release, and ${version} is one.\n`);
  }
  writeFileSync(specPath, text);
  copyFileSync(specPath, kept);
  statuses.set(version, status);
  writeFileSync(releaseStatusPath(specDir), releaseStatusText(statuses));
  io.stdout.write(`Released ${version} (${status}): ${displayPath(io.cwd, specPath)} says release ${version}, kept as ${displayPath(io.cwd, kept)}.\n`);
  if (values.tag) {
    try {
      execFileSync('git', ['tag', `v${version}`], { cwd: specDir, stdio: ['ignore', 'pipe', 'pipe'] });
      io.stdout.write(`Tagged v${version}.\n`);
    } catch (error) {
      io.stderr.write(`asc-mods release: the git tag v${version} was not made (${gitMessage(error)}); the release files are written\n`);
      return 2;
    }
  }
  io.stdout.write('Next: asc-mods generate (the site shows the release and its changelog), then commit.\n');
  return 0;
}

/** The spec's text with standard.release set to `version`, only that value's characters replaced. */
function withRelease(text: string, version: string): string | undefined {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const standard = doc.get('standard', true);
  if (!isMap(standard)) return undefined;
  const node = standard.get('release', true);
  if (!isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  return `${text.slice(0, start)}${version}${text.slice(end)}`;
}

function gitMessage(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
  return stderr ? stderr.split('\n')[0]!.slice(0, 200) : 'git failed';
}
