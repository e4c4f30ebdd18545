import { createHash } from 'node:crypto';
import { concreteRecords, recordClasses } from '../../model/hierarchy.ts';
import { lookup } from '../../model/lookup.ts';
import { auditFields } from '../../model/audit-fields.ts';
import { presenceAuthority } from '../../model/authority.ts';
import type { ClassModel, ElementModel, SpecModel, ValueSetModel } from '../../model/types.ts';
import type { SqlType } from './dialects.ts';

/** PostgreSQL cuts identifiers at 63 bytes; a longer name is shortened, with a digest so that two never meet. */
export const maxIdentifierLength = 63;

/** Joins the parts of a flattened name: `risk_category__code` (element names hold single underscores). */
export const nameJoin = '__';

/** Single components nested deeper than this go as JSON in one column, as in the CSV layout. */
const maxFlattenDepth = 3;

/** One column: its name, type, where its value sits in the record (or item), and what the spec says of it. */
export interface SqlColumn {
  readonly name: string;
  readonly type: SqlType;
  /** Keys from the record (or the repeated item) to the value; for a date's precision, the date's path. */
  readonly path: readonly string[];
  /** What the column holds of the value at its path: the value, or for a partial date its first day and its precision. */
  readonly role: 'value' | 'date' | 'date-precision' | 'json';
  readonly notNull: boolean;
  readonly comment: string;
  /** A code column of a required binding: the value set table whose codes it must hold. */
  readonly codeTable?: string;
}

/** A table: a record class's versions, or the items of one of its repeating elements (a child table). */
export interface SqlTable {
  readonly name: string;
  readonly comment: string;
  readonly columns: readonly SqlColumn[];
  readonly primaryKey: readonly string[];
  /** For a child table: its parent table and the element (path) whose items it holds. */
  readonly parent?: { readonly table: string; readonly path: readonly string[] };
}

/** The relational model of a spec: one table per record class, child tables for repeating elements, code tables. */
export interface SqlModel {
  readonly records: readonly { readonly cls: ClassModel; readonly table: SqlTable; readonly children: readonly SqlTable[] }[];
  readonly codeTables: readonly { readonly valueSet: ValueSetModel; readonly name: string }[];
}

/** The columns every record table starts with: the record's identity and version, and whether it is the current one. */
export const currentColumn = 'is_current';
export const ordinalColumn = 'ordinal';

/** A name no longer than PostgreSQL takes: as it is, or its first letters and a digest of the whole. */
export function sqlName(parts: readonly string[]): string {
  const name = parts.join(nameJoin);
  if (name.length <= maxIdentifierLength) return name;
  const digest = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${name.slice(0, maxIdentifierLength - digest.length - 1)}_${digest}`;
}

export const codeTableName = (valueSet: string) => sqlName(['vs', valueSet]);

export function sqlModel(model: SpecModel): SqlModel {
  const classes = lookup(model).classes;
  const valueSets = new Map(model.valueSets.map((v) => [v.id, v]));
  const coding = classes.get(model.conventions.coding);
  const typeField = model.conventions.record_type_field;
  const describe = (e: ElementModel) => `${e.publishedName}: ${e.description}`;
  // NOT NULL only where the published standard requires a value: a record built to it, which load takes, may leave
  // out what only the asc-mods model makes mandatory.
  const required = (e: ElementModel) => e.cardinality?.min === 1 && presenceAuthority(e, classes) === 'published';

  /** The columns of a value that is one (not repeating), flattened below `prefix`. */
  const columnsOf = (element: ElementModel, path: readonly string[], names: readonly string[], depth: number, notNull: boolean): SqlColumn[] => {
    const name = sqlName(names);
    const comment = describe(element);
    switch (element.type) {
      case 'text':
        return [{ name, type: 'text', path, role: 'value', notNull, comment }];
      case 'integer':
        return [{ name, type: 'integer', path, role: 'value', notNull, comment }];
      case 'decimal':
        return [{ name, type: 'decimal', path, role: 'value', notNull, comment }];
      case 'boolean':
        return [{ name, type: 'boolean', path, role: 'value', notNull, comment }];
      case 'date-time':
        return [{ name, type: 'timestamp', path, role: 'value', notNull, comment }];
      case 'time':
        return [{ name, type: 'time', path, role: 'value', notNull, comment }];
      case 'date':
        // A MODS date may be a year or a year and month: its first day, and how much of it was given.
        return [
          { name, type: 'date', path, role: 'date', notNull, comment: `${comment} (its first day, where only the year or month is known)` },
          { name: sqlName([...names, 'precision']), type: 'text', path, role: 'date-precision', notNull, comment: `How much of ${element.publishedName} was given: year, month or day.` },
        ];
      case 'reference':
        return [typeField, 'record_uid', 'display'].map((field) => ({ name: sqlName([...names, field]), type: 'text' as const, path: [...path, field], role: 'value' as const, notNull: notNull && field === 'record_uid', comment: `${comment} (${field === typeField ? 'the class referred to' : field === 'record_uid' ? 'the record uid referred to' : 'its display text'})` }));
      case 'coded': {
        const set = element.valueSet === undefined ? undefined : valueSets.get(element.valueSet);
        return (coding?.elements ?? []).map((field) => ({
          name: sqlName([...names, field.name]),
          type: 'text' as const,
          path: [...path, field.name],
          role: 'value' as const,
          notNull: notNull && field.name === 'code',
          comment: `${comment} (${field.publishedName})`,
          // A foreign key only where the published standard binds the codes: a record built to it may use others
          // where only the asc-mods model's value set is required (validate warns, load takes it).
          ...(field.name === 'code' && set?.binding === 'required' && set.authority === 'published' && set.codes.length > 0 ? { codeTable: codeTableName(set.id) } : {}),
        }));
      }
      case 'component': {
        const target = element.target === undefined ? undefined : classes.get(element.target);
        if (!target || depth > maxFlattenDepth || concreteRecords(model, target.name).length > 0) return [{ name, type: 'json', path, role: 'json', notNull, comment }];
        // An optional component's mandatory elements are only mandatory where the component is given.
        return target.elements.flatMap((e) => (e.cardinality?.max === '*' ? [{ name: sqlName([...names, e.name]), type: 'json' as const, path: [...path, e.name], role: 'json' as const, notNull: false, comment: describe(e) }] : columnsOf(e, [...path, e.name], [...names, e.name], depth + 1, notNull && required(e))));
      }
    }
  };

  const records = recordClasses(model).map((cls) => {
    const tableName = sqlName([cls.name]);
    const key = [auditFields.recordUid, auditFields.versionNumber];
    const children: SqlTable[] = [];
    const columns: SqlColumn[] = [];
    for (const element of cls.elements) {
      if (element.cardinality?.max === '*') {
        children.push(childTable(cls, element));
        continue;
      }
      columns.push(...columnsOf(element, [element.name], [element.name], 1, required(element)));
    }
    columns.push({ name: currentColumn, type: 'boolean', path: [], role: 'value', notNull: true, comment: 'Whether this row is the record’s current (highest) version.' });
    const table: SqlTable = { name: tableName, comment: `${cls.publishedName}: ${cls.description} One row per version of each record.`, columns, primaryKey: key };
    return { cls, table, children };

    function childTable(owner: ClassModel, element: ElementModel): SqlTable {
      const item: SqlColumn[] =
        element.type === 'component' || element.type === 'coded' || element.type === 'reference'
          ? columnsOf(element, [], [], 1, true).map((c) => (c.name === '' ? { ...c, name: 'value' } : c))
          : columnsOf(element, [], ['value'], 1, true);
      // An item's own column that has a key's name (a change-log entry's record_uid) is item__record_uid.
      const keys = new Set<string>([auditFields.recordUid, auditFields.versionNumber, ordinalColumn]);
      const columns: SqlColumn[] = [
        { name: auditFields.recordUid, type: 'text', path: [], role: 'value', notNull: true, comment: `The record uid of the ${owner.publishedName} record this item belongs to.` },
        { name: auditFields.versionNumber, type: 'integer', path: [], role: 'value', notNull: true, comment: 'The version of that record.' },
        { name: ordinalColumn, type: 'integer', path: [], role: 'value', notNull: true, comment: `The item's place in the list, from 1.` },
        ...item.map((c) => (keys.has(c.name) ? { ...c, name: sqlName(['item', c.name]) } : c)),
      ];
      return {
        name: sqlName([owner.name, element.name]),
        comment: `${describe(element)} One row per item, in the order given, of each version of each ${owner.publishedName} record.`,
        columns,
        primaryKey: [auditFields.recordUid, auditFields.versionNumber, ordinalColumn],
        parent: { table: tableName, path: [element.name] },
      };
    }
  });

  const codeTables = model.valueSets.filter((v) => v.codes.length > 0).map((valueSet) => ({ valueSet, name: codeTableName(valueSet.id) }));
  return { records, codeTables };
}
