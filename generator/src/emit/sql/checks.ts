import { startEndPairs } from '../../model/start-end-pairs.ts';
import { formatPatterns } from '../json-schema/formats.ts';
import { blankPattern, portablePattern } from './patterns.ts';
import { datePairChecks, leafElement, referenceColumns, requiredInComponents } from './column-paths.ts';
import { requirementLookup } from '../../model/requirement-lookup.ts';
import type { ClassModel, ElementModel, SpecModel } from '../../model/types.ts';
import { bannerText } from '../files.ts';
import type { SqlDialect } from './dialects.ts';
import { codeTableName, currentColumn, ordinalColumn, type SqlColumn, type SqlModel, type SqlTable } from './layout.ts';
import { auditFields } from '../../model/audit-fields.ts';
import { consentLinks, deliveredStatuses } from '../../model/consent-links.ts';
import { odsCodePattern } from '../../model/ods-code.ts';

/** The view that lists every violation the engine can find, one row each. */
export const violationsView = 'check__violations';

/** The rules checks.sql runs inside the engine; the others are validate's (they need more than SQL over the tables). */
export const engineChecks = ['schema.required', 'schema.enum', 'schema.pattern', 'schema.maxLength', 'schema.minLength', 'schema.minimum', 'schema.maximum', 'not-in-future', 'start-before-end', 'nhs-number-check-digit', 'ods-code-format', 'version-sequence', 'unique-record-version', 'reference-resolves', 'change-log-consistent', 'consent-before-care-plan'] as const;

/** The view of every version of every record, by table and class: what version sequences are judged over. */
export const versionsView = 'check__versions';
/** The view of every record held, by class and uid: what a reference resolves against. */
export const recordsView = 'check__records';
/** The view of every reference at the top of a record: where it is, and the class and uid it names. */
export const referencesView = 'check__references';
/** The view of every change-log entry of every record version, with the table it is in and the version's current flag. */
export const changeLogView = 'check__change_log';

interface Violation {
  readonly table: string;
  readonly element: string;
  readonly rule: (typeof engineChecks)[number];
  readonly requirement: string | undefined;
  /** A condition on a row of the table (aliased t). */
  readonly where?: string;
  /** Or a whole query of its own, giving record_uid, version_number and the current flag. */
  readonly query?: string;
  /** The table as SQL, for a query over every table's rows at once (a view of them all). */
  readonly tableSql?: string;
  /** For an item of a list (a row of a child table): the pointer as SQL (it holds the item's place), and the record's table, whose current flag it takes. */
  readonly elementSql?: string;
  readonly parentTable?: string;
}

/**
 * generated/sql/<engine>/checks.sql: the view check__violations, one row per violation (table, record uid, version,
 * current flag, element as validate's JSON Pointer names it, rule, requirement), for the rules SQL can check over
 * the tables: an element the record requires that is absent (schema.required, whichever authority requires it: a
 * row loaded under the published profile may lack what only the asc-mods model requires); in any column of the
 * record's table, however deep in its components, a code outside the value set a required binding names
 * (schema.enum), text that does not have its pattern's form, or is blank (schema.pattern: the patterns every engine
 * reads as JavaScript does, patterns.ts), text longer or shorter than its element allows (schema.maxLength, schema.minLength), a number
 * outside its bounds (schema.minimum, schema.maximum), a date of the past later than now (not-in-future) and an NHS
 * number that is not one (nhs-number-check-digit); the same in the items of lists (child tables), with a field
 * each item requires (schema.required), the item's place in the pointer; an end before its start, in the record, in a
 * component it holds once and in a list's items (start-before-end); versions that do not
 * run 1, 2, 3 (version-sequence); a reference to a record the tables do not hold (reference-resolves); a change log
 * that disagrees with the versions (change-log-consistent); an ODS code not of its form (ods-code-format); a version
 * held twice (unique-record-version: only a table without keys can); a care plan in effect with no informed consent
 * (consent-before-care-plan). No values:
 * a row names where to look, in a database whose readers may see them.
 */
export function checksSql(model: SpecModel, relational: SqlModel, d: SqlDialect): string {
  const id = d.identifier;
  const requirements = requirementLookup(model);
  const pairs = startEndPairs(model, 'start-before-end');
  const typeField = model.conventions.record_type_field;
  const violations: Violation[] = [];
  const classes = new Map(model.classes.map((c) => [c.name, c]));
  const consent = consentLinks(model);
  // Every reference at the top of a record, in one view, judged against check__records once (a branch per
  // reference, each with the records' view in it, took PostgreSQL seconds to plan).
  const references: string[] = [];
  for (const { cls, table, children } of relational.records) {
    const valueRules = valueRulesFor(model, requirements, d, cls);
    const add = (column: SqlColumn, rule: Violation['rule'], requirement: string | undefined, where: string) => violations.push({ table: table.name, element: `/${column.path.join('/')}`, rule, requirement, where });
    // Required: an element of the record itself (inside a component, below).
    for (const element of cls.elements) {
      const columns = table.columns.filter((c) => c.path[0] === element.name && c.role !== 'date-precision');
      if (element.cardinality?.min === 1 && element.cardinality.max === 1 && columns.length > 0) {
        violations.push({ table: table.name, element: `/${element.name}`, rule: 'schema.required', requirement: requirements.forKeyword('required', element.name, cls.name), where: columns.map((c) => `t.${id(c.name)} IS NULL`).join(' AND ') });
      }
    }
    // Required inside a component the record holds once: a field absent where the component is there, which its
    // flattened columns show by another of its fields (a component given as {} alone looks absent: validate's).
    for (const { prefix, field, where } of requiredInComponents(table.columns, cls, classes, id)) {
      violations.push({ table: table.name, element: `/${[...prefix, field].join('/')}`, rule: 'schema.required', requirement: requirements.forKeyword('required', prefix[0]!, cls.name), where });
    }
    // The rules on a value, at every depth the record's columns flatten: a value present that breaks its element's rule.
    for (const column of table.columns) {
      if (column.role === 'date-precision' || column.role === 'json' || column.path.length === 0) continue;
      const found = leafElement(column.path, cls, classes);
      if (found) valueRules(column, found, column.path[0]!, (rule, requirement, where) => add(column, rule, requirement, where));
    }
    // And in the items of each list (a child table): the item's place in the list is in its pointer, as validate's.
    for (const child of children) {
      const listName = child.parent!.path[0]!;
      const list = cls.elements.find((e) => e.name === listName)!;
      const itemClass = list.type === 'component' && list.target !== undefined ? classes.get(list.target) : undefined;
      const pointer = (rest: readonly string[]) => `${d.string(`/${listName}/`)} || CAST(t.${id(ordinalColumn)} - 1 AS ${d.types.text})${rest.length > 0 ? ` || ${d.string(`/${rest.join('/')}`)}` : ''}`;
      const addItem = (rest: readonly string[], rule: Violation['rule'], requirement: string | undefined, where: string) =>
        violations.push({ table: child.name, element: `/${listName}/*/${rest.join('/')}`, elementSql: pointer(rest), parentTable: table.name, rule, requirement, where });
      for (const column of child.columns) {
        if (column.role === 'date-precision' || column.role === 'json') continue;
        const inItem = column.path.length > 0;
        const found = itemClass ? (inItem ? leafElement(column.path, itemClass, classes) : undefined) : list.type === 'coded' || list.type === 'reference' ? (column.path.length === 1 ? { element: list, field: column.path[0]! } : undefined) : column.name === 'value' ? { element: list } : undefined;
        if (found) valueRules(column, found, listName, (rule, requirement, where) => addItem(column.path, rule, requirement, where));
      }
      // A field each item requires: absent from an item that is there (its row).
      for (const field of itemClass?.elements ?? []) {
        const columns = child.columns.filter((c) => c.path[0] === field.name && c.role !== 'date-precision');
        if (field.cardinality?.min === 1 && field.cardinality.max === 1 && columns.length > 0) addItem([field.name], 'schema.required', requirements.forKeyword('required', listName, cls.name), columns.map((c) => `t.${id(c.name)} IS NULL`).join(' AND '));
      }
      // And inside the components of an item, as in the record's.
      if (itemClass) for (const { prefix, field, where } of requiredInComponents(child.columns, itemClass, classes, id)) addItem([...prefix, field], 'schema.required', requirements.forKeyword('required', listName, cls.name), where);
      // And an end before its start in an item (a list of periods, say), at the item's place.
      if (itemClass) for (const { prefix, end, where } of datePairChecks(child.columns, itemClass, classes, pairs, d)) addItem([...prefix, end], 'start-before-end', requirements.forRule('start-before-end'), where);
    }
    // Every reference the record holds once, at its top or in a component it holds once (its columns flattened).
    for (const { prefix, type, uid: target } of referenceColumns(table.columns, cls, classes, typeField)) {
      references.push(`SELECT ${d.string(table.name)} AS ${id('table_name')}, t.${id('record_uid')}, t.${id('version_number')}, t.${id(currentColumn)}, ${d.string(`/${prefix.join('/')}`)} AS ${id('element')}, t.${id(type.name)} AS ${id('target_type')}, t.${id(target.name)} AS ${id('target_uid')} FROM ${id(table.name)} t WHERE t.${id(target.name)} IS NOT NULL`);
    }
    // And in the items of its lists (child tables): a list of references, or references in a list's components, at
    // the item's place as validate's pointer has it.
    for (const child of children) {
      const listName = child.parent!.path[0]!;
      const list = cls.elements.find((e) => e.name === listName)!;
      const itemClass = list.type === 'component' && list.target !== undefined ? classes.get(list.target) : undefined;
      const found = itemClass ? referenceColumns(child.columns, itemClass, classes, typeField) : list.type === 'reference' ? referenceColumns(child.columns, undefined, classes, typeField) : [];
      for (const { prefix, type, uid: target } of found) {
        const element = `${d.string(`/${listName}/`)} || CAST(t.${id(ordinalColumn)} - 1 AS ${d.types.text})${prefix.length > 0 ? ` || ${d.string(`/${prefix.join('/')}`)}` : ''}`;
        references.push(`SELECT ${d.string(child.name)} AS ${id('table_name')}, t.${id('record_uid')}, t.${id('version_number')}, p.${id(currentColumn)}, ${element} AS ${id('element')}, t.${id(type.name)} AS ${id('target_type')}, t.${id(target.name)} AS ${id('target_uid')} FROM ${id(child.name)} t JOIN ${id(table.name)} p ON p.${id('record_uid')} = t.${id('record_uid')} AND p.${id('version_number')} = t.${id('version_number')} WHERE t.${id(target.name)} IS NOT NULL`);
      }
    }
    // A care plan put into effect refers to informed consent: absent, or a list with no item (no row in its child table).
    const status = table.columns.find((c) => c.path.join('/') === 'status/code');
    for (const name of consent.get(cls.name) ?? []) {
      const single = table.columns.find((c) => c.path.join('/') === `${name}/record_uid`);
      const list = children.find((c) => c.parent?.path[0] === name);
      const absent = single ? `t.${id(single.name)} IS NULL` : list ? `NOT EXISTS (SELECT 1 FROM ${id(list.name)} c WHERE c.${id('record_uid')} = t.${id('record_uid')} AND c.${id('version_number')} = t.${id('version_number')})` : undefined;
      if (status && absent) violations.push({ table: table.name, element: `/${name}`, rule: 'consent-before-care-plan', requirement: requirements.forRule('consent-before-care-plan'), where: `t.${id(status.name)} IN (${deliveredStatuses.map((code) => d.string(code)).join(', ')}) AND ${absent}` });
    }
    // An end before its start: in the record, or in a component it holds once (its columns flattened into the
    // record's table), wherever the class that declares the pair is embedded (a task's requested period).
    for (const { prefix, end, where } of datePairChecks(table.columns, cls, classes, pairs, d)) {
      violations.push({ table: table.name, element: `/${[...prefix, end].join('/')}`, rule: 'start-before-end', requirement: requirements.forRule('start-before-end'), where });
    }
  }
  // Versions 1, 2, 3 … with none missing: one row per record uid whose lowest version is not 1 or that skips one,
  // naming its lowest version held (current only when it is the only one).
  const [uid, version] = [id('record_uid'), id('version_number')];
  violations.push({
    table: versionsView,
    tableSql: `t.${id('table_name')}`,
    element: '/version_number',
    rule: 'version-sequence',
    requirement: requirements.forRule('version-sequence'),
    query: `SELECT ${id('table_name')}, ${uid}, MIN(${version}) AS ${version}, COUNT(*) = 1 AS ${id(currentColumn)} FROM ${id(versionsView)} GROUP BY ${id('table_name')}, ${uid} HAVING MIN(${version}) <> 1 OR MAX(${version}) <> COUNT(*)`,
  });
  // Each version of a record once: a table without keys (Spark SQL's) may hold two.
  violations.push({
    table: versionsView,
    tableSql: `t.${id('table_name')}`,
    element: '/version_number',
    rule: 'unique-record-version',
    requirement: requirements.forRule('unique-record-version'),
    query: `SELECT ${id('table_name')}, ${uid}, ${version}, MAX(CASE WHEN ${id(currentColumn)} THEN 1 ELSE 0 END) = 1 AS ${id(currentColumn)} FROM ${id(versionsView)} GROUP BY ${id('table_name')}, ${uid}, ${version} HAVING COUNT(*) > 1`,
  });
  if (references.length > 0) {
    const held = `SELECT 1 FROM ${id(recordsView)} r WHERE r.${id('record_type')} = t.${id('target_type')} AND r.${uid} = t.${id('target_uid')}`;
    violations.push({ table: referencesView, tableSql: `t.${id('table_name')}`, element: '', elementSql: `t.${id('element')}`, rule: 'reference-resolves', requirement: requirements.forRule('reference-resolves'), query: `SELECT * FROM ${id(referencesView)} t WHERE NOT EXISTS (${held})` });
  }
  const logs = relational.records.flatMap(({ table, children }) => children.filter((c) => c.parent?.path[0] === auditFields.changeLog).map((log) => ({ table, log })));
  violations.push(...changeLogViolations(d, requirements.forRule('change-log-consistent')));
  const selects = violations.map((v) => {
    const joined = v.parentTable === undefined ? '' : ` JOIN ${id(v.parentTable)} p ON p.${id('record_uid')} = t.${id('record_uid')} AND p.${id('version_number')} = t.${id('version_number')}`;
    const from = v.query === undefined ? `${id(v.table)} t${joined} WHERE ${v.where}` : `(${v.query}) t`;
    return `SELECT ${v.tableSql ?? d.string(v.table)} AS ${id('table_name')}, t.${id('record_uid')}, t.${id('version_number')}, ${v.parentTable === undefined ? 't' : 'p'}.${id(currentColumn)}, ${v.elementSql ?? d.string(v.element)} AS ${id('element')}, ${d.string(v.rule)} AS ${id('rule')}, ${v.requirement === undefined ? `CAST(NULL AS ${d.types.text})` : d.string(v.requirement)} AS ${id('requirement')} FROM ${from}`;
  });
  const versions = relational.records.map(({ cls, table }) => `SELECT ${d.string(table.name)} AS ${id('table_name')}, ${d.string(cls.name)} AS ${id('record_type')}, ${uid}, ${version}, ${id(currentColumn)} FROM ${id(table.name)}`);
  const entries = logs.map(({ table, log }) => changeLogEntries(table, log, d));
  return [
    `-- ${bannerText}`,
    `-- MODS ${model.standard.release}: the rules ${engineChecks.join(', ')} as SQL for ${d.title}. SELECT * FROM ${violationsView}: one row per violation.`,
    '',
    `${d.createView} ${id(versionsView)} AS\n${versions.join('\nUNION ALL\n')};`,
    '',
    `${d.createView} ${id(recordsView)} AS SELECT DISTINCT ${id('record_type')}, ${uid} FROM ${id(versionsView)};`,
    '',
    ...(entries.length === 0 ? [] : [`${d.createView} ${id(changeLogView)} AS\n${entries.join('\nUNION ALL\n')};`, '']),
    ...(references.length === 0 ? [] : [`${d.createView} ${id(referencesView)} AS\n${references.join('\nUNION ALL\n')};`, '']),
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

/** A record table's change-log entries as the rows of check__change_log: the same columns, whichever the class. */
function changeLogEntries(table: SqlTable, log: SqlTable, d: SqlDialect): string {
  const id = d.identifier;
  // A field a spec's change log lacks is null in every row (its rule then finds nothing).
  const col = (type: keyof SqlDialect['types'], ...path: string[]) => {
    const column = log.columns.find((c) => c.path.join('/') === path.join('/'));
    return column ? `c.${id(column.name)}` : `CAST(NULL AS ${d.types[type]})`;
  };
  const [uid, version, ordinal] = [id(auditFields.recordUid), id(auditFields.versionNumber), id(ordinalColumn)];
  return `SELECT ${d.string(log.name)} AS ${id('table_name')}, c.${uid}, c.${version}, c.${ordinal}, ${col('text', auditFields.entryRecordUid)} AS ${id('entry_record_uid')}, ${col('integer', auditFields.entryVersion)} AS ${id('entry_version')}, ${col('timestamp', auditFields.entryDate)} AS ${id('entry_date')}, ${col('text', auditFields.entryChangeType, 'code')} AS ${id('entry_change_type')}, p.${id(currentColumn)} FROM ${id(log.name)} c JOIN ${id(table.name)} p ON p.${uid} = c.${uid} AND p.${version} = c.${version}`;
}

/**
 * The change log agrees with the versions, as validate's change-log rule has it: no entry names another record or a
 * version after the record's; each version 1 to the record's has one entry (a second is reported at the second, a
 * gap once, on the log); the entry for version 1 says created; and, in version order, no entry is dated before the
 * one before it. Entries are the rows of check__change_log; a record with none has no log to judge.
 */
function changeLogViolations(d: SqlDialect, requirement: string | undefined): Violation[] {
  const id = d.identifier;
  const [table, uid, version, ordinal, current] = [id('table_name'), id(auditFields.recordUid), id(auditFields.versionNumber), id(ordinalColumn), id(currentColumn)];
  const [entryUid, entryVersion, date, changeType] = [id('entry_record_uid'), id('entry_version'), id('entry_date'), id('entry_change_type')];
  const log = id(changeLogView);
  const keys = `${table}, ${uid}, ${version}, ${current}`;
  const at = (field?: string) => `${d.string(`/${auditFields.changeLog}/`)} || CAST(${ordinal} - 1 AS ${d.types.text})${field === undefined ? '' : ` || ${d.string(`/${field}`)}`}`;
  const whole = d.string(`/${auditFields.changeLog}`);
  const inRange = `${entryVersion} >= 1 AND ${entryVersion} <= ${version}`;
  const record = `PARTITION BY ${table}, ${uid}, ${version}`;
  // Each entry for a version of the record, numbered in log order among the entries for the same version.
  const kept = `(SELECT ${keys}, ${ordinal}, ${entryVersion}, ${date}, ${changeType}, ROW_NUMBER() OVER (${record}, ${entryVersion} ORDER BY ${ordinal}) AS k FROM ${log} WHERE ${inRange})`;
  const rules = [
    `SELECT ${keys}, ${at(auditFields.entryRecordUid)} AS element FROM ${log} WHERE ${entryUid} <> ${uid}`,
    `SELECT ${keys}, ${at(auditFields.entryVersion)} AS element FROM ${log} WHERE ${entryVersion} > ${version}`,
    `SELECT ${keys}, ${at(auditFields.entryVersion)} AS element FROM ${kept} e WHERE k > 1`,
    `SELECT ${keys}, ${whole} AS element FROM (SELECT ${keys}, ${entryVersion}, LAG(${entryVersion}, 1, 0) OVER (${record} ORDER BY ${entryVersion}) AS previous FROM ${kept} e WHERE k = 1) g WHERE ${entryVersion} > previous + 1`,
    `SELECT ${keys}, ${whole} AS element FROM ${log} GROUP BY ${keys} HAVING COALESCE(MAX(CASE WHEN ${inRange} THEN ${entryVersion} END), 0) < ${version}`,
    `SELECT ${keys}, ${at(auditFields.entryChangeType)} AS element FROM ${kept} e WHERE k = 1 AND ${entryVersion} = 1 AND ${changeType} IS NOT NULL AND ${changeType} <> ${d.string('created')}`,
    `SELECT ${keys}, ${at(auditFields.entryDate)} AS element FROM (SELECT ${keys}, ${ordinal}, ${date}, LAG(${date}) OVER (${record} ORDER BY ${entryVersion}) AS previous FROM ${kept} e WHERE k = 1) g WHERE ${date} < previous`,
  ];
  return rules.map((query) => ({ table: changeLogView, tableSql: `t.${table}`, element: `/${auditFields.changeLog}`, elementSql: `t.${id('element')}`, rule: 'change-log-consistent' as const, requirement, query }));
}

type AddRule = (rule: Violation['rule'], requirement: string | undefined, where: string) => void;

/** The rules on a column's value (of a row aliased t): what its element allows, for a value that is there. */
function valueRulesFor(model: SpecModel, requirements: ReturnType<typeof requirementLookup>, d: SqlDialect, cls: ClassModel) {
  return (column: SqlColumn, { element, field }: { element: ElementModel; field?: string }, top: string, add: AddRule): void => {
    const c = `t.${d.identifier(column.name)}`;
    const set = element.type === 'coded' && element.valueSet !== undefined ? model.valueSets.find((v) => v.id === element.valueSet) : undefined;
    if (field === 'code' && set?.binding === 'required' && set.codes.length > 0) add('schema.enum', requirements.forKeyword('enum', top, cls.name), `${c} IS NOT NULL AND ${c} NOT IN (SELECT ${d.identifier('code')} FROM ${d.identifier(codeTableName(set.id))})`);
    if (field !== undefined) return;
    if (element.constraints.not_in_future === true && (column.role === 'date' || column.type === 'timestamp')) add('not-in-future', requirements.forRule('not-in-future'), `${c} > ${column.role === 'date' ? 'CURRENT_DATE' : 'CURRENT_TIMESTAMP'}`);
    if (element.type === 'text' && column.type === 'text') {
      if (element.constraints.format === 'nhs-number') add('nhs-number-check-digit', requirements.forRule('nhs-number-check-digit'), nhsNumberInvalid(c, d));
      if (element.constraints.format === 'ods-code') add('ods-code-format', requirements.forRule('ods-code-format'), `${c} IS NOT NULL AND NOT ${d.fullMatch(c, odsCodePattern.slice(1, -1))}`);
      // The schema's pattern (its own, its format's, or non-blank), as validate names it: an NHS number's verifies
      // the check-digit requirement; an ODS code's is the ods-code-format rule above.
      else {
        const requirement = element.constraints.format === 'nhs-number' ? requirements.forRule('nhs-number-check-digit') : requirements.forKeyword('pattern', top, cls.name);
        const own = element.constraints.pattern ?? (element.constraints.format ? formatPatterns[element.constraints.format] : undefined);
        if (own === undefined) add('schema.pattern', requirement, `${c} IS NOT NULL AND ${d.fullMatch(c, blankPattern(d))}`);
        else {
          const body = portablePattern(own);
          if (body !== undefined) add('schema.pattern', requirement, `${c} IS NOT NULL AND NOT ${d.fullMatch(c, body)}`);
        }
      }
      // Characters (code points), as a JSON Schema's maxLength counts them: each engine's LENGTH does.
      if (element.constraints.max_length !== undefined) add('schema.maxLength', requirements.forKeyword('maxLength', top, cls.name), `LENGTH(${c}) > ${element.constraints.max_length}`);
      if (element.constraints.min_length !== undefined) add('schema.minLength', requirements.forKeyword('minLength', top, cls.name), `LENGTH(${c}) < ${element.constraints.min_length}`);
    }
    if ((element.type === 'integer' || element.type === 'decimal') && (column.type === 'integer' || column.type === 'decimal')) {
      if (element.constraints.minimum !== undefined) add('schema.minimum', requirements.forKeyword('minimum', top, cls.name), `${c} < ${element.constraints.minimum}`);
      if (element.constraints.maximum !== undefined) add('schema.maximum', requirements.forKeyword('maximum', top, cls.name), `${c} > ${element.constraints.maximum}`);
    }
  };
}
