import { createServer, type AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { runCli } from '../../generator/test/support/cli.ts';
import { repoRoot } from '../../generator/test/support/paths.ts';
import { suiteSize, withReferenceServer } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'asc-mods-conform-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('asc-mods conform', () => {
  it('--reference runs the whole loop: the reference supplier, the suite, the three reports; exit 0', async () => {
    const { code, stdout, stderr } = await runCli(['conform', '--reference', '--report-dir', dir]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^Started the reference supplier at http:\/\/127\.0\.0\.1:\d+ \(in memory\) to test\.\n$/);
    expect(stdout).toContain(`${suiteSize} tests: ${suiteSize} passed, 0 failed, 0 errors, 0 skipped`);
    expect(stdout).toContain('CONFORMANT');
    for (const f of ['conformance.json', 'conformance.junit.xml', 'conformance.html', 'assurance.csv', 'assurance-requirements.csv', 'assurance.xlsx']) expect(existsSync(join(dir, f))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'conformance.json'), 'utf8')).summary.conformant).toBe(true);
  });

  it('exits 1 when a MUST requirement fails, naming the failing tests', async () => {
    const { code, stdout } = await withReferenceServer({ defect: 'accepts-stale-updates' }, (url) => runCli(['conform', '--base-url', url, '--token', 'test-token', '--classes', 'risk']));
    expect(code).toBe(1);
    expect(stdout).toContain('NOT CONFORMANT');
    expect(stdout).toMatch(/FAIL  risk\.update\.stale \(MODS-AUDIT-007\): update against a stale version: expected 409 or 412, got 200/);
  });

  it('takes the token from $ASC_MODS_TOKEN, and prints the JSON report with --format json', async () => {
    const { code, stdout } = await withReferenceServer({}, (url) => runWithEnv(['conform', '--base-url', url, '--classes', 'care_team', '--format', 'json'], { ASC_MODS_TOKEN: 'test-token' }));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).classesTested).toEqual(['care_team']);
  });

  it.each([
    [['conform'], /needs --base-url/],
    [['conform', '--base-url', 'ftp://x'], /must be an http or https URL/],
    [['conform', '--reference', '--base-url', 'http://x'], /not both/],
    [['conform', '--reference', '--classes', 'nope'], /not MODS record classes: nope/],
    [['conform', '--reference', '--timeout', 'soon'], /--timeout must be a whole number/],
    [['conform', '--reference', '--manifest', 'no-such-file.json'], /--manifest: cannot read/],
  ])('usage mistakes exit 2 with a message: %j', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('a system that does not answer, or refuses the token, is exit 2 with the reason', async () => {
    const refused = await withReferenceServer({}, (url) => runCli(['conform', '--base-url', url, '--token', 'wrong']));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/refused the token \(401\)/);
    const down = await runCli(['conform', '--base-url', `http://127.0.0.1:${await closedPort()}`]);
    expect(down.code).toBe(2);
    expect(down.stderr).toMatch(/cannot test the system: .*: the connection was refused \(is the system running at this address\?\)/);
    // Before, fetch's refusal of a port kept for another protocol was "the request failed", which said nothing.
    const barred = await runCli(['conform', '--base-url', 'http://127.0.0.1:25']);
    expect(barred.code).toBe(2);
    expect(barred.stderr).toMatch(/cannot test the system: .*: fetch refuses to connect to this port, .*serve the API on another port/);
  });
});

/** A port nothing listens on: one the system gave, closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

function runWithEnv(args: readonly string[], env: Record<string, string>): Promise<{ code: number; stdout: string }> {
  return runCli(args, repoRoot, env);
}

describe('asc-mods reference-server', () => {
  it('serves the API on a database file until stopped, and says where', async () => {
    const stop = new AbortController();
    let stdout = '';
    const db = join(dir, 'ref.db');
    const running = main(['reference-server', '--port', '0', '--db', db, '--token', 't'], { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, cwd: repoRoot, env: {}, signal: stop.signal });
    for (let i = 0; i < 100 && !stdout.includes('listening'); i += 1) await new Promise((r) => setTimeout(r, 50));
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)![1]!;
    expect(stdout).toContain('(schema version 2)');
    const response = await fetch(`${url}/capability`, { headers: { Authorization: 'Bearer t' } });
    expect(response.status).toBe(200);
    expect(existsSync(db)).toBe(true);
    // A second server on the same file is refused, and the first keeps serving.
    const second = await runCli(['reference-server', '--port', '0', '--db', db, '--token', 't']);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(new RegExp(`^asc-mods reference-server: the database .*ref\\.db is in use by process ${process.pid}; stop that server first, or use another --db\n$`));
    expect((await fetch(`${url}/capability`, { headers: { Authorization: 'Bearer t' } })).status).toBe(200);
    stop.abort();
    expect(await running).toBe(0);
  });

  it.each([
    [['reference-server', '--defect', 'nope'], /unknown defect "nope"; one of drops-optional-elements/],
    [['reference-server', '--port', 'http'], /--port must be a port number/],
  ])('usage mistakes exit 2: %j', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('asc-mods conform --manifest', () => {
  it('tests the classes a manifest declares, for a system without /capability', async () => {
    const manifest = join(dir, 'manifest.json');
    writeFileSync(manifest, JSON.stringify({ classes: [{ record_type: 'risk', elements: ['comment'] }] }));
    const { code, stdout } = await withReferenceServer({}, (url) => runCli(['conform', '--base-url', url, '--token', 'test-token', '--manifest', manifest, '--format', 'json']));
    const report = JSON.parse(stdout);
    expect(report.system).toMatchObject({ source: 'manifest', declared: ['risk'], capabilities: { risk: ['comment'] } });
    expect(report.classesTested).toEqual(['risk']);
    // The round trip covers what the manifest declares (and the mandatory elements), so it passes here.
    expect(report.tests.find((t: { id: string }) => t.id === 'risk.round-trip').verdict).toBe('pass');
    expect(code).toBe(0);
  });

  it('refuses a manifest that is not one, with exit 2', async () => {
    const manifest = join(dir, 'bad-manifest.json');
    writeFileSync(manifest, JSON.stringify({ classes: 'risk' }));
    const { code, stderr } = await runCli(['conform', '--reference', '--manifest', manifest]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--manifest: expected \{"classes"/);
  });
});
