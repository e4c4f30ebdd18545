import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../generator/test/support/cli.ts';
import { repoRoot } from '../../generator/test/support/paths.ts';
import { commandHelp, commandNames, commandUsage, overviewHelp } from '../usage.ts';

/** The options one command's help lists (`--name`), read from its text. */
const optionsIn = (text: string): string[] => [...text.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]!);

describe('per-command help', () => {
  it.each([[['validate', '--help']], [['validate', '-h']], [['help', 'validate']], [['validate', 'some.ndjson', '--format', 'json', '--help']]])('%j prints validate\'s usage and options only, on stdout, exit 0', async (args) => {
    const { code, stdout, stderr } = await runCli(args);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(commandUsage('validate') + '\n');
    expect(stdout).toMatch(/^Usage: asc-mods validate <paths\.\.\.> \[options\]\n/);
    expect(optionsIn(stdout)).toEqual(['--class', '--report-dir', '--provider', '--format', '--profile', '--fail-on', '--engine', '--engine-dir', '--engine-memory', '--no-progress', '--help']);
    // Not the overview, and none of another command's options.
    expect(stdout).not.toContain('Commands:');
    expect(stdout).not.toContain('--base-url');
  });

  it('gives each command its own usage, which lists its own options and no other command', async () => {
    for (const name of commandNames) {
      const { code, stdout } = await runCli([name, '--help']);
      expect(code).toBe(0);
      expect(stdout).toContain(`asc-mods ${name} `);
      for (const other of commandNames.filter((n) => n !== name && !n.startsWith(name) && !name.startsWith(n))) expect(stdout).not.toContain(`asc-mods ${other} `);
      expect(stdout.split('\n').length).toBeLessThan(30);
    }
  });

  it('after --, --help is a file name, not a request for help', async () => {
    const { code, stdout, stderr } = await runCli(['validate', '--', '--help']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no such file or folder: --help');
  });

  it('help for a command that does not exist is a usage error', async () => {
    expect(await runCli(['help', 'valdiate'])).toEqual({ code: 2, stdout: '', stderr: 'asc-mods: unknown command "valdiate"; did you mean "validate"?\nRun \'asc-mods --help\' for the commands.\n' });
  });
});

describe('the overview', () => {
  it.each([[['--help']], [['-h']], [['help']]])('%j prints the commands, one line each, on stdout, exit 0', async (args) => {
    const { code, stdout, stderr } = await runCli(args);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(overviewHelp() + '\n');
    for (const name of commandNames) expect(stdout).toMatch(new RegExp(`^ {2}${name} +${commandHelp[name].summary.replace(/[()./]/g, '\\$&')}$`, 'm'));
    // No command's options: those are in its own help.
    expect(stdout).not.toContain('--report-dir');
    expect(stdout.split('\n').length).toBeLessThan(25);
  });

  it('no arguments at all prints the overview on stderr, exit 2 (a mistake, so nothing on stdout)', async () => {
    expect(await runCli([])).toEqual({ code: 2, stdout: '', stderr: overviewHelp() + '\n' });
  });
});

describe('help as a process, from the source (npm run mods)', () => {
  const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const mods = (...args: string[]) => spawnSync(process.execPath, [tsx, 'cli/main.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });

  it('prints validate\'s help, exit 0, and runs the command it loads on demand', () => {
    const help = mods('validate', '--help');
    expect({ status: help.status, stderr: help.stderr }).toEqual({ status: 0, stderr: '' });
    expect(help.stdout).toBe(commandUsage('validate') + '\n');
    // The example lacks its record_type, a finding (exit 1): what matters here is that the command was loaded and ran.
    const run = mods('validate', 'generated/examples/care_team.json');
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^Read 1 record from 1 file/);
  });

  it('a mistyped command is exit 2 with the two lines', () => {
    const bad = mods('valdiate');
    expect({ status: bad.status, stdout: bad.stdout, stderr: bad.stderr }).toEqual({ status: 2, stdout: '', stderr: 'asc-mods: unknown command "valdiate"; did you mean "validate"?\nRun \'asc-mods --help\' for the commands.\n' });
  });
});
