import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../generator/test/support/cli.ts';
import { fixturesDir, repoRoot } from '../../generator/test/support/paths.ts';

const run = runCli;
// The CLI as a process inherits the environment: FORCE_COLOR there (some CI sets it) would colour what these tests read.
const plain = { ...process.env, FORCE_COLOR: '0' };

describe('asc-mods check', () => {
  it('passes the shipped spec by default, and says what it checked', async () => {
    const { code, stdout, stderr } = await run(['check']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^spec\/mods\.yaml: no problems \(MODS \d+\.\d+\.\d+: \d+ classes, \d+ elements, \d+ value sets, \d+ requirements\) in \d+ ms\n$/);
  });

  it('reports findings with file:line:column, a code frame and help, and exits 1', async () => {
    const { code, stdout } = await run(['check', 'generator/test/fixtures/diagnostics/unresolved-reference.yaml']);
    expect(code).toBe(1);
    expect(stdout).toContain('generator/test/fixtures/diagnostics/unresolved-reference.yaml:111:19 error unresolved-reference: there is no legislation "test_ac" (did you mean "test_act"?)');
    expect(stdout).toContain('  111 |     legislation: [test_ac]\n      |                   ^^^^^^^');
    expect(stdout).toContain('  help: Use the technical name or id of an existing item.');
    expect(stdout).toMatch(/: 1 error, 0 warnings/);
  });

  it('prints the same diagnostics as JSON with --format json', async () => {
    const { code, stdout } = await run(['check', join(fixturesDir, 'diagnostics', 'duplicate-code.yaml'), '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ ok: false, errors: 1, warnings: 0 });
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        code: 'duplicate-code',
        severity: 'error',
        source: expect.objectContaining({ pointer: '/value_sets/0/codes/1/code', range: { start: { line: 50, column: 15 }, end: { line: 50, column: 18 } } }),
        related: [expect.objectContaining({ message: 'first listed here' })],
        help: expect.any(String),
      }),
    ]);
  });

  it('counts warnings as findings unless --fail-on error', async () => {
    const fixture = 'generator/test/fixtures/diagnostics/unused-value-set.yaml';
    expect((await run(['check', fixture])).code).toBe(1);
    expect((await run(['check', fixture, '--fail-on', 'error'])).code).toBe(0);
  });

  it('exits 2 with a clear message when the file cannot be read', async () => {
    const { code, stdout } = await run(['check', 'no/such/spec.yaml']);
    expect(code).toBe(2);
    expect(stdout).toContain('no/such/spec.yaml:1:1 error file-unreadable: cannot read no/such/spec.yaml: no such file');
    expect(stdout).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('refuses a device or a folder as the spec at once, exit 2, rather than reading it for ever', async () => {
    for (const [given, kind] of [['/dev/zero', 'a device'], ['generator/test', 'a directory']]) {
      const { code, stdout } = await run(['check', given!]);
      expect(code).toBe(2);
      expect(stdout).toContain(`${given}:1:1 error file-unreadable: cannot read ${given}: it is ${kind}, not a regular file`);
    }
  }, 5000);

  it.each([
    [['check', '--format', 'xml'], '--format must be human or json, not "xml"'],
    [['check', '--fail-on', 'info'], '--fail-on must be error or warning, not "info"'],
    [['check', 'a.yaml', 'b.yaml'], 'check takes at most one spec file'],
    [['check', '--colour'], 'unknown option --colour'],
    [['frobnicate'], 'unknown command "frobnicate"'],
  ])('exits 2 on bad usage, with one line and a hint, never the whole help: %j', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(2);
    expect(stderr).not.toContain('Usage: asc-mods');
  });

  it('prints help with exit 0, and the version', async () => {
    expect(await run(['help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Commands:') });
    expect(await run(['check', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('--format'), stderr: '' });
    expect((await run(['check', '--help'])).stdout).not.toContain('Commands:');
    expect(await run(['--version'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
  });

  it('shows the overview on stderr and exits 2 with no command', async () => {
    expect(await run([])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('Usage: asc-mods') });
  });
});

describe('npm run mods (the CLI as a process)', () => {
  it('runs from the source with tsx, and exits with the check result', () => {
    const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const good = spawnSync(process.execPath, [tsx, 'cli/main.ts', 'check'], { cwd: repoRoot, encoding: 'utf8', env: plain });
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('spec/mods.yaml: no problems');
    const bad = spawnSync(process.execPath, [tsx, 'cli/main.ts', 'check', 'generator/test/fixtures/diagnostics/yaml-syntax.unclosed-quote.yaml'], { cwd: repoRoot, encoding: 'utf8', env: plain });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('error yaml-syntax: this quoted string is never closed');
    expect(bad.stderr).toBe('');
  });

  it('generate --check as a process (reusing the precompiled validators) matches the committed generated/', () => {
    const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const run = spawnSync(process.execPath, [tsx, 'cli/main.ts', 'generate', '--check'], { cwd: repoRoot, encoding: 'utf8', env: plain });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^generated\/ is up to date with spec\/mods\.yaml/);
    expect(run.status).toBe(0);
  });

  it('generate into a new folder as a process precompiles on a worker thread, to the same bytes as committed', () => {
    const out = mkdtempSync(join(tmpdir(), 'asc-mods-fresh-'));
    const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const run = spawnSync(process.execPath, [tsx, 'cli/main.ts', 'generate', '--out', out], { cwd: repoRoot, encoding: 'utf8', env: plain });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(out, 'typescript', 'standalone.js'), 'utf8')).toBe(readFileSync(join(repoRoot, 'generated', 'typescript', 'standalone.js'), 'utf8'));
  }, 120_000);
});
