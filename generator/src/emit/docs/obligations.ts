import { lookup } from '../../model/lookup.ts';
import { formatCardinality } from '../../model/occurs.ts';
import type { SpecModel } from '../../model/types.ts';
import { bannerText } from '../files.ts';
import { elementSource } from './authority.ts';
import { spreadsheetCell } from '../csv/escape.ts';

const header = ['kind', 'class', 'element', 'published_name', 'published_occurs', 'cardinality', 'authority', 'provenance', 'source', 'source_note', 'value_set', 'binding_authority', 'requirement', 'level', 'profile', 'title'] as const;
type Row = { readonly [K in (typeof header)[number]]?: string | undefined };

/**
 * docs/downloads/obligations.csv: every element of every class (as an instance carries it) and every requirement,
 * each with its authority (published or modelled), provenance and source, for people who work in a spreadsheet.
 * The first row is the "do not edit" notice, padded to the header's width; the second is the header.
 */
export function obligationsCsv(model: SpecModel): string {
  const rows: Row[] = [];
  for (const c of model.classes) {
    for (const e of c.elements) {
      const valueSet = e.valueSet === undefined ? undefined : lookup(model).valueSets.get(e.valueSet);
      rows.push({
        kind: 'element',
        class: c.name,
        element: e.name,
        published_name: e.publishedName,
        published_occurs: e.occurs,
        cardinality: e.cardinality ? formatCardinality(e.cardinality) : '',
        authority: e.authority,
        provenance: e.provenance,
        source: e.source,
        // An element naming no source of its own carries its class's page, which is not its source when their provenance differs.
        source_note: elementSource(e, c, model)?.text === 'page of the class' ? 'page of the class, not of this element' : '',
        value_set: valueSet?.id,
        binding_authority: valueSet?.authority,
      });
    }
  }
  for (const r of model.requirements) {
    rows.push({ kind: 'requirement', authority: r.authority, provenance: r.provenance, source: r.source, requirement: r.id, level: r.level, profile: r.profile, title: r.title });
  }
  const line = (cells: readonly string[]) => `${cells.map(spreadsheetCell).join(',')}\n`;
  const notice = [bannerText, ...header.slice(1).map(() => '')];
  return line(notice) + line(header) + rows.map((row) => line(header.map((h) => row[h] ?? ''))).join('');
}
