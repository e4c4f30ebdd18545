import { startEndPairs } from '../../model/start-end-pairs.ts';
import { requirementLookup } from '../../model/requirement-lookup.ts';
import type { SpecModel } from '../../model/types.ts';
import { bannerText } from '../files.ts';
import type { SqlDialect } from './dialects.ts';
import { codeTableName, currentColumn, type SqlColumn, type SqlModel } from './layout.ts';

/** The view that lists every violation the engine can find, one row each. */
export const violationsView = 'check__violations';

/** The rules checks.sql runs inside the engine; the others are validate's (they need more than SQL over one row). */
export const engineChecks = ['schema.required', 'schema.enum', 'not-in-future', 'start-before-end'] as const;

interface Violation {
  readonly table: string;
  readonly element: string;
  readonly rule: (typeof engineChecks)[number];
  readonly requirement: string | undefined;
  readonly where: string;
}

/**
 * generated/sql/<engine>/checks.sql: the view check__violations, one row per violation (table, record uid, version,
 * element as validate's JSON Pointer names it, rule, requirement), for the rules SQL can check on one row of a record
 * table: an element the class requires that is absent (schema.required, whichever authority requires it: a row
 * loaded under the published profile may lack what only the asc-mods model requires), a code outside the value set
 * a required binding names (schema.enum, likewise), a date of the past that is
 * later than now (not-in-future), and an end before its start (start-before-end). Masked values: none are shown.
 */
export function checksSql(model: SpecModel, relational: SqlModel, d: SqlDialect): string {
  const id = d.identifier;
  const requirements = requirementLookup(model);
  const pairs = startEndPairs(model, 'start-before-end');
  const violations: Violation[] = [];
  for (const { cls, table } of relational.records) {
    const columnsOf = (element: string) => table.columns.filter((c) => c.path[0] === element && c.role !== 'date-precision');
    for (const element of cls.elements) {
      const columns = columnsOf(element.name);
      if (element.cardinality?.min === 1 && element.cardinality.max === 1 && columns.length > 0) {
        violations.push({ table: table.name, element: `/${element.name}`, rule: 'schema.required', requirement: requirements.forKeyword('required', element.name, cls.name), where: columns.map((c) => `${id(c.name)} IS NULL`).join(' AND ') });
      }
      const set = element.type === 'coded' && element.valueSet !== undefined ? model.valueSets.find((v) => v.id === element.valueSet) : undefined;
      const code = columns.find((c) => c.path.length === 2 && c.path[1] === 'code');
      if (set?.binding === 'required' && set.codes.length > 0 && element.cardinality?.max === 1 && code) {
        violations.push({ table: table.name, element: `/${element.name}/code`, rule: 'schema.enum', requirement: requirements.forKeyword('enum', element.name, cls.name), where: `${id(code.name)} IS NOT NULL AND ${id(code.name)} NOT IN (SELECT ${id('code')} FROM ${id(codeTableName(set.id))})` });
      }
      if (element.constraints.not_in_future === true && element.cardinality?.max === 1) {
        const column = columns.find((c) => c.path.length === 1 && (c.role === 'date' || c.type === 'timestamp'));
        if (column) violations.push({ table: table.name, element: `/${element.name}`, rule: 'not-in-future', requirement: requirements.forRule('not-in-future'), where: `${id(column.name)} > ${column.role === 'date' ? 'CURRENT_DATE' : 'CURRENT_TIMESTAMP'}` });
      }
    }
    for (const [start, end] of pairs.get(cls.name) ?? []) {
      const [s, e] = [start, end].map((name) => table.columns.find((c) => c.path.length === 1 && c.path[0] === name && (c.role === 'date' || c.type === 'timestamp'))) as [SqlColumn | undefined, SqlColumn | undefined];
      if (s && e) violations.push({ table: table.name, element: `/${end}`, rule: 'start-before-end', requirement: requirements.forRule('start-before-end'), where: `${instant(s, d)} > ${instant(e, d)}` });
    }
  }
  const selects = violations.map((v) => `SELECT ${d.string(v.table)} AS ${id('table_name')}, ${id('record_uid')}, ${id('version_number')}, ${id(currentColumn)}, ${d.string(v.element)} AS ${id('element')}, ${d.string(v.rule)} AS ${id('rule')}, ${v.requirement === undefined ? `CAST(NULL AS ${d.types.text})` : d.string(v.requirement)} AS ${id('requirement')} FROM ${id(v.table)} WHERE ${v.where}`);
  return [
    `-- ${bannerText}`,
    `-- MODS ${model.standard.release}: the rules ${engineChecks.join(', ')} as SQL for ${d.title}. SELECT * FROM ${violationsView}: one row per violation.`,
    '',
    `${d.createView} ${id(violationsView)} AS\n${selects.join('\nUNION ALL\n')};`,
    '',
  ].join('\n');
}

/** A date or date-time column as a moment to compare (a date as its first instant, as validate compares them). */
function instant(column: SqlColumn, d: SqlDialect): string {
  return column.role === 'date' ? `CAST(${d.identifier(column.name)} AS ${d.types.timestamp})` : d.identifier(column.name);
}
