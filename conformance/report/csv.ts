import { spreadsheetCell } from '../../generator/src/kit.ts';
import { elementColumns, requirementColumns, type AssurancePack, type Column } from './assurance.ts';

/**
 * The pack as two CSV files, not one with a "kind" column: elements and requirements have different columns, and a
 * procurement lead opening a file in Excel wants the column names in row 1 and a filter that works on every column
 * (level, held, status) at once. Rows of two kinds in one table would leave half of every row empty and need a
 * filter on "kind" before any other filter made sense. The header block (system, date, versions, verdict) is not
 * repeated here, so that each file stays one table; the workbook's About sheet and conformance.json carry it.
 *
 * RFC 4180: every field quoted, CRLF between records; a UTF-8 byte-order mark, without which Excel reads the file in
 * the machine's legacy code page and mangles every non-ASCII character.
 */
export function assuranceCsv(pack: AssurancePack): { readonly 'assurance.csv': string; readonly 'assurance-requirements.csv': string } {
  return { 'assurance.csv': table(elementColumns, pack.elements), 'assurance-requirements.csv': table(requirementColumns, pack.requirements) };
}

function table<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => spreadsheetCell(c.label)), ...rows.map((row) => columns.map((c) => spreadsheetCell(String(row[c.key]))))];
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

