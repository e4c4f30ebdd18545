import { classRows, mappingCounts, type MappingRow } from '../../fhir/mapping-table.ts';
import { lookup } from '../../model/lookup.ts';
import type { SpecModel } from '../../model/types.ts';
import { spreadsheetCell } from '../csv/escape.ts';
import { bannerText } from '../files.ts';
import { provenanceName } from './authority.ts';
import { classHref, fhirView } from './views.ts';

const header = ['class', 'element', 'status', 'resource', 'profile', 'fhir_path', 'reason', 'lossy', 'transform', 'provenance', 'note'] as const;

/** docs/fhir.html: every class with its FHIR mapping, record classes first, then components. */
export function fhirPageView(model: SpecModel, csv: string) {
  const found = lookup(model);
  const records = model.classes.filter((c) => c.kind === 'record');
  const components = model.classes.filter((c) => c.kind === 'component');
  const recordRows = records.flatMap((c) => classRows(found, c));
  const own = recordRows.filter((r) => r.element === '');
  const counts = mappingCounts(recordRows);
  return {
    csv,
    counts: {
      records: records.length,
      toResource: own.filter((r) => r.status === 'mapped').length,
      withProfile: own.filter((r) => r.status === 'mapped' && r.profile !== '').length,
      unmapped: own.filter((r) => r.status === 'unmapped').length,
      lines: recordRows.length - own.length,
      mapped: counts.mapped,
      elementsUnmapped: counts.unmapped,
      notYet: counts.notYet,
    },
    classes: [...records, ...components].map((c) => ({ name: c.name, publishedName: c.publishedName, href: classHref(c.name), ...fhirView(c, model)! })),
  };
}

/**
 * docs/downloads/fhir-mapping.csv: one line per class and per element it carries (through components), record classes
 * then components as on the page, for
 * integrators who work in a spreadsheet. As the obligations CSV: the first row is the notice, the second the header,
 * every field quoted, and a field a spreadsheet would read as a formula starts with an apostrophe.
 */
export function fhirMappingCsv(model: SpecModel): string {
  const found = lookup(model);
  const ordered = [...model.classes.filter((c) => c.kind === 'record'), ...model.classes.filter((c) => c.kind === 'component')];
  const rows: MappingRow[] = ordered.flatMap((c) => classRows(found, c));
  const line = (cells: readonly string[]) => `${cells.map(spreadsheetCell).join(',')}\n`;
  const notice = [bannerText, ...header.slice(1).map(() => '')];
  const cells = (r: MappingRow): string[] => [r.class, r.element, r.status, r.resource, r.profile, r.fhirPath, r.reason, r.lossy, r.transform, r.provenance ? provenanceName(r.provenance) : '', r.note];
  return line(notice) + line(header) + rows.map((r) => line(cells(r))).join('');
}
