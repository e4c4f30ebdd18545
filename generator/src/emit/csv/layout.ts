import { concreteRecords } from '../../model/hierarchy.ts';
import { lookup } from '../../model/lookup.ts';
import type { ClassModel, ElementModel, SpecModel } from '../../model/types.ts';

/** How a cell is read back: as text, a number, true/false, or the JSON text of a value. */
export type CsvKind = 'string' | 'number' | 'boolean' | 'json';

/** One column of a class's CSV file: its header, where its value sits in the record, and how the cell is read. */
export interface CsvColumn {
  readonly header: string;
  readonly path: readonly string[];
  readonly kind: CsvKind;
}

/** The longest row a reader takes, in bytes (16 MB); a longer one is reported and skipped. */
export const maxRowBytes = 16 * 2 ** 20;

/** Single components nested deeper than this go as JSON in one cell. */
export const maxFlattenDepth = 3;

/** The fields of a reference, after the record type field. */
export const referenceFields = ['record_uid', 'display'] as const;

/**
 * The flat CSV layout of a class, in the element order of the class: the record type field first (records only);
 * a single scalar is one column; a coded element is the coding class's fields and a single component its own
 * elements, with dotted headers (components down to `maxFlattenDepth`, deeper ones as JSON); a reference is its
 * record type, record uid and display; an element that may repeat is one column holding a JSON array.
 */
export function csvLayout(model: SpecModel, cls: ClassModel): CsvColumn[] {
  const classes = lookup(model).classes;
  const typeField = model.conventions.record_type_field;
  const columnsOf = (element: ElementModel, path: readonly string[], depth: number): CsvColumn[] => {
    const header = path.join('.');
    if (element.cardinality?.max === '*') return [{ header, path, kind: 'json' }];
    switch (element.type) {
      case 'integer':
      case 'decimal':
        return [{ header, path, kind: 'number' }];
      case 'boolean':
        return [{ header, path, kind: 'boolean' }];
      case 'reference':
        return [typeField, ...referenceFields].map((field) => ({ header: `${header}.${field}`, path: [...path, field], kind: 'string' }));
      case 'coded':
      case 'component': {
        const target = classes.get(element.type === 'coded' ? model.conventions.coding : (element.target ?? ''));
        // A union of records, an unknown class or a component nested too deep: its JSON in one cell.
        const flat = target !== undefined && concreteRecords(model, target.name).length === 0 && (element.type === 'coded' || depth <= maxFlattenDepth);
        return flat ? target.elements.flatMap((e) => columnsOf(e, [...path, e.name], depth + 1)) : [{ header, path, kind: 'json' }];
      }
      default:
        return [{ header, path, kind: 'string' }];
    }
  };
  const first: CsvColumn[] = cls.kind === 'record' ? [{ header: typeField, path: [typeField], kind: 'string' }] : [];
  return [...first, ...cls.elements.flatMap((element) => columnsOf(element, [element.name], 1))];
}

/** A record → its cells in layout order: '' where a value is absent, text as it is, anything else as JSON. */
export function flattenRecord(record: unknown, columns: readonly CsvColumn[]): string[] {
  return columns.map((column) => {
    let value: unknown = record;
    for (const key of column.path) value = isObject(value) ? value[key] : undefined;
    if (value === undefined) return '';
    return typeof value === 'string' && column.kind !== 'json' ? value : JSON.stringify(value);
  });
}

/** A row read back into a record, and the headers of the JSON cells that did not parse. */
export interface UnflattenedRow {
  readonly value: Record<string, unknown>;
  readonly invalidJson: readonly string[];
}

/**
 * Cells → a nested record (the inverse of flattenRecord): columns[i] says where cells[i] goes, undefined to skip
 * it; empty cells are absent. A number or true/false that does not parse stays text, for the schema to report.
 */
export function unflattenRow(columns: readonly (CsvColumn | undefined)[], cells: readonly string[]): UnflattenedRow {
  const value: Record<string, unknown> = {};
  const invalidJson: string[] = [];
  columns.forEach((column, i) => {
    const cell = cells[i];
    if (column === undefined || cell === undefined || cell === '') return;
    const parsed = readCell(cell, column.kind);
    if (parsed === invalid) invalidJson.push(column.header);
    else setPath(value, column.path, parsed);
  });
  return { value, invalidJson };
}

const invalid = Symbol('invalid JSON');
const numberPattern = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function readCell(cell: string, kind: CsvKind): unknown {
  switch (kind) {
    case 'string':
      return cell;
    case 'number': {
      const n = numberPattern.test(cell) ? Number(cell) : NaN;
      return Number.isFinite(n) ? n : cell;
    }
    case 'boolean':
      return cell === 'true' ? true : cell === 'false' ? false : cell;
    case 'json':
      try {
        return JSON.parse(cell) as unknown;
      } catch {
        return invalid;
      }
  }
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    node = isObject(next) ? next : define<Record<string, unknown>>(node, key, {});
  }
  define(node, path[path.length - 1]!, value);
}

/** An own property even when the key is `__proto__` (headers of a file of unknown class are used as keys). */
function define<T>(node: Record<string, unknown>, key: string, value: T): T {
  if (key === '__proto__') Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  else node[key] = value;
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
