import { createHash } from 'node:crypto';
import { createWriteStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkSpecFile } from '../../../generator/src/pipeline.ts';
import { runCli } from '../../../generator/test/support/cli.ts';
import { tempDir } from '../../../generator/test/support/generated.ts';
import { realSpecPath } from '../../../generator/test/support/paths.ts';
import { findingColumns } from '../../report/findings-spool.ts';
import { writeFindingsXlsx } from '../../report/findings-table.ts';
import { synthesizeRecords } from '../../synth/generate.ts';
import { writeNdjson } from '../../synth/write-ndjson.ts';
import { validRecord } from './support.ts';

const model = (await checkSpecFile(realSpecPath)).model!;

/** RFC 4180 as findings.csv writes it: every field quoted, "" for a quote, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const body = text.replace(/^\uFEFF/, '');
  const cell = /"((?:[^"]|"")*)"(,|\r\n)/gy;
  let row: string[] = [];
  for (let m = cell.exec(body); m; m = cell.exec(body)) {
    row.push(m[1]!.replace(/""/g, '"'));
    if (m[2] === '\r\n') (rows.push(row), (row = []));
  }
  expect(cell.lastIndex === 0 || cell.lastIndex === body.length, 'the whole file parsed').toBe(true);
  return rows;
}

async function sheetRows(path: string): Promise<{ names: string[]; rows: Map<string, string[][]> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const rows = new Map<string, string[][]>();
  workbook.eachSheet((sheet) => {
    const out: string[][] = [];
    // An empty cell reads back as a hole: '' here, as in the CSV.
    sheet.eachRow((row) => void out.push(Array.from({ length: sheet.actualColumnCount }, (_, i) => row.getCell(i + 1).text)));
    rows.set(sheet.name, out);
  });
  return { names: [...rows.keys()], rows };
}

async function batch(): Promise<string> {
  const dir = tempDir('findings-table');
  await writeNdjson(synthesizeRecords(model, { classes: [], count: 600, seed: 7, invalidRate: 0.4 }), createWriteStream(join(dir, 'a.ndjson')));
  // A record whose uid is a name, with an error: its uid must not reach any table.
  writeFileSync(join(dir, 'named.ndjson'), `${JSON.stringify({ ...validRecord('risk'), record_uid: 'Zelda-Plantname', subject_of_care: 7 })}\n`);
  return dir;
}

describe('the findings table (findings.csv, findings.xlsx)', () => {
  it('has a row for every finding, the same in CSV and in the workbook, named by --provider, stamped', async () => {
    const dir = await batch();
    const reports = join(dir, 'reports');
    const run = await runCli(['validate', join(dir, 'a.ndjson'), join(dir, 'named.ndjson'), '--no-progress', '--provider', 'RX1', '--report-dir', reports]);
    expect(run.code, run.stderr).toBe(1);
    expect(readdirSync(reports).sort()).toEqual(['findings.csv', 'findings.xlsx', 'report.json', 'report.junit.xml', 'scorecard.html']);
    const report = JSON.parse(readFileSync(join(reports, 'report.json'), 'utf8')) as {
      findings: { errors: number; warnings: number; infos: number };
      run: { at: string; toolVersion: string; inputs: { file: string; sha256: string }[] };
      providers: { provider: string; by: string; errors: number }[];
    };
    const total = report.findings.errors + report.findings.warnings + report.findings.infos;
    expect(total).toBeGreaterThan(100);

    const csv = parseCsv(readFileSync(join(reports, 'findings.csv'), 'utf8'));
    expect(csv[0]).toEqual(findingColumns.map((c) => c.label));
    expect(csv.length - 1).toBe(total);
    const column = (label: string) => csv[0]!.indexOf(label);
    expect(new Set(csv.slice(1).map((r) => r[column('Provider')]))).toEqual(new Set(['RX1']));
    expect(report.providers).toEqual([expect.objectContaining({ provider: 'RX1', by: 'ods-code', errors: report.findings.errors })]);
    const uids = csv.slice(1).map((r) => r[column('Record uid')]!);
    expect(uids.filter((u) => /^[0-9a-f]{8}-/.test(u)).length).toBeGreaterThan(total / 2);
    expect(uids).toContain('a uid of 15 characters');
    expect(readFileSync(join(reports, 'findings.csv'), 'utf8')).not.toContain('Zelda');
    expect(csv.slice(1).every((r) => r.length === findingColumns.length && r[column('Fix')] !== '')).toBe(true);

    const workbook = await sheetRows(join(reports, 'findings.xlsx'));
    expect(workbook.names).toEqual(['Findings', 'About']);
    expect(workbook.rows.get('Findings')).toEqual(csv);
    const about = new Map(workbook.rows.get('About')!.map(([k, v]) => [k, v]));
    expect(about.get('Findings')).toBe(String(total));
    expect(about.get('Run at')).toBe(report.run.at);
    const sha = createHash('sha256').update(readFileSync(join(dir, 'a.ndjson'))).digest('hex');
    expect(report.run.inputs[0]!.sha256).toBe(sha);
    expect([...about.values()].some((v) => v?.includes(sha))).toBe(true);
  }, 60_000);

  it('goes on in a second sheet past the sheet limit, no row lost', async () => {
    const path = join(tempDir('findings-xlsx'), 'f.xlsx');
    const rows = Array.from({ length: 7 }, (_, i) => findingColumns.map((c) => `${c.key} ${i}`));
    async function* each() {
      yield* rows;
    }
    await writeFindingsXlsx(each(), path, undefined, 3);
    const workbook = await sheetRows(path);
    expect(workbook.names).toEqual(['Findings', 'Findings 2', 'Findings 3', 'About']);
    const header = findingColumns.map((c) => c.label);
    expect([...workbook.rows.entries()].filter(([n]) => n.startsWith('Findings')).flatMap(([, r]) => (expect(r[0]).toEqual(header), r.slice(1)))).toEqual(rows);
  });

  it('refuses a --provider that is not an ODS code, in one line (exit 2)', async () => {
    const run = await runCli(['validate', '.', '--provider', 'not a code']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--provider must be an ODS code/);
    expect(run.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  });

  it('without --provider names a provider by its file', async () => {
    const dir = await batch();
    const run = await runCli(['validate', join(dir, 'named.ndjson'), '--format', 'json']);
    const report = JSON.parse(run.stdout) as { providers: { provider: string; by: string }[] };
    expect(report.providers).toEqual([expect.objectContaining({ provider: join(dir, 'named.ndjson'), by: 'file' })]);
  });
});
