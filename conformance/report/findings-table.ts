import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { spreadsheetCell, xmlCellText as xmlSafe } from '../../generator/src/kit.ts';
import type { RunStamp } from '../files/result.ts';
import { findingColumns, rowsPerSheet } from './findings-spool.ts';

/** findings.csv: RFC 4180, every field quoted, CRLF, a UTF-8 byte-order mark (for Excel), a formula never evaluated. */
export async function writeFindingsCsv(rows: AsyncIterable<readonly string[]>, path: string): Promise<void> {
  const out = createWriteStream(path);
  const line = (cells: readonly string[]) => `${cells.map(spreadsheetCell).join(',')}\r\n`;
  let chunk = `\uFEFF${line(findingColumns.map((c) => c.label))}`;
  for await (const row of rows) {
    chunk += line(row);
    if (chunk.length >= 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/**
 * findings.xlsx, streamed: a sheet "Findings" (and "Findings 2", … past Excel's row limit), its header bold and
 * frozen with a filter on every column, and an "About" sheet with the run's stamp. Cells are strings, so a value
 * starting with "=" is text, never a formula.
 */
export async function writeFindingsXlsx(rows: AsyncIterable<readonly string[]>, path: string, stamp: RunStamp | undefined, perSheet = rowsPerSheet): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  workbook.creator = 'asc-mods';
  if (stamp) workbook.created = workbook.modified = new Date(stamp.at);
  let sheet: ExcelJS.Worksheet | undefined;
  let sheets = 0;
  let inSheet = 0;
  const startSheet = () => {
    sheets += 1;
    const s = workbook.addWorksheet(sheets === 1 ? 'Findings' : `Findings ${sheets}`, { views: [{ state: 'frozen', ySplit: 1 }] });
    s.columns = findingColumns.map((c) => ({ header: c.label, key: c.key, width: c.width }));
    s.getRow(1).font = { bold: true };
    s.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: findingColumns.length } };
    s.getRow(1).commit();
    inSheet = 0;
    return s;
  };
  sheet = startSheet();
  let n = 0;
  for await (const row of rows) {
    if (inSheet === perSheet) (sheet.commit(), (sheet = startSheet()));
    sheet.addRow(row.map(xmlSafe)).commit();
    inSheet += 1;
    // Let the zip stream drain now and then, so that a million rows are not held in memory.
    if (++n % 2000 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  sheet.commit();
  const about = workbook.addWorksheet('About');
  about.columns = [
    { header: 'About these findings', key: 'field', width: 24 },
    { header: '', key: 'value', width: 90 },
  ];
  about.getRow(1).font = { bold: true };
  for (const [field, value] of aboutRows(stamp, n)) about.addRow([field, xmlSafe(value)]).commit();
  about.commit();
  await workbook.commit();
}

function aboutRows(stamp: RunStamp | undefined, rows: number): [string, string][] {
  const out: [string, string][] = [['Findings', String(rows)]];
  if (stamp) {
    out.push(['Run at', stamp.at], ['asc-mods version', stamp.toolVersion], ['Spec release', stamp.specRelease]);
    for (const input of stamp.inputs) out.push([`Input ${input.file}`, `${input.bytes} bytes, SHA-256 ${input.sha256}`]);
  }
  out.push(['Masking', 'Values of personal elements show only their shape, special-category values nothing, other text its length; a record uid is shown when it has the shape of a UUID or ULID.']);
  return out;
}
