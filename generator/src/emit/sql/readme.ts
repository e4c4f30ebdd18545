import type { SpecModel } from '../../model/types.ts';
import { bannerText, type GeneratedFile } from '../files.ts';
import { sqlDialects } from './dialects.ts';
import { maxIdentifierLength, type SqlModel } from './layout.ts';

/** generated/sql/README.md: the relational model's layout, and why it is laid out so. */
export function sqlReadme(model: SpecModel, relational: SqlModel): GeneratedFile['content'] {
  const tables = relational.records.reduce((n, r) => n + 1 + r.children.length, 0);
  const rows = relational.records.map(({ cls, table, children }) => `| \`${table.name}\` | ${cls.publishedName} | ${table.columns.length} | ${children.map((c) => `\`${c.name}\``).join(', ') || '—'} |`);
  return `<!-- ${bannerText} -->
# The relational model (MODS ${model.standard.release})

\`schema.sql\` for each engine (${sqlDialects.map((d) => `[${d.title}](${d.name}/schema.sql)`).join(', ')}) creates the
same model: ${relational.records.length} record tables and their ${tables - relational.records.length} child tables,
${relational.codeTables.length} code tables, and a view of each class's current versions. Run it into an empty database or
schema, or again over one it made: it creates only what is absent and writes the codes again.

## How it is laid out, and why

- **A table per record class, every version kept.** Its key is \`record_uid\` and \`version_number\`; \`is_current\`
  marks each record's highest version, and the view \`current__<class>\` holds those rows alone, which is what most
  questions ask about.
- **Flat columns for what occurs once**, so that a BI tool sees one column per element: a component's elements by
  their dotted path with \`__\` (\`demographics__date_of_birth\`), a coded value as \`<element>__system\`,
  \`__code\` and \`__display\`, a reference as \`<element>__record_type\`, \`__record_uid\` and \`__display\`.
  Components nested more than three deep, and lists inside a repeated item, are one JSON column.
- **A child table for each element that may repeat** (\`<class>__<element>\`: the change log, addresses, codes that
  repeat), keyed by the record's uid and version and the item's \`ordinal\` (from 1, in the order given), because a
  join is what every BI tool and SQL user already knows, where nested types (DuckDB's and Spark's structs and lists,
  PostgreSQL's arrays) each need their own syntax and most BI tools show them as text.
- **Partial dates**: a MODS date may be a year or a year and month. Its column is a DATE holding the first day, and
  \`<element>__precision\` says how much was given (year, month or day), so dates sort and compare as dates.
- **Code tables** (\`vs__<value set>\`: code, display, definition, system), one per value set. A code column whose
  codes the published standard binds (required) has a foreign key to its table (not in Spark SQL, which has none);
  where only the asc-mods model's value set is required, as for every value set today, a record built to the
  published standard may hold other codes, so there is no key: join the code table to read the display.
- **NOT NULL** only where the published standard requires a value: what only the asc-mods model makes mandatory
  may be absent, as \`validate\` (and so \`load\`) allows.
- **References are not foreign keys**: MODS lets a record refer to one held elsewhere (\`validate\` warns, it does not
  refuse), so an enforced key would refuse valid data. Join \`<element>__record_uid\` to the target class's
  \`record_uid\` (in \`current__<class>\` for its current version).
- **Comments** carry each table's and column's published name and description (\`COMMENT ON\`, or Spark's inline
  \`COMMENT\`).
- Names longer than ${maxIdentifierLength} characters (PostgreSQL's limit) are shortened to their first letters and a digest of
  the whole, the same in every engine.
- PostgreSQL also ties each child row to its record's version (a foreign key); DuckDB cannot update a row a foreign
  key refers to, and the current flag changes with each new version, so there the tie is by convention. So is a
  DuckDB child table's key (record uid, version, ordinal): DuckDB keeps a declared key as an index, which every
  insert updates and every checkpoint writes, and \`load\` makes a version's items once, numbered in order, so the
  key holds without it (a load of 101 MB took 15% less time). The record tables declare their key in every engine
  but Spark SQL.

## Spark SQL: a national collection on an existing cluster

Nothing here runs Spark: the Spark SQL files are checked by an independent Spark SQL grammar (DTStack's
\`dt-sql-parser\`) in the tests, not run. On Databricks, EMR or Synapse:

1. Make the tables once: run [\`spark/schema.sql\`](spark/schema.sql) in the database you choose
   (\`CREATE DATABASE mods; USE mods;\` first).
2. Validate the providers' files (\`asc-mods validate\`), and put the NDJSON where the cluster reads (S3, ADLS, DBFS).
3. Name them as the view \`mods_lines\`, one line of text a record:
   \`CREATE OR REPLACE TEMPORARY VIEW mods_lines USING text OPTIONS (path 's3://bucket/mods/2026-11/*.ndjson');\`
4. Run [\`spark/load.sql\`](spark/load.sql): each class's lines are read with the class's own schema
   (\`from_json\`), into its table and child tables, with every version and the current flag; \`INSERT OVERWRITE\`,
   so running it again on the same files gives the same tables.
5. Query the \`current__<class>\` views, as on DuckDB or PostgreSQL.

## Checks inside the engine

\`<engine>/checks.sql\` (DuckDB, PostgreSQL and Spark SQL) makes the view \`check__violations\`: one row per
violation (table, record uid, version, current flag, element as validate's JSON Pointer names it, rule,
requirement), for the rules SQL can check over the tables: a required element of the record absent
(\`schema.required\`, whichever authority requires it, so what only the asc-mods model requires shows too; inside a
component held once, where another of its fields shows it is there); in any
column of a record's table, however deep in its components, a code outside the value set a required binding names
(\`schema.enum\`), text not of its pattern's form, or blank, with nothing but white space as JavaScript's \`\\s\`
counts it (\`schema.pattern\`: the patterns every engine reads as JavaScript does, which today is all of them), text longer or shorter than its element allows (\`schema.maxLength\`, \`schema.minLength\`), a
number outside its bounds (\`schema.minimum\`, \`schema.maximum\`), a date of the past later than now
(\`not-in-future\`) and an NHS number whose Modulus 11 check digit is wrong or that is ten of one digit
(\`nhs-number-check-digit\`), an ODS code not of its form (\`ods-code-format\`); the same rules, and a field each item requires, in the items of lists (the rows
of child tables, named by their place: \`/change_log/2/date\`); an end before its start (\`start-before-end\`: in the
record, in a component it holds once such as a task's requested period, and in a list's items); a record whose versions do not run 1,
2, 3 with none missing (\`version-sequence\`: one row per record uid, naming its lowest version held; \`validate\`
does not judge a record uid with a version outside 1 to 31, the SQL does; a version \`asc-mods load\` rejected is
not in the tables, so the record's later versions show a gap here that the file did not have); and a reference to a record of that
class and uid the tables do not hold (\`reference-resolves\`, over the view \`check__records\`: at the top of a record,
in a component it holds once, and in a list, of references or of components, at the item's place); and a change log
that disagrees with its versions (\`change-log-consistent\`: an entry naming another record or a later version, a
version with no entry or two, the entry for version 1 not saying created, an entry dated before the one before it);
a version held twice (\`unique-record-version\`: DuckDB's and PostgreSQL's keys refuse one, Spark's tables have none);
and a care plan put into effect that refers to no informed consent (\`consent-before-care-plan\`). The rows carry no
values: each names where to look. It rests on four views over every table, useful on their own:
\`check__versions\` (every version of every record, with its table and class), \`check__records\` (every record by
class and uid), \`check__references\` (every reference, at the top of a record, in its components and in its lists, and what it names) and
\`check__change_log\` (every change-log entry, with its record's current flag). A test loads a synthetic file with defects into DuckDB and PostgreSQL and finds
the same violations, one for one, as \`validate --profile full\` finds of those rules in the records loaded. Not in
SQL: the rules inside JSON columns (lists within components, components nested past the flattened depth); a spec
pattern outside the subset RE2, PostgreSQL and Java all read as JavaScript does (\`\\d\`, \`\\w\`, a dot, lookaround,
lazy quantifiers: none in this spec); and a field required inside a component given with no other field (\`{}\`: its
flattened columns look as if it were absent): those are \`validate\`'s. The Spark SQL file is parsed by the grammar above, not run.

## Tables

| table | class | columns | child tables |
|---|---|---|---|
${rows.join('\n')}
`;
}
