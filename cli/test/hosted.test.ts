import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHosted } from '../hosted-run.ts';
import { hostsItsRun } from '../hosting.ts';
import { runCli } from '../../generator/test/support/cli.ts';
import { tempDir } from '../../generator/test/support/generated.ts';
import { repoRoot } from '../../generator/test/support/paths.ts';

/**
 * `validate` runs on a thread of its own, its young generation held to a fixed size, so that its peak memory does
 * not grow with its input (hosted-run.ts). What a user sees must not change: the same output, exit codes, progress
 * on a terminal only, and a stop passed on.
 */
const dir = tempDir('hosted');
const input = join(dir, 'mixed.ndjson');
await runCli(['examples', '--count', '300', '--seed', '3', '--invalid-rate', '0.3', '--out', input]);

async function hosted(argv: readonly string[], options: { tty?: boolean; signal?: AbortSignal } = {}) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (t: string) => (stdout += t), isTTY: options.tty ?? false }, stderr: { write: (t: string) => (stderr += t), isTTY: options.tty ?? false }, signal: options.signal ?? new AbortController().signal };
  const code = await runHosted(argv, io);
  return { code, stdout, stderr };
}

/** The JSON report without what differs between two runs: when it ran and how long it took. */
function stable(json: string): unknown {
  const report = JSON.parse(json) as Record<string, unknown>;
  delete report['run'];
  return report;
}

describe('a hosted run', () => {
  it('gives the report and exit code that the same command gives on this thread', async () => {
    const here = await runCli(['validate', input, '--format', 'json'], repoRoot);
    const there = await hosted(['validate', input, '--format', 'json']);
    expect(here.code).toBe(1);
    expect(there.code).toBe(here.code);
    expect(stable(there.stdout)).toEqual(stable(here.stdout));
    expect(JSON.parse(there.stdout).totals.invalid).toBeGreaterThan(0);
  }, 60_000);

  it('shows progress only when the process stderr is a terminal', async () => {
    const onTerminal = await hosted(['validate', input], { tty: true });
    const piped = await hosted(['validate', input], { tty: false });
    expect(onTerminal.stderr).toContain('\r\u001b[K');
    expect(piped.stderr).not.toContain('\u001b[K');
    expect(onTerminal.stdout).toContain('valid,');
    expect(piped.stdout).toBe(onTerminal.stdout.replace(/in [0-9.]+ s/, /in [0-9.]+ s/.exec(piped.stdout)![0]));
  }, 60_000);

  it('passes a stop on: exit 143 and the report marked interrupted', async () => {
    const stop = new AbortController();
    stop.abort('SIGTERM');
    const run = await hosted(['validate', input, '--format', 'json'], { signal: stop.signal });
    expect(run.code).toBe(143);
    expect(JSON.parse(run.stdout).interrupted.reason).toBe('SIGTERM');
  }, 60_000);

  it('gives a usage error as one line and exit 2', async () => {
    const run = await hosted(['validate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("asc-mods validate: validate needs at least one file or folder\nRun 'asc-mods validate --help' for its options.\n");
  }, 60_000);
});

describe('which runs are hosted', () => {
  const folder = join(dir, 'folder');
  mkdirSync(join(folder, 'inner'), { recursive: true });
  writeFileSync(join(folder, 'a.ndjson'), 'x'.repeat(600));
  writeFileSync(join(folder, 'inner', 'b.ndjson'), 'x'.repeat(600));
  const small = join(dir, 'small.ndjson');
  writeFileSync(small, 'x'.repeat(100));

  it('validate on at least the given size of files, counting the files in folders', () => {
    expect(hostsItsRun(['validate', folder], dir, 1000)).toBe(true);
    expect(hostsItsRun(['validate', join(folder, 'inner')], dir, 1000)).toBe(false);
    expect(hostsItsRun(['validate', 'small.ndjson', 'folder/a.ndjson', 'folder/inner/b.ndjson'], dir, 1000)).toBe(true);
    expect(hostsItsRun(['validate', small], dir, 1000)).toBe(false);
  });

  it('not an option value, help, another command, or a command line the command will refuse', () => {
    expect(hostsItsRun(['validate', small, '--report-dir', folder], dir, 1000)).toBe(false);
    expect(hostsItsRun(['validate', folder, '--help'], dir, 1000)).toBe(false);
    expect(hostsItsRun(['load', folder], dir, 1000)).toBe(false);
    expect(hostsItsRun(['validate', folder, '--no-such-option'], dir, 1000)).toBe(false);
    expect(hostsItsRun(['validate', join(dir, 'missing')], dir, 0)).toBe(true);
    expect(hostsItsRun(['validate', join(dir, 'missing')], dir, 1)).toBe(false);
  });
});
