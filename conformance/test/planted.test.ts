import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../generator/test/support/cli.ts';
import { leakySystem, plantedValues } from './hostile/leaky-system.ts';

/**
 * The privacy property, over every output of `conform`: against a system that plants personal values and echoes the
 * request (with its bearer token) into every part of its answers (problem fields, pointers, keywords, bodies of any
 * shape, unknown keys, headers, its capability statement), no planted value and no token reaches stdout, stderr,
 * conformance.json, the JUnit XML, the HTML, the assurance CSVs or the workbook. Each seed is another system.
 */
const token = 'tok-PLANTED-7f3a9c2e-secret';
const needles = [...plantedValues, 'Zebedee', 'Quuxworth', 'Marrowbone', token, token.slice(4, 20)];
const dir = mkdtempSync(join(tmpdir(), 'asc-mods-planted-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function conformAgainst(url: string, args: readonly string[]) {
  return runCli(['conform', '--base-url', url, '--timeout', '2000', '--no-progress', ...args], dir, { ASC_MODS_TOKEN: token });
}

/** Every text a person could read in a report folder, the workbook's cells included. */
async function texts(reportDir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of readdirSync(reportDir)) {
    if (!file.endsWith('.xlsx')) {
      out[file] = readFileSync(join(reportDir, file), 'utf8');
      continue;
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(reportDir, file)) as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
    out[file] = cells.join('\n');
  }
  return out;
}

function leaks(outputs: Record<string, string>): string[] {
  return Object.entries(outputs).flatMap(([where, text]) => needles.filter((n) => text.includes(n) || text.includes(encodeURIComponent(n)) || text.includes(JSON.stringify(n).slice(1, -1))).map((n) => `${where}: ${n}`));
}

describe('no planted personal value and no token in any output of conform', () => {
  it.each([1, 2, 3, 4, 5, 6])('against leaky system %i', async (seed) => {
    const system = await leakySystem(seed);
    try {
      const reportDir = join(dir, `seed-${seed}`);
      const human = await conformAgainst(system.url, ['--report-dir', reportDir]);
      const asJson = await conformAgainst(system.url, ['--format', 'json', '--classes', 'subject_of_care']);
      expect(human.code, human.stderr).toBe(1);
      expect(JSON.parse(asJson.stdout).summary.verdict).toBe('not-conformant');
      const outputs: Record<string, string> = { stdout: human.stdout, stderr: human.stderr, 'json stdout': asJson.stdout, 'json stderr': asJson.stderr, ...(await texts(reportDir)) };
      expect(Object.keys(outputs)).toEqual(expect.arrayContaining(['conformance.json', 'conformance.junit.xml', 'conformance.html', 'assurance.csv', 'assurance-requirements.csv', 'assurance.xlsx']));
      expect(leaks(outputs)).toEqual([]);
      // The failures are still reported with their evidence: masked, not dropped.
      const report = JSON.parse(outputs['conformance.json']!) as { tests: { verdict: string; evidence: unknown[] }[] };
      expect(report.tests.filter((t) => t.verdict === 'fail' && t.evidence.length > 0).length).toBeGreaterThan(0);
    } finally {
      await system.close();
    }
  });

  it('a base URL with a password is refused (exit 2) without printing it', async () => {
    const { code, stdout, stderr } = await conformAgainst('http://care:hunter2-Quuxworth@127.0.0.1:9/', []);
    expect(code).toBe(2);
    expect(stderr).toMatch(/must not carry a user name or password/);
    expect(leaks({ stdout, stderr })).toEqual([]);
    expect(`${stdout}${stderr}`).not.toContain('hunter2');
  });

  it.each([
    ['a query', 'http://127.0.0.1:9/?access_token=hunter2-Quuxworth'],
    ['a fragment', 'http://127.0.0.1:9/#hunter2-Quuxworth'],
  ])('a base URL with %s is refused (exit 2) without printing it', async (_what, url) => {
    // Before, a query was sent with every request and copied into stdout and every report (the fragment to stderr).
    const { code, stdout, stderr } = await conformAgainst(url, []);
    expect(code).toBe(2);
    expect(stderr).toMatch(/must not carry a query \(\?\.\.\.\) or a fragment/);
    expect(`${stdout}${stderr}`).not.toContain('hunter2');
  });

  it('is seen to fail: the same scan finds what an unmasked report would carry', async () => {
    const system = await leakySystem(1);
    try {
      const response = await fetch(`${system.url}/subject-of-care`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
      expect(leaks({ raw: JSON.stringify({ headers: Object.fromEntries(response.headers), body: await response.text() }) }).length).toBeGreaterThan(0);
    } finally {
      await system.close();
    }
  });
});
