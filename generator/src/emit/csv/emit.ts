import { recordClasses } from '../../model/hierarchy.ts';
import type { SpecModel } from '../../model/types.ts';
import { bannerText, type GeneratedFile } from '../files.ts';
import { csvRow } from './escape.ts';
import { csvLayout, maxFlattenDepth, maxRowBytes, referenceFields } from './layout.ts';

export const csvDir = 'csv';

/**
 * generated/csv/: a template per record class (`<class>.csv`, its header row, LF) and README.md, which documents the
 * layout. The templates carry no banner: a CSV file's first row must be its header.
 */
export function emitCsvTemplates(model: SpecModel): GeneratedFile[] {
  const classes = recordClasses(model);
  const templates = classes.map((cls) => {
    const columns = csvLayout(model, cls);
    return { path: `${csvDir}/${cls.name}.csv`, content: csvRow(columns.map((c) => c.header)), columns: columns.length };
  });
  const rows = classes.map((cls, i) => `| [\`${cls.name}.csv\`](${cls.name}.csv) | ${templates[i]!.columns} |`);
  return [...templates.map(({ path, content }) => ({ path, content })), { path: `${csvDir}/README.md`, content: readme(model, rows) }];
}

function readme(model: SpecModel, rows: readonly string[]): string {
  const typeField = model.conventions.record_type_field;
  const coding = model.conventions.coding;
  const codingFields = model.classes.find((c) => c.name === coding)?.elements.map((e) => `\`<name>.${e.name}\``) ?? [];
  const referenceColumns = [typeField, ...referenceFields].map((f) => `\`<name>.${f}\``);
  return `<!-- ${bannerText} -->
# CSV layout

${bannerText}

Records of one class can be exchanged as a flat CSV file, one record per row. \`<class>.csv\` here is the template
of each record class: its header row alone. The layout is derived from the spec by the generator, so it changes
only when the spec does.

## The file

- UTF-8 (a byte-order mark at the start is allowed) and RFC 4180: cells are separated by commas; a cell that holds
  a comma, a quote, CR or LF is quoted, and a quote inside it is doubled. Rows end in LF (as the templates do) or
  CRLF; the last row may end without one. Blank lines are skipped.
- The first row is the header. The reader matches columns by header, so their order is free and a column may be
  left out (its element is then absent). A header the class does not have is reported once, on the first row of
  the class (\`input.csv-header\`), and its cells are ignored.
- \`${typeField}\` comes first: the class of the row. A file may mix classes when every row states its \`${typeField}\`;
  otherwise the reader is told the class (from the file name, for example) and states it in every record.
- Every row has as many cells as the header (\`input.csv-columns\`). A row longer than ${maxRowBytes / 2 ** 20} MB is skipped
  (\`input.line-too-long\`), as is a row that is not UTF-8 (\`input.invalid-utf8\`) and one with a quote out of
  place (\`input.csv-quote\`); a quoted cell still open at the end of the file is reported as \`input.truncated\`.
  Problems are located by record (the 1-based data row) and row (the line of the file where the row starts).

## The columns

Columns follow the element order of the class (every element a record carries: the versioned-record elements, the
change log, inherited, included, then its own).

| element | columns |
|---|---|
| a single text, date, date-time, time, integer, decimal or boolean | one column named as the element |
| a single coded element | the fields of the coding class \`${coding}\`: ${codingFields.join(', ')} |
| a single reference | ${referenceColumns.join(', ')} |
| a single component | its elements, named \`<name>.<element>\`, flattened the same way down to ${maxFlattenDepth} levels of components; a component nested deeper is one column \`<path>\` holding its JSON object |
| any element that may repeat (cardinality \`0..*\` or \`1..*\`, such as the change log or addresses) | one column \`<name>\` holding the JSON text of the array: a cell such as \`"[{""code"":""a""},{""code"":""b""}]"\` |

## The values

- An empty cell is an absent element; an empty text cannot be written. A component, coding or reference whose
  cells are all empty is absent.
- Text, dates (\`2024-05-01\`), date-times (\`2024-05-01T09:30:00Z\`) and times (\`09:30\`) are written as they are.
- Integers and decimals in JSON number syntax (\`12\`, \`-0.5\`, \`1e3\`); booleans as \`true\` or \`false\`. A cell
  that does not parse is read as text, so that the schema reports the wrong type rather than the reader hiding it.
- A JSON cell holds one JSON value, read as it is; a cell that is not JSON is reported (\`input.csv-json\`).

## The templates

| file | columns |
|---|---|
${rows.join('\n')}
`;
}
