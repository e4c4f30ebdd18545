import type { SpecModel } from '../../model/types.ts';
import { spreadsheetCell } from '../csv/escape.ts';
import { bannerText } from '../files.ts';
import { isMandatory } from './authority.ts';

/** docs/downloads/published-checklist.csv and .xlsx: where the site links them. */
export const checklistPath = 'downloads/published-checklist.csv';
export const checklistXlsxPath = 'downloads/published-checklist.xlsx';

export const checklistHeader = ['Class', 'Element', 'Published name', 'Published Type', 'Occurs', 'Obligation', 'Source', 'Supplier response (Yes / No / Partly)', 'Evidence or comment'] as const;

/**
 * What the published standard requires, as a checklist a procurement lead puts in a tender: one row per mandatory
 * element of each record class (each record's identity and change log included) and per published requirement,
 * nothing of the asc-mods model's own, with two empty columns for the supplier's answer and evidence. The first row
 * is the "do not edit" notice, padded to the header's width, as in every CSV the site offers.
 */
export function publishedChecklistCsv(model: SpecModel): string {
  const line = (cells: readonly string[]) => `${cells.map(spreadsheetCell).join(',')}\n`;
  return line([bannerText, ...checklistHeader.slice(1).map(() => '')]) + line(checklistHeader) + checklistRows(model).map(line).join('');
}

/** The checklist's rows, as the CSV and the workbook both give them: elements class by class, then requirements. */
export function checklistRows(model: SpecModel): string[][] {
  const rows: string[][] = [];
  for (const c of model.classes.filter((k) => k.kind === 'record')) {
    for (const e of c.elements.filter((x) => isMandatory(x) && x.authority === 'published')) {
      rows.push([c.publishedName, e.name, e.publishedName, e.publishedType ?? '', e.occurs ?? '', 'must hold', e.source ?? c.source ?? '', '', '']);
    }
  }
  for (const r of model.requirements.filter((x) => x.authority === 'published')) {
    rows.push(['(requirement)', r.id, r.title, '', '', r.level, r.source ?? '', '', '']);
  }
  return rows;
}
