import type { SqlColumn, SqlModel, SqlTable } from '../../generator/src/kit.ts';
import type { BatchRecord, TableBatch } from './target.ts';

type Json = Record<string, unknown>;

/** A record as the rows of its class's tables, each cell as text (or null) for the engine to cast to its column's type. */
export interface RecordRows {
  readonly table: SqlTable;
  readonly row: readonly (string | null)[];
  /** Each child table's rows: one per item of the repeating element, in order. */
  readonly children: readonly { readonly table: SqlTable; readonly rows: readonly (readonly (string | null)[])[] }[];
}

/** The tables of each record class, by class name. */
export function tablesByClass(model: SqlModel): ReadonlyMap<string, SqlModel['records'][number]> {
  return new Map(model.records.map((r) => [r.cls.name, r]));
}

/** A valid record → its rows: the class table's row (not current until the loader says so), and its child rows. */
export function recordRows(record: Readonly<Json>, tables: SqlModel['records'][number]): RecordRows {
  const uid = String(record['record_uid']);
  const version = String(record['version_number']);
  const row = tables.table.columns.map((c) => (c.name === 'is_current' ? 'false' : cell(record, c)));
  const children = tables.children.map((table) => {
    const items = valueAt(record, table.parent!.path);
    const list = Array.isArray(items) ? items : items === undefined ? [] : [items];
    const rows = list.map((item, i) =>
      table.columns.map((c) => {
        if (c.name === 'record_uid') return uid;
        if (c.name === 'version_number') return version;
        if (c.name === 'ordinal') return String(i + 1);
        return cell(item, c);
      }),
    );
    return { table, rows };
  });
  return { table: tables.table, row, children };
}

/** A value as the text its column's type is cast from; a partial date as its first day and its precision. */
function cell(node: unknown, column: SqlColumn): string | null {
  const value = valueAt(node, column.path);
  if (value === undefined || value === null) return null;
  switch (column.role) {
    case 'json':
      return JSON.stringify(value);
    case 'date':
      return typeof value === 'string' ? firstDay(value) : null;
    case 'date-precision':
      return typeof value === 'string' ? ['year', 'month', 'day'][value.split('-').length - 1] ?? null : null;
    case 'value':
      return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  }
}

function firstDay(date: string): string {
  const parts = date.split('-');
  return [parts[0], parts[1] ?? '01', parts[2] ?? '01'].join('-');
}

function valueAt(node: unknown, path: readonly string[]): unknown {
  let value = node;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Json)[key];
  }
  return value;
}

/** A batch's records as the rows of their tables, each row led by its record's place in the batch (a record kept as its document parsed again). */
export function tableBatches(records: readonly BatchRecord[]): TableBatch[] {
  const byTable = new Map<string, { table: SqlTable; kind: 'record' | 'child'; rows: (string | null)[][] }>();
  const rowsOf = (table: SqlTable, kind: 'record' | 'child') => {
    let entry = byTable.get(table.name);
    if (!entry) byTable.set(table.name, (entry = { table, kind, rows: [] }));
    return entry.rows;
  };
  for (const record of records) {
    const rows = recordRows('value' in record ? record.value : (JSON.parse(Buffer.from(record.document).toString('utf8')) as Json), record.tables);
    const seq = String(record.seq);
    rowsOf(rows.table, 'record').push([seq, ...rows.row]);
    for (const child of rows.children) if (child.rows.length > 0) rowsOf(child.table, 'child').push(...child.rows.map((r) => [seq, ...r]));
  }
  const batches = [...byTable.values()];
  for (const batch of batches) if (batch.kind === 'record') markLatest(batch.table, batch.rows);
  return batches;
}

/**
 * Flags as current, in a record table's staged rows (its place in the batch first), each record's highest version in
 * the batch. The loader's UPDATE of the current flags (statements.ts's `moveCurrent`) then changes only what the
 * batch alone cannot know (a higher version already in the table, or a lower one it supersedes), where with every
 * row staged not current it rewrote the latest version of every record.
 */
export function markLatest(table: SqlTable, rows: (string | null)[][]): void {
  const at = (name: string) => table.columns.findIndex((c) => c.name === name) + 1;
  const [uidAt, versionAt, currentAt] = [at('record_uid'), at('version_number'), at('is_current')];
  if (uidAt === 0 || versionAt === 0 || currentAt === 0) return;
  const highest = new Map<string | null, number>();
  for (const row of rows) highest.set(row[uidAt]!, Math.max(highest.get(row[uidAt]!) ?? -Infinity, Number(row[versionAt])));
  for (const row of rows) row[currentAt] = Number(row[versionAt]) === highest.get(row[uidAt]!) ? 'true' : 'false';
}
