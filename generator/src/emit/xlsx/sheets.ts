import type ExcelJS from 'exceljs';
import { xmlCellText } from './cell.ts';

/** A column of a table sheet: its header, its width in characters, and whether its text wraps (answers, evidence). */
export interface SheetColumn {
  readonly header: string;
  readonly width: number;
  readonly wrap?: boolean;
}

/**
 * A table sheet as every workbook of asc-mods lays one out: a bold header row, frozen, a filter on every column, and
 * each cell a typed string made XML-safe (so "=" starts text, never a formula). The caller's workbook: exceljs is
 * loaded by whoever writes one, never by this module.
 */
export function addTableSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly SheetColumn[], rows: Iterable<readonly string[]>): void {
  const sheet = sheetOf(workbook, name, columns, rows);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

/** The "About" sheet: a title over field and value rows, the fields bold, the values wrapping. */
export function addAboutSheet(workbook: ExcelJS.Workbook, title: string, fieldWidth: number, rows: readonly (readonly [string, string])[]): void {
  sheetOf(workbook, 'About', [{ header: title, width: fieldWidth }, { header: '', width: 100, wrap: true }], rows).getColumn(1).font = { bold: true };
}

function sheetOf(workbook: ExcelJS.Workbook, name: string, columns: readonly SheetColumn[], rows: Iterable<readonly string[]>): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
  for (const row of rows) sheet.addRow(row.map(xmlCellText));
  sheet.getRow(1).font = { bold: true };
  columns.forEach((c, i) => {
    if (c.wrap) sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
  });
  return sheet;
}
