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
  /**
   * Whether a child table's key (record uid, version, ordinal) is written as its PRIMARY KEY. In DuckDB it is kept by
   * convention: a key is an index that every insert keeps up and every checkpoint writes, and a child table's rows
   * are made with their record's version, numbered in order, so its key holds by construction (load.ts refuses a
   * record uid and version twice, and the record table's own key is declared). Without the index on the 138 child
   * tables a load of 101 MB took 3.73 s against 4.36 s (medians of four paired rounds, cold, as processes).
   */
  readonly childKeys: boolean;
  /** The statement that makes a view, replacing one of the same name. */
  readonly createView: string;
  /** How a table is made only where it is absent. */
  readonly createTable: string;
  /**
   * Whether a text expression matches a regular expression whole: a pattern of ours, or a spec's pattern that
   * patterns.ts found portable (then quoted by string(), the one place its text becomes SQL).
   */
  fullMatch(expression: string, pattern: string): string;
  /** A character of a regular expression by its code point, as the engine's regex syntax writes one. */
  regexCodePoint(codePoint: number): string;
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
  childKeys: false,
  createView: 'CREATE OR REPLACE VIEW',
  createTable: 'CREATE TABLE IF NOT EXISTS',
  fullMatch: (expression, pattern) => `regexp_full_match(${expression}, ${standardString(pattern)})`,
  // RE2: \x{hex}.
  regexCodePoint: (cp) => `\\x{${cp.toString(16).toUpperCase()}}`,
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
  childKeys: true,
  createView: 'CREATE OR REPLACE VIEW',
  createTable: 'CREATE TABLE IF NOT EXISTS',
  fullMatch: (expression, pattern) => `${expression} ~ ${standardString(`^(${pattern})$`)}`,
  // Advanced regular expressions: \uwxyz, exactly four hexadecimal digits (the code points used are all below 0x10000).
  regexCodePoint: (cp) => `\\u${cp.toString(16).padStart(4, '0')}`,
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
  childKeys: false,
  createView: 'CREATE OR REPLACE VIEW',
  createTable: 'CREATE TABLE IF NOT EXISTS',
  fullMatch: (expression, pattern) => `${expression} RLIKE ${spark.string(`^(${pattern})$`)}`,
  // Java's \uhhhh (string() doubles the backslash, which Spark's literal then undoes).
  regexCodePoint: (cp) => `\\u${cp.toString(16).padStart(4, '0')}`,
};

export const sqlDialects: readonly SqlDialect[] = [duckdb, postgres, spark];
