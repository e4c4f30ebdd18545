import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checklistHeader, checklistRows, publishedChecklistCsv } from '../../src/emit/docs/checklist.ts';
import { publishedChecklistXlsx } from '../../src/emit/docs/checklist-xlsx.ts';
import { isMandatory } from '../../src/emit/docs/authority.ts';
import { checkSpecFile } from '../../src/pipeline.ts';
import { realSpecPath } from '../support/paths.ts';

const model = (await checkSpecFile(realSpecPath)).model!;

/** The CSV as a spreadsheet reads it: every field quoted, "" for a quote. */
function rows(csv: string): string[][] {
  return csv
    .trimEnd()
    .split('\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')));
}

describe('the published checklist for tenders', () => {
  it('has a row per published mandatory element of each record class and per published requirement, and nothing modelled', () => {
    const [notice, header, ...body] = rows(publishedChecklistCsv(model));
    expect(notice![0]).toMatch(/Do not edit/);
    expect(header).toContain('Supplier response (Yes / No / Partly)');
    const elements = model.classes.filter((c) => c.kind === 'record').flatMap((c) => c.elements.filter((e) => isMandatory(e) && e.authority === 'published'));
    const requirements = model.requirements.filter((r) => r.authority === 'published');
    expect(body).toHaveLength(elements.length + requirements.length);
    expect(body.every((r) => r.length === header!.length && r[7] === '' && r[8] === '')).toBe(true);
    const modelledOnly = model.classes.flatMap((c) => c.elements.filter((e) => isMandatory(e) && e.authority === 'modelled').map((e) => `${c.publishedName}|${e.name}`));
    expect(body.filter((r) => modelledOnly.includes(`${r[0]}|${r[1]}`))).toEqual([]);
  });

  it('reads back from its workbook (with exceljs) as the same rows as the CSV, with the notice in an About sheet', async () => {
    const [, header, ...body] = rows(publishedChecklistCsv(model));
    const file = await publishedChecklistXlsx(model, 'docs');
    expect(file.path).toBe('docs/downloads/published-checklist.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.content as Uint8Array) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Checklist', 'About']);
    const sheet = workbook.getWorksheet('Checklist')!;
    const cells: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => void cells.push(header!.map((_, i) => String(row.getCell(i + 1).value ?? ''))));
    expect(cells[0]).toEqual([...checklistHeader]);
    expect(cells.slice(1)).toEqual(body);
    expect(sheet.autoFilter).toBeTruthy();
    const about: string[] = [];
    workbook.getWorksheet('About')!.eachRow((row) => void about.push(String(row.getCell(2).value ?? '')));
    expect(about.join('\n')).toMatch(/Do not edit/);
  });

  it('is the same bytes whenever it is built: its zip entries carry a fixed date, never the clock', async () => {
    const first = (await publishedChecklistXlsx(model, 'docs')).content as Uint8Array;
    const zip = await JSZip.loadAsync(first);
    const dates = new Set(Object.values(zip.files).map((f) => f.date.toISOString()));
    expect([...dates]).toEqual(['1980-01-01T00:00:00.000Z']);
    expect(Buffer.from((await publishedChecklistXlsx(model, 'docs')).content as Uint8Array).equals(Buffer.from(first))).toBe(true);
  });

  it('keeps a cell that starts with "=" as text, and drops nothing a spreadsheet cannot hold', async () => {
    const hostile = { ...model, requirements: [{ ...model.requirements.find((r) => r.authority === 'published')!, title: '=HYPERLINK("http://x","y")\u0007' }] };
    const rowsOut = checklistRows(hostile);
    expect(rowsOut.at(-1)![2]).toBe('=HYPERLINK("http://x","y")\u0007');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from((await publishedChecklistXlsx(hostile, 'docs')).content as Uint8Array) as unknown as ArrayBuffer);
    let last: ExcelJS.CellValue = null;
    workbook.getWorksheet('Checklist')!.eachRow((row) => void (last = row.getCell(3).value));
    expect(last).toBe('=HYPERLINK("http://x","y")\uFFFD');
  });
});
