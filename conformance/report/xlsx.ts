import ExcelJS from 'exceljs';
import { addAboutSheet, addTableSheet, setZipDates } from '../../generator/src/kit.ts';
import { elementColumns, requirementColumns, type AssurancePack, type Column } from './assurance.ts';

const modelledNote =
  'Authority "published": the obligation is the published MODS standard\'s (the NHS data browser, the Data Dictionary, NHS guidance). ' +
  'Authority "modelled": the obligation is the asc-mods model\'s, not the published standard\'s (an element, a value-set binding or a ' +
  'requirement the model adds to make records exchangeable); under the published profile its tests are reported as advisory and decide nothing.';

/**
 * The pack as a workbook: Elements, Requirements and About. Each table has a bold header row, frozen, and a filter on
 * every column. Cells are typed strings, so a value starting with "=" is shown as text and never evaluated (unlike
 * CSV, no apostrophe is needed). The workbook depends on the pack alone: its dates, and its zip entries' times, are
 * the run's date, never the clock.
 */
export async function assuranceXlsx(pack: AssurancePack): Promise<Buffer> {
  const date = new Date(pack.header.date);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'asc-mods';
  workbook.lastModifiedBy = 'asc-mods';
  workbook.created = date;
  workbook.modified = date;
  addTable(workbook, 'Elements', elementColumns, pack.elements);
  addTable(workbook, 'Requirements', requirementColumns, pack.requirements);
  addAbout(workbook, pack);
  return setZipDates(Buffer.from(await workbook.xlsx.writeBuffer()), date);
}

function addTable<Row>(workbook: ExcelJS.Workbook, name: string, columns: readonly Column<Row>[], rows: readonly Row[]): void {
  addTableSheet(workbook, name, columns.map((c) => ({ header: c.label, width: c.width, wrap: c.key === 'evidence' })), rows.map((row) => columns.map((c) => String(row[c.key]))));
}

function addAbout(workbook: ExcelJS.Workbook, pack: AssurancePack): void {
  const h = pack.header;
  const rows: [string, string][] = [
    ['System', h.system],
    ['Run date', h.date],
    ['Conformance kit', h.kit],
    ['Standard', h.standard],
    ['asc-mods spec release', h.spec],
    ['Profile', h.profile === 'published' ? 'published (the published standard decides)' : 'full (the whole asc-mods model decides)'],
    ['Overall verdict', h.verdict.replace('-', ' ')],
    ['What the system holds, from', h.source === 'capability' ? 'its capability statement' : 'the manifest given'],
    ['Classes tested', h.classesTested.join(', ')],
    ['Authority', modelledNote],
  ];
  addAboutSheet(workbook, 'About this assurance pack', 28, rows);
}
