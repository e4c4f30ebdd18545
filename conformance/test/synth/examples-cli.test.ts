import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesCommand } from '../../../cli/examples.ts';
import { UsageError } from '../../../cli/io.ts';
import { commandUsage } from '../../../cli/usage.ts';
import { tempDir } from '../../../generator/test/support/generated.ts';
import { repoRoot } from '../../../generator/test/support/paths.ts';

async function run(args: readonly string[], cwd = repoRoot): Promise<{ code: number | 'help'; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await examplesCommand(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd, env: {} });
  return { code, stdout, stderr };
}

const lines = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('asc-mods examples', () => {
  it('writes NDJSON to standard output: the default count of the default mix, and nothing on stderr', async () => {
    const { code, stdout, stderr } = await run([]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.endsWith('\n')).toBe(true);
    expect(lines(stdout).length).toBeGreaterThan(100);
  });

  it.each([
    [['--class', 'risk', '--count', '7'], 7],
    [['--class', 'risk,alert', '--count', '12'], 12],
    [['--class', 'risk', '--class', 'alert', '--count=3'], 3],
  ])('%j gives that many records of the classes asked for, after the ones they refer to', async (args, want) => {
    const records = lines((await run(args)).stdout);
    const asked = records.filter((r) => r['record_type'] === 'risk' || r['record_type'] === 'alert');
    expect(asked).toHaveLength(want);
    expect(records.slice(-want)).toEqual(asked);
  });

  it('--seed: the same seed gives the same output, another seed another', async () => {
    const a = await run(['--count', '20', '--seed', '5']);
    expect((await run(['--count', '20', '--seed', '5'])).stdout).toBe(a.stdout);
    expect((await run(['--count', '20', '--seed', '6'])).stdout).not.toBe(a.stdout);
  });

  it('--out writes the same bytes to a file and prints a summary with the defects by kind', async () => {
    const dir = tempDir('examples');
    const args = ['--count', '200', '--seed', '3', '--invalid-rate', '0.5'];
    const { code, stdout, stderr } = await run([...args, '--out', 'records.ndjson'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const written = readFileSync(join(dir, 'records.ndjson'));
    expect(written.toString('utf8')).toBe((await run(args)).stdout);
    const summary = stderr.match(/^records\.ndjson: (\d+) records \(200 asked for, (\d+) they refer to\), (\d+) bytes; defects: (.*) \(in \d+ ms\)\n$/);
    expect(summary, stderr).not.toBeNull();
    expect(Number(summary![1])).toBe(lines(written.toString('utf8')).length);
    expect(Number(summary![3])).toBe(written.length);
    expect(summary![4]).toMatch(/^([a-z-]+ \d+)(, [a-z-]+ \d+)*$/);
    const counted = summary![4]!.split(', ').reduce((n, part) => n + Number(part.split(' ')[1]), 0);
    expect(counted).toBeGreaterThan(60);
    expect(counted).toBeLessThan(140);
  });

  it('--out into a directory that does not exist is an I/O error (exit 2)', async () => {
    const { code, stderr } = await run(['--out', join(tempDir('examples'), 'missing', 'x.ndjson')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot write .*x\.ndjson/);
  });

  it.each([
    [['--class', 'subject_of_cre'], /no record class "subject_of_cre" \(did you mean subject_of_care\?\)/],
    [['--class', 'risks,xyzzy'], /"risks" \(did you mean risk.*\).*no record class "xyzzy"$/],
    [['--class', 'coding'], /no record class "coding"/],
    [['--count=-1'], /--count must be a whole number of 0 or more, not "-1"/],
    [['--count', '-1'], /--count/],
    [['--count', '2.5'], /--count/],
    [['--count', 'lots'], /--count/],
    [['--invalid-rate', '2'], /--invalid-rate must be a number from 0 to 1, not "2"/],
    [['--invalid-rate', 'half'], /--invalid-rate/],
    [['--seed', 'abc'], /--seed must be a whole number/],
    [['--colour'], /colour/],
    [['records.ndjson'], /takes no file names/],
  ])('%j is a usage error', async (args, want) => {
    const error = await run(args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(want);
  });

  it('--help asks for the usage, which describes every option', async () => {
    expect((await run(['--help'])).code).toBe('help');
    for (const option of ['--class', '--count', '--seed', '--invalid-rate', '--out']) expect(commandUsage('examples')).toContain(option);
  });
});
