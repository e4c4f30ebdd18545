import { duckdbDialect, type SqlColumn, type SqlModel, type SqlTable } from '../../generator/src/kit.ts';
import { BatchStatements, stagePrefix } from './statements.ts';

/**
 * DuckDB flattens the records itself: each valid record is staged whole, as its JSON text in UTF-8 (a BLOB), and
 * SQL parses it once per record into a struct typed from the relational model (`from_json`), from which the
 * record's row and its child rows are inserted. DuckDB's JSON reader does in C++, on its own threads, what rows.ts
 * does in JavaScript for PostgreSQL; the result is the same rows (conformance/test/load-flatten.test.ts compares
 * them table by table).
 */
export const docsStage = `${stagePrefix}docs`;
/** The struct-typed documents of one class, for the statements that insert its rows. */
export const parsedStage = `${stagePrefix}parsed`;

/** The shape `from_json` reads a record into: each key to a nested shape, a list of one, or a leaf type. */
type Shape = { [key: string]: Shape | [Shape | Leaf] | Leaf };
type Leaf = 'VARCHAR' | 'JSON';

/** The columns the loader fills itself in a child table: the record's identity and the item's place. */
const childKeys: ReadonlySet<string> = new Set(['record_uid', 'version_number', 'ordinal']);

const d = duckdbDialect;
const id = (name: string) => d.identifier(name);

export class DocumentStatements {
  private readonly rows = new BatchStatements(d);

  createStage(): string {
    return `CREATE TEMP TABLE IF NOT EXISTS ${id(docsStage)} (seq INTEGER, cls INTEGER, record_uid VARCHAR, version_number BIGINT, doc BLOB)`;
  }

  clearStage(): string {
    return `DELETE FROM ${id(docsStage)}`;
  }

  /**
   * The staged documents of class `cls` whose record uid and version the table does not hold yet, each parsed once.
   * A load refuses a record uid and version it has already read (load.ts), so the batch holds each at most once.
   */
  parse(cls: number, entry: SqlModel['records'][number]): string {
    const t = id(entry.table.name);
    const shape = d.string(JSON.stringify(recordShape(entry)));
    return `CREATE OR REPLACE TEMP TABLE ${id(parsedStage)} AS SELECT s.seq, s.record_uid, s.version_number, from_json(decode(s.doc), ${shape}) AS r FROM ${id(docsStage)} s WHERE s.cls = ${cls} AND NOT EXISTS (SELECT 1 FROM ${t} x WHERE x.record_uid = s.record_uid AND x.version_number = s.version_number)`;
  }

  /**
   * A record's row, not current until `moveCurrent` says so. (Flagged at its record's highest version in the batch
   * here, as rows.ts's `markLatest` does for PostgreSQL, a load of 101 MB was no faster: a median 3.92 s against 3.70
   * s over six paired rounds, DuckDB's UPDATE of the flags being cheaper than the window.)
   */
  insertRecord(table: SqlTable): string {
    const values = table.columns.map((c) => (c.name === 'is_current' ? 'false' : cast(c, access('p.r', c.path))));
    return `INSERT INTO ${id(table.name)} (${table.columns.map((c) => id(c.name)).join(', ')}) SELECT ${values.join(', ')} FROM ${id(parsedStage)} p`;
  }

  /** A child table's rows: one per item of the list at its path, numbered from 1 in the list's order. */
  insertChild(table: SqlTable): string {
    const list = access('p.r', table.parent!.path);
    const values = table.columns.map((c) => (childKeys.has(c.name) ? id(c.name) : cast(c, c.path.length === 0 ? 'item' : access('item', c.path))));
    return `INSERT INTO ${id(table.name)} (${table.columns.map((c) => id(c.name)).join(', ')}) SELECT ${values.join(', ')} FROM (SELECT p.record_uid, p.version_number, unnest(${list}) AS item, generate_subscripts(${list}, 1) AS ordinal FROM ${id(parsedStage)} p WHERE ${list} IS NOT NULL)`;
  }

  /** Each touched record's highest version is its current one, and only that: the rule of the rows' batches. */
  moveCurrent(cls: number, table: SqlTable): string {
    return this.rows.moveCurrent(table, `SELECT record_uid FROM ${id(docsStage)} WHERE cls = ${cls}`);
  }
}

/**
 * A record's JSON text as DuckDB reads it: the text it was read from (`read`), or the value written as JSON. A lone
 * surrogate (a string JavaScript allows and UTF-8 cannot hold), which JSON.stringify writes as a \uXXXX escape and a
 * file may hold as one, DuckDB's JSON reader refuses, failing the batch; it is stored as U+FFFD instead, as text
 * given to DuckDB or to PostgreSQL always becomes. A pair is written as it is, so an escape of a surrogate is a lone
 * one (or a backslash before the letters, or a pair written as escapes: then the slower path is taken for nothing).
 */
export function documentText(value: unknown, read?: string): string {
  // The text the value was read from, where there is one, is the value's document as it is: writing the value again
  // took 0.7 s of a 101 MB load. It may differ only in white space and in how numbers are written (1.0, 1e2),
  // which DuckDB reads as the same values; an integer past 2^53 it keeps exactly, where JavaScript rounds.
  if (read !== undefined && !surrogateEscape.test(read)) return read;
  const text = JSON.stringify(value);
  return surrogateEscape.test(text) ? JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.replace(loneSurrogate, '\ufffd') : v)) : text;
}

/**
 * A record's document as the UTF-8 bytes DuckDB is given: the bytes it was read from where the reader kept them (an
 * NDJSON line) and its text needs nothing changed, else `documentText` encoded. A batch holds its documents until
 * it goes to the database; as bytes they are outside V8's heap, where 100 MB of strings were copied by the
 * collections that found them alive, and DuckDB takes them as they are (a load of 101 MB, cold, as processes:
 * medians 3.47 s against 3.59 s over six paired rounds, 3.72 s against 3.83 s over five).
 */
export function documentOf(value: unknown, read?: string, bytes?: Uint8Array): Uint8Array {
  if (bytes !== undefined && read !== undefined && !surrogateEscape.test(read)) return bytes;
  return Buffer.from(documentText(value, read), 'utf8');
}

const surrogateEscape = /\\ud[89a-f][0-9a-f]{2}/i;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A record class's shape: every column's path, and each child table's list of items. */
export function recordShape(entry: SqlModel['records'][number]): Shape {
  const shape: Shape = {};
  for (const c of entry.table.columns) if (c.path.length > 0) put(shape, c.path, leaf(c));
  for (const child of entry.children) {
    const own = child.columns.filter((c) => !childKeys.has(c.name));
    // A list of plain values (text, dates) has one column at the item itself; otherwise each item is a shape.
    const item: Shape | Leaf = own.length === 1 && own[0]!.path.length === 0 ? leaf(own[0]!) : own.reduce<Shape>((s, c) => (put(s, c.path, leaf(c)), s), {});
    put(shape, child.parent!.path, [item]);
  }
  return shape;
}

/** Every value is read as text (a number as its JSON text, a boolean as true or false) and cast as rows.ts's cells are. */
function leaf(c: SqlColumn): Leaf {
  return c.role === 'json' ? 'JSON' : 'VARCHAR';
}

function put(shape: Shape, path: readonly string[], value: Shape[string]): void {
  let node = shape;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === undefined || typeof next !== 'object' || Array.isArray(next)) node[key] = {};
    node = node[key] as Shape;
  }
  // A date's column and its precision's read the same value.
  node[path[path.length - 1]!] ??= value;
}

function access(base: string, path: readonly string[]): string {
  return [base, ...path.map(id)].join('.');
}

/** The cell's value from the text at its path, as rows.ts gives it: a partial date as its first day and precision. */
function cast(c: SqlColumn, v: string): string {
  switch (c.role) {
    case 'json':
      return v;
    case 'date':
      return `CAST(CASE length(${v}) WHEN 4 THEN ${v} || '-01-01' WHEN 7 THEN ${v} || '-01' ELSE ${v} END AS DATE)`;
    case 'date-precision':
      return `CASE WHEN ${v} IS NULL THEN NULL WHEN length(${v}) = 4 THEN 'year' WHEN length(${v}) = 7 THEN 'month' ELSE 'day' END`;
    case 'value':
      return c.type === 'text' ? v : `CAST(${v} AS ${d.types[c.type]})`;
  }
}
