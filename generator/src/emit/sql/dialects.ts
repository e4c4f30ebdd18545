/** The column types of the relational model, before a dialect names them. */
export type SqlType = 'text' | 'integer' | 'decimal' | 'boolean' | 'date' | 'timestamp' | 'time' | 'json';

/**
 * What differs between the SQL engines the model is written for: type names, how an identifier and a string are
 * quoted (the one place spec text becomes SQL, per engine), and how comments and keys are written.
 */
export interface SqlDialect {
  readonly name: 'duckdb' | 'postgres' | 'spark';
  /** The engine's name as people know it. */
  readonly title: string;
  readonly types: Readonly<Record<SqlType, string>>;
  identifier(name: string): string;
  string(text: string): string;
  /** Comments as COMMENT ON statements after the table (DuckDB, PostgreSQL), or inline in CREATE TABLE (Spark). */
  readonly comments: 'statements' | 'inline';
  /** Whether PRIMARY KEY and FOREIGN KEY are written (Spark SQL outside Unity Catalog has neither). */
  readonly keys: boolean;
  /** The statement that makes a view, replacing one of the same name. */
  readonly createView: string;
  /** How a table is made only where it is absent. */
  readonly createTable: string;
  /** Whether a text expression matches a regular expression whole (the pattern is ours, never spec text). */
  fullMatch(expression: string, pattern: string): string;
}

/** Standard SQL quoting: an identifier in double quotes, a string in single quotes, each quote doubled. */
const standardIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
const standardString = (text: string) => `'${text.replaceAll("'", "''")}'`;

export const duckdb: SqlDialect = {
  name: 'duckdb',
  title: 'DuckDB',
  types: { text: 'VARCHAR', integer: 'BIGINT', decimal: 'DECIMAL(38, 10)', boolean: 'BOOLEAN', date: 'DATE', timestamp: 'TIMESTAMPTZ', time: 'TIME', json: 'JSON' },
  identifier: standardIdentifier,
  string: standardString,
  comments: 'statements',
  keys: true,
  createView: 'CREATE OR REPLACE VIEW',
  createTable: 'CREATE TABLE IF NOT EXISTS',
  fullMatch: (expression, pattern) => `regexp_full_match(${expression}, ${standardString(pattern)})`,
};

export const postgres: SqlDialect = {
  name: 'postgres',
  title: 'PostgreSQL',
  types: { text: 'text', integer: 'bigint', decimal: 'numeric', boolean: 'boolean', date: 'date', timestamp: 'timestamptz', time: 'time', json: 'jsonb' },
  identifier: standardIdentifier,
  // With standard_conforming_strings on (the default since 9.1) a backslash is an ordinary character.
  string: standardString,
  comments: 'statements',
  keys: true,
  createView: 'CREATE OR REPLACE VIEW',
  createTable: 'CREATE TABLE IF NOT EXISTS',
  fullMatch: (expression, pattern) => `${expression} ~ ${standardString(`^(${pattern})$`)}`,
};

/**
 * Spark SQL (Databricks, EMR, Synapse): backquoted identifiers, and string literals in which a backslash escapes
 * (Spark's default), so a backslash and a quote are both escaped. No TIME type: a time of day is text.
 */
export const spark: SqlDialect = {
  name: 'spark',
  title: 'Spark SQL',
  types: { text: 'STRING', integer: 'BIGINT', decimal: 'DECIMAL(38, 10)', boolean: 'BOOLEAN', date: 'DATE', timestamp: 'TIMESTAMP', time: 'STRING', json: 'STRING' },
  identifier: (name) => `\`${name.replaceAll('`', '``')}\``,
  string: (text) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`,
  comments: 'inline',
  keys: false,
  createView: 'CREATE OR REPLACE VIEW',
  createTable: 'CREATE TABLE IF NOT EXISTS',
  fullMatch: (expression, pattern) => `${expression} RLIKE ${spark.string(`^(${pattern})$`)}`,
};

export const sqlDialects: readonly SqlDialect[] = [duckdb, postgres, spark];
