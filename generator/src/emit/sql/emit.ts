import type { SpecModel } from '../../model/types.ts';
import { bannerText, type GeneratedFile } from '../files.ts';
import { sqlDialects, type SqlDialect } from './dialects.ts';
import { currentColumn, sqlModel, type SqlColumn, type SqlModel, type SqlTable } from './layout.ts';
import { sqlReadme } from './readme.ts';
import { sparkLoadSql } from './spark-load.ts';
import { checksSql } from './checks.ts';
import { duckdb, postgres, spark } from './dialects.ts';

export const sqlDir = 'sql';

/**
 * generated/sql/<dialect>/schema.sql for DuckDB, PostgreSQL and Spark SQL: the code tables with their codes, a
 * table per record class (every version kept), a child table per repeating element, and a view of each class's
 * current versions; README.md says how the model is laid out and why. Running a schema twice changes nothing.
 */
export function emitSql(model: SpecModel): GeneratedFile[] {
  const relational = sqlModel(model);
  return [
    ...sqlDialects.map((dialect) => ({ path: `${sqlDir}/${dialect.name}/schema.sql`, content: schemaSql(model, relational, dialect) })),
    { path: `${sqlDir}/spark/load.sql`, content: sparkLoadSql(model, relational) },
    ...[duckdb, postgres, spark].map((dialect) => ({ path: `${sqlDir}/${dialect.name}/checks.sql`, content: checksSql(model, relational, dialect) })),
    { path: `${sqlDir}/README.md`, content: sqlReadme(model, relational) },
  ];
}

export function schemaSql(model: SpecModel, relational: SqlModel, d: SqlDialect): string {
  const out: string[] = [`-- ${bannerText}`, `-- MODS ${model.standard.release}: the relational model for ${d.title}. Running it again changes nothing.`, ''];
  const id = (name: string) => d.identifier(name);
  for (const { valueSet, name } of relational.codeTables) {
    const table: SqlTable = {
      name,
      comment: `Value set ${valueSet.name} (${valueSet.id}), ${valueSet.binding} binding: ${valueSet.description}`,
      primaryKey: ['code'],
      columns: [
        { name: 'code', type: 'text', path: [], role: 'value', notNull: true, comment: 'The code.' },
        { name: 'display', type: 'text', path: [], role: 'value', notNull: true, comment: 'What people are shown for it.' },
        { name: 'definition', type: 'text', path: [], role: 'value', notNull: false, comment: 'What it means.' },
        { name: 'system', type: 'text', path: [], role: 'value', notNull: false, comment: 'The code system it comes from, where there is one.' },
      ],
    };
    out.push(...createTable(table, d, []));
    const rows = valueSet.codes.map((c) => `(${[c.code, c.display].map(d.string).join(', ')}, ${c.definition === undefined ? 'NULL' : d.string(c.definition)}, ${valueSet.system === undefined ? 'NULL' : d.string(valueSet.system)})`);
    // Spark has no keys to conflict on: the codes are written over, so a second run leaves the same rows.
    out.push(d.keys ? `INSERT INTO ${id(name)} VALUES\n  ${rows.join(',\n  ')}\nON CONFLICT DO NOTHING;` : `INSERT OVERWRITE ${id(name)} VALUES\n  ${rows.join(',\n  ')};`, '');
  }
  for (const { table, children } of relational.records) {
    out.push(...createTable(table, d, []));
    // DuckDB cannot update a row that a foreign key refers to (the current flag changes with each new version), so
    // only PostgreSQL ties a child table's rows to their record's version.
    for (const child of children) out.push(...createTable(child, d, d.name === 'postgres' && child.parent ? [{ columns: ['record_uid', 'version_number'], table: child.parent.table, target: ['record_uid', 'version_number'] }] : [], d.childKeys));
  }
  out.push(...createTable(rejectsTable, d, []));
  for (const { cls, table } of relational.records) {
    out.push(`${d.createView} ${id(`current__${table.name}`)} AS SELECT * FROM ${id(table.name)} WHERE ${id(currentColumn)};`);
    if (d.comments === 'statements') out.push(`COMMENT ON VIEW ${id(`current__${table.name}`)} IS ${d.string(`The current version of each ${cls.publishedName} record.`)};`);
  }
  out.push('');
  return out.join('\n');
}

/** Where `asc-mods load` puts the records it refuses, with what was wrong: nothing is dropped silently. */
export const rejectsTable: SqlTable = {
  name: 'load__rejects',
  comment: 'Records asc-mods load refused, one row per distinct record text, with the findings that refused it (values masked as validate masks them).',
  primaryKey: ['record_sha256'],
  columns: [
    { name: 'record_sha256', type: 'text', path: [], role: 'value', notNull: true, comment: 'The SHA-256 of the record as read: the same record loaded again is the same row.' },
    { name: 'file', type: 'text', path: [], role: 'value', notNull: true, comment: 'The file it was read from, as given to load.' },
    { name: 'line', type: 'integer', path: [], role: 'value', notNull: false, comment: 'Its line in that file, where the format has lines.' },
    { name: 'record_number', type: 'integer', path: [], role: 'value', notNull: true, comment: 'Its place among the records of that file, from 1.' },
    { name: 'record_type', type: 'text', path: [], role: 'value', notNull: false, comment: 'The class it says it is, where it says one.' },
    { name: 'record_uid', type: 'text', path: [], role: 'value', notNull: false, comment: 'Its record uid, where it has one.' },
    { name: 'version_number', type: 'integer', path: [], role: 'value', notNull: false, comment: 'Its version number, where it has one.' },
    { name: 'findings', type: 'json', path: [], role: 'json', notNull: true, comment: 'What refused it: a list of {check, requirement, path, message}.' },
  ],
};

interface ForeignKey {
  readonly columns: readonly string[];
  readonly table: string;
  readonly target: readonly string[];
}

/** `primaryKey`: whether the table's key is declared (a child table's is not in DuckDB: SqlDialect.childKeys). */
function createTable(table: SqlTable, d: SqlDialect, keys: readonly ForeignKey[], primaryKey = true): string[] {
  const id = (name: string) => d.identifier(name);
  const inline = d.comments === 'inline';
  const lines = table.columns.map((c) => `  ${id(c.name)} ${d.types[c.type]}${c.notNull ? ' NOT NULL' : ''}${inline ? ` COMMENT ${d.string(c.comment)}` : ''}`);
  if (d.keys) {
    if (primaryKey) lines.push(`  PRIMARY KEY (${table.primaryKey.map(id).join(', ')})`);
    for (const c of table.columns) if (c.codeTable) lines.push(`  FOREIGN KEY (${id(c.name)}) REFERENCES ${id(c.codeTable)} (${id('code')})`);
    for (const k of keys) lines.push(`  FOREIGN KEY (${k.columns.map(id).join(', ')}) REFERENCES ${id(k.table)} (${k.target.map(id).join(', ')})`);
  }
  const out = [`${d.createTable} ${id(table.name)} (\n${lines.join(',\n')}\n)${inline ? ` COMMENT ${d.string(table.comment)}` : ''};`];
  if (!inline) {
    out.push(`COMMENT ON TABLE ${id(table.name)} IS ${d.string(table.comment)};`);
    for (const c of table.columns) out.push(`COMMENT ON COLUMN ${id(table.name)}.${id(c.name)} IS ${d.string(c.comment)};`);
  }
  out.push('');
  return out;
}

export type { SqlColumn };
