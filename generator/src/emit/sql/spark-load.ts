import type { SpecModel } from '../../model/types.ts';
import { bannerText } from '../files.ts';
import { spark, type SqlType } from './dialects.ts';
import { currentColumn, ordinalColumn, type SqlColumn, type SqlModel, type SqlTable } from './layout.ts';

/** The view load.sql reads: the NDJSON files as lines of text, which the steps in sql/README.md make. */
export const sparkLinesView = 'mods_lines';

/** A JSON field's type as from_json reads it: a leaf, a struct of fields, or a list. */
type JsonShape = { readonly leaf: string } | { readonly fields: Map<string, JsonShape> } | { readonly list: JsonShape };

/** How a value column is read from JSON: what cannot come typed (dates, times, JSON text) comes as a string. */
const jsonLeaf: Readonly<Record<SqlType, string>> = { text: 'STRING', integer: 'BIGINT', decimal: 'DECIMAL(38, 10)', boolean: 'BOOLEAN', date: 'STRING', timestamp: 'STRING', time: 'STRING', json: 'STRING' };

/**
 * generated/sql/spark/load.sql: the whole collection, from the view of NDJSON lines, into the tables of schema.sql,
 * each class's lines read by from_json with the class's own schema (so a field no record holds is still known),
 * repeating elements exploded into their child tables with their place, partial dates as their first day and
 * precision, and the current flag from each record's highest version. INSERT OVERWRITE: run again, the same tables.
 */
export function sparkLoadSql(model: SpecModel, relational: SqlModel): string {
  const id = spark.identifier;
  const out: string[] = [`-- ${bannerText}`, `-- MODS ${model.standard.release}: load the NDJSON records in the view ${sparkLinesView} into the tables of schema.sql (Spark SQL).`, ''];
  for (const { cls, table, children } of relational.records) {
    const shape = recordShape(table, children);
    const parsed = `mods__parsed__${table.name}`;
    out.push(`CREATE OR REPLACE TEMPORARY VIEW ${id(parsed)} AS SELECT from_json(value, ${spark.string(ddl(shape))}) AS j FROM ${id(sparkLinesView)} WHERE get_json_object(value, '$.record_type') = ${spark.string(cls.name)};`);
    const columns = table.columns.map((c) => (c.name === currentColumn ? `(j.${id('version_number')} = max(j.${id('version_number')}) OVER (PARTITION BY j.${id('record_uid')})) AS ${id(c.name)}` : `${expression(c, 'j')} AS ${id(c.name)}`));
    out.push(`INSERT OVERWRITE TABLE ${id(table.name)} SELECT\n  ${columns.join(',\n  ')}\nFROM ${id(parsed)};`);
    for (const child of children) {
      const element = child.parent!.path.map(id).join('.');
      const items = child.columns.map((c) => {
        if (c.name === 'record_uid' || c.name === 'version_number') return `j.${id(c.name)} AS ${id(c.name)}`;
        if (c.name === ordinalColumn) return `p.pos + 1 AS ${id(c.name)}`;
        return `${expression(c, 'p.item')} AS ${id(c.name)}`;
      });
      out.push(`INSERT OVERWRITE TABLE ${id(child.name)} SELECT\n  ${items.join(',\n  ')}\nFROM ${id(parsed)} LATERAL VIEW posexplode(j.${element}) p AS pos, item;`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The column's value, from the parsed record (or item), cast to its column's type. */
function expression(column: SqlColumn, base: string): string {
  const value = column.path.length === 0 ? base : `${base}.${column.path.map(spark.identifier).join('.')}`;
  switch (column.role) {
    case 'date':
      return `to_date(CASE length(${value}) WHEN 4 THEN concat(${value}, '-01-01') WHEN 7 THEN concat(${value}, '-01') ELSE ${value} END)`;
    case 'date-precision':
      return `CASE length(${value}) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END`;
    case 'json':
      return value;
    case 'value':
      return column.type === 'timestamp' ? `CAST(${value} AS TIMESTAMP)` : value;
  }
}

/** The JSON shape of a class's records: the record table's columns, and each child table's items as a list. */
function recordShape(table: SqlTable, children: readonly SqlTable[]): Map<string, JsonShape> {
  const root = new Map<string, JsonShape>();
  for (const c of table.columns) if (c.path.length > 0 && c.role !== 'date-precision') place(root, c.path, { leaf: jsonLeaf[c.type] });
  for (const child of children) {
    const item = child.columns.filter((c) => c.name !== 'record_uid' && c.name !== 'version_number' && c.name !== ordinalColumn && c.role !== 'date-precision');
    const scalar = item.length === 1 && item[0]!.path.length === 0;
    const fields = new Map<string, JsonShape>();
    if (!scalar) for (const c of item) place(fields, c.path, { leaf: jsonLeaf[c.type] });
    place(root, child.parent!.path, { list: scalar ? { leaf: jsonLeaf[item[0]!.type] } : { fields } });
  }
  return root;
}

function place(node: Map<string, JsonShape>, path: readonly string[], shape: JsonShape): void {
  const [key, ...rest] = path;
  if (rest.length === 0) {
    node.set(key!, shape);
    return;
  }
  let next = node.get(key!);
  if (!next || !('fields' in next)) node.set(key!, (next = { fields: new Map() }));
  place(next.fields, rest, shape);
}

/** A shape as the DDL from_json takes: `name TYPE, …`, structs as STRUCT<name: TYPE, …>, lists as ARRAY<…>. */
function ddl(fields: Map<string, JsonShape>): string {
  return [...fields].map(([name, shape]) => `${spark.identifier(name)} ${typeText(shape)}`).join(', ');
}

function typeText(shape: JsonShape): string {
  if ('leaf' in shape) return shape.leaf;
  if ('list' in shape) return `ARRAY<${typeText(shape.list)}>`;
  return `STRUCT<${[...shape.fields].map(([name, s]) => `${spark.identifier(name)}: ${typeText(s)}`).join(', ')}>`;
}
