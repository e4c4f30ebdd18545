import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { runCli } from '../../generator/test/support/cli.ts';
import { tempDir } from '../../generator/test/support/generated.ts';
import { openedBy, spawnCli } from '../../generator/test/support/process.ts';

/**
 * The first SIGINT or SIGTERM stops a command cleanly: what was done is reported (marked interrupted) and the exit
 * code is 130 or 143. Before, every command but reference-server ignored the first one and ran to its end.
 */
const dir = tempDir('signals');
const input = join(dir, 'big.ndjson');
// About 45 MB: a few seconds of validating, far longer than it takes to see the file opened and signal.
const made = await runCli(['examples', '--count', '30000', '--out', input]);
const total = Number(/: (\d+) records/.exec(made.stderr)?.[1]);

describe('signals stop every command cleanly', () => {
  it('validate, on SIGINT: exit 130, and the reports say what was read, marked interrupted', async () => {
    const reports = join(dir, 'reports');
    const { child, done } = spawnCli(['validate', input, '--report-dir', reports]);
    await openedBy(child.pid!, input);
    child.kill('SIGINT');
    const run = await done;
    expect(run.code).toBe(130);
    expect(run.stderr).toContain('asc-mods: interrupted by SIGINT: what was read before it is reported, marked interrupted');
    expect(run.stdout).toContain('INTERRUPTED (SIGINT)');
    const report = JSON.parse(readFileSync(join(reports, 'report.json'), 'utf8'));
    expect(report.interrupted.reason).toBe('SIGINT');
    expect(report.totals.records).toBeLessThan(total);
    expect(report.totals.records).toBe(report.totals.valid + report.totals.invalid + report.totals.unreadable);
    expect(report.checks.map((c: { check: string }) => c.check)).toContain('input.interrupted');
    expect(readFileSync(join(reports, 'report.junit.xml'), 'utf8')).toContain('input.interrupted');
  }, 90_000);

  it('validate --format json, on SIGTERM: exit 143, the JSON report on stdout marked interrupted', async () => {
    const { child, done } = spawnCli(['validate', input, '--format', 'json']);
    await openedBy(child.pid!, input);
    child.kill('SIGTERM');
    const run = await done;
    expect(run.code).toBe(143);
    expect(JSON.parse(run.stdout).interrupted.reason).toBe('SIGTERM');
  }, 90_000);

  it('examples --out, on SIGINT: exit 130, the file ends with a whole record', async () => {
    const out = join(dir, 'partial.ndjson');
    const { child, done } = spawnCli(['examples', '--count', '2000000', '--out', out]);
    await openedBy(child.pid!, out);
    child.kill('SIGINT');
    const run = await done;
    expect(run.code).toBe(130);
    expect(run.stderr).toMatch(/interrupted by SIGINT: .*partial\.ndjson holds the first [\d,]+ records, whole lines/);
    const text = readFileSync(out, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(() => text.trimEnd().split('\n').map((l) => JSON.parse(l))).not.toThrow();
  }, 90_000);

  it('examples > file, on SIGINT: exit 130, the file ends with a whole record', async () => {
    // stdout sent to a file writes synchronously and never pushes back: before, no signal was heard until the end.
    const out = join(dir, 'redirected.ndjson');
    const fd = openSync(out, 'w');
    const { child, done } = spawnCli(['examples', '--count', '2000000'], fd);
    closeSync(fd);
    while (statSync(out).size === 0) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    const run = await done;
    expect(run.code).toBe(130);
    expect(run.stderr).toContain('asc-mods: interrupted by SIGINT: the records written so far are whole lines');
    const text = readFileSync(out, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trimEnd().split('\n').length).toBeLessThan(2_000_000);
  }, 90_000);

  it('conform, on SIGINT against a system that never answers: exit 130, every test not finished an error "interrupted"', async () => {
    const seen: ServerResponse[] = [];
    let first: () => void = () => {};
    const asked = new Promise<void>((resolve) => (first = resolve));
    const server = createServer((_req: IncomingMessage, res: ServerResponse) => (seen.push(res), first()));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const manifest = join(dir, 'manifest.json');
    writeFileSync(manifest, JSON.stringify({ classes: [{ record_type: 'subject_of_care', elements: [] }] }));
    const reports = join(dir, 'conform');
    try {
      const { child, done } = spawnCli(['conform', '--base-url', `http://127.0.0.1:${(server.address() as AddressInfo).port}`, '--manifest', manifest, '--timeout', '60000', '--report-dir', reports]);
      await asked;
      child.kill('SIGINT');
      const run = await done;
      expect(run.code).toBe(130);
      expect(run.stderr).toContain('asc-mods: interrupted by SIGINT');
      // Before, the summary headlined NOT CONFORMANT and the JSON report did not say the run was stopped.
      expect(run.stdout).toMatch(/INTERRUPTED \(SIGINT\): the run was stopped before every test finished, so this is no verdict/);
      expect(run.stdout).not.toMatch(/^\s*NOT CONFORMANT/m);
      const report = JSON.parse(readFileSync(join(reports, 'conformance.json'), 'utf8'));
      expect(report.interrupted).toEqual({ reason: 'SIGINT' });
      const verdicts = new Set<string>(report.tests.map((t: { verdict: string; message: string }) => `${t.verdict}: ${t.message}`));
      expect([...verdicts].filter((v) => !v.startsWith('skip'))).toEqual(['error: interrupted: the run was stopped before this test finished']);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }, 90_000);

  it.each([
    { args: ['check'], reason: 'SIGINT', want: 130, says: 'the check did not finish' },
    { args: ['generate', '--out', join(dir, 'generated')], reason: 'SIGTERM', want: 143, says: 'nothing was written' },
  ])('$args.0, stopped while it works: exit $want, $says', async ({ args, reason, want, says }) => {
    const stop = new AbortController();
    stop.abort(reason);
    let stderr = '';
    const code = await main(args, { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) }, cwd: dir, env: {}, signal: stop.signal });
    expect(code).toBe(want);
    expect(stderr).toBe(`asc-mods: interrupted by ${reason}: ${says}\n`);
    expect(existsSync(join(dir, 'generated'))).toBe(false);
  }, 60_000);
});
