import { startEndPairs } from '../../model/start-end-pairs.ts';
import { requirementLookup } from '../../model/requirement-lookup.ts';
import type { SpecModel } from '../../model/types.ts';
import { bannerText } from '../files.ts';
import type { SqlDialect } from './dialects.ts';
import { codeTableName, currentColumn, type SqlColumn, type SqlModel } from './layout.ts';

/** The view that lists every violation the engine can find, one row each. */
export const violationsView = 'check__violations';

/** The rules checks.sql runs inside the engine; the others are validate's (they need more than SQL over the tables). */
export const engineChecks = ['schema.required', 'schema.enum', 'not-in-future', 'start-before-end', 'nhs-number-check-digit', 'version-sequence', 'reference-resolves'] as const;

/** The view of every record held, by class and uid: what a reference resolves against. */
export const recordsView = 'check__records';

interface Violation {
  readonly table: string;
  readonly element: string;
  readonly rule: (typeof engineChecks)[number];
  readonly requirement: string | undefined;
  /** A condition on a row of the table (aliased t). */
  readonly where?: string;
  /** Or a whole query of its own, giving record_uid, version_number and the current flag. */
  readonly query?: string;
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
  const typeField = model.conventions.record_type_field;
  const violations: Violation[] = [];
  for (const { cls, table } of relational.records) {
    // Versions 1, 2, 3 … with none missing: one row per record uid whose lowest version is not 1 or that skips one,
    // naming its lowest version held (current only when it is the only one).
    violations.push({ table: table.name, element: '/version_number', rule: 'version-sequence', requirement: requirements.forRule('version-sequence'), query: `SELECT ${id('record_uid')}, MIN(${id('version_number')}) AS ${id('version_number')}, COUNT(*) = 1 AS ${id(currentColumn)} FROM ${id(table.name)} GROUP BY ${id('record_uid')} HAVING MIN(${id('version_number')}) <> 1 OR MAX(${id('version_number')}) <> COUNT(*)` });
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
      const value = columns.find((c) => c.path.length === 1 && c.role === 'value' && c.type === 'text');
      if (element.constraints.format === 'nhs-number' && element.cardinality?.max === 1 && value) {
        violations.push({ table: table.name, element: `/${element.name}`, rule: 'nhs-number-check-digit', requirement: requirements.forRule('nhs-number-check-digit'), where: nhsNumberInvalid(id(value.name), d) });
      }
      const refType = columns.find((c) => c.path.length === 2 && c.path[1] === typeField);
      const refUid = columns.find((c) => c.path.length === 2 && c.path[1] === 'record_uid');
      if (element.type === 'reference' && element.cardinality?.max === 1 && refType && refUid) {
        const held = `SELECT 1 FROM ${id(recordsView)} r WHERE r.${id('record_type')} = t.${id(refType.name)} AND r.${id('record_uid')} = t.${id(refUid.name)}`;
        violations.push({ table: table.name, element: `/${element.name}`, rule: 'reference-resolves', requirement: requirements.forRule('reference-resolves'), where: `t.${id(refUid.name)} IS NOT NULL AND NOT EXISTS (${held})` });
      }
    }
    for (const [start, end] of pairs.get(cls.name) ?? []) {
      const [s, e] = [start, end].map((name) => table.columns.find((c) => c.path.length === 1 && c.path[0] === name && (c.role === 'date' || c.type === 'timestamp'))) as [SqlColumn | undefined, SqlColumn | undefined];
      if (s && e) violations.push({ table: table.name, element: `/${end}`, rule: 'start-before-end', requirement: requirements.forRule('start-before-end'), where: `${instant(s, d)} > ${instant(e, d)}` });
    }
  }
  const selects = violations.map((v) => {
    const from = v.query === undefined ? `${id(v.table)} t WHERE ${v.where}` : `(${v.query}) t`;
    return `SELECT ${d.string(v.table)} AS ${id('table_name')}, t.${id('record_uid')}, t.${id('version_number')}, t.${id(currentColumn)}, ${d.string(v.element)} AS ${id('element')}, ${d.string(v.rule)} AS ${id('rule')}, ${v.requirement === undefined ? `CAST(NULL AS ${d.types.text})` : d.string(v.requirement)} AS ${id('requirement')} FROM ${from}`;
  });
  const held = relational.records.map(({ cls, table }) => `SELECT DISTINCT ${d.string(cls.name)} AS ${id('record_type')}, ${id('record_uid')} FROM ${id(table.name)}`);
  return [
    `-- ${bannerText}`,
    `-- MODS ${model.standard.release}: the rules ${engineChecks.join(', ')} as SQL for ${d.title}. SELECT * FROM ${violationsView}: one row per violation.`,
    '',
    `${d.createView} ${id(recordsView)} AS\n${held.join('\nUNION ALL\n')};`,
    '',
    `${d.createView} ${id(violationsView)} AS\n${selects.join('\nUNION ALL\n')};`,
    '',
  ].join('\n');
}

/**
 * An NHS number of ten digits that is not one: its Modulus 11 check digit (11 less the weighted sum of the first nine
 * digits, weights 10 down to 2, modulo 11; 11 is 0 and 10 is never issued) is not its tenth digit, or it is ten of
 * the same digit. Other text is not ten digits, which the schema's pattern reports.
 */
function nhsNumberInvalid(column: string, d: SqlDialect): string {
  const digit = (i: number) => `CAST(SUBSTR(${column}, ${i}, 1) AS ${d.types.integer})`;
  const sum = Array.from({ length: 9 }, (_, i) => `${10 - i} * ${digit(i + 1)}`).join(' + ');
  return `${column} IS NOT NULL AND ${d.fullMatch(column, '[0-9]{10}')} AND ((11 - (${sum}) % 11) % 11 <> ${digit(10)} OR ${column} = REPEAT(SUBSTR(${column}, 1, 1), 10))`;
}

/** A date or date-time column as a moment to compare (a date as its first instant, as validate compares them). */
function instant(column: SqlColumn, d: SqlDialect): string {
  return column.role === 'date' ? `CAST(${d.identifier(column.name)} AS ${d.types.timestamp})` : d.identifier(column.name);
}
