import type { SpecModel } from '../../model/types.ts';
import { bannerText, type GeneratedFile } from '../files.ts';
import { addAboutSheet, addTableSheet } from '../xlsx/sheets.ts';
import { setZipDates } from '../xlsx/zip-dates.ts';
import { checklistHeader, checklistRows, checklistXlsxPath } from './checklist.ts';

/** A workbook in generated/ depends on the spec alone: its document dates and its zip entries' times are this one. */
const fixedDate = new Date(Date.UTC(1980, 0, 1));
const widths = [24, 28, 32, 14, 18, 12, 40, 22, 48];

/**
 * The published checklist as a workbook, for a tender: a sheet "Checklist" (bold header, frozen, a filter on every
 * column, the answer and evidence columns wrapping) and a sheet "About" with the do-not-edit notice and what the rows
 * are. Cells are typed strings, so text starting with "=" is never a formula. exceljs is loaded only here, when the
 * site is generated.
 */
export async function publishedChecklistXlsx(model: SpecModel, docsDir: string): Promise<GeneratedFile> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = workbook.lastModifiedBy = 'asc-mods';
  workbook.created = workbook.modified = fixedDate;
  workbook.title = `${model.standard.short_name}: what the published standard requires`;
  workbook.description = bannerText;
  // The supplier's answer and evidence wrap.
  addTableSheet(workbook, 'Checklist', checklistHeader.map((header, i) => ({ header, width: widths[i] ?? 20, wrap: i >= 7 })), checklistRows(model));
  const s = model.standard;
  addAboutSheet(workbook, 'About this checklist', 24, [
    ['Notice', bannerText],
    ['Standard', `${s.name} (${s.reference})`],
    ['Spec release', s.release],
    ['What the rows are', 'Every element the published standard makes mandatory in each record class, then every requirement it publishes. Nothing the asc-mods model adds of its own: that is in obligations.csv.'],
    ['How to answer', 'Fill in "Supplier response" (Yes, No or Partly) and "Evidence or comment" per row.'],
  ]);
  const bytes = setZipDates(Buffer.from(await workbook.xlsx.writeBuffer()), fixedDate);
  return { path: `${docsDir}/${checklistXlsxPath}`, content: new Uint8Array(bytes) };
}
