import { describe, expect, it } from 'vitest';
import { csvRow } from '../../../../generator/src/emit/csv/escape.ts';
import { csvLayout, flattenRecord } from '../../../../generator/src/emit/csv/layout.ts';
import { buildExamples } from '../../../../generator/src/emit/examples/emit.ts';
import type { ClassModel, SpecModel } from '../../../../generator/src/model/types.ts';
import { checkSpecFile } from '../../../../generator/src/pipeline.ts';
import { checkKitchenSink } from '../../../../generator/test/support/spec-builder.ts';
import { realSpecPath } from '../../../../generator/test/support/paths.ts';
import { readCsv } from './read.ts';

const specs: [string, SpecModel][] = [
  ['the real spec', (await checkSpecFile(realSpecPath)).model!],
  ['the kitchen sink', checkKitchenSink().model!],
];

/** A CSV file of records of one class: the header of its layout, then a row per record. */
function toCsv(model: SpecModel, cls: ClassModel, records: readonly unknown[]): string {
  const columns = csvLayout(model, cls);
  return csvRow(columns.map((c) => c.header)) + records.map((r) => csvRow(flattenRecord(r, columns))).join('');
}

/** Only the record type and the elements that must occur. */
function requiredOnly(cls: ClassModel, record: Record<string, unknown>): Record<string, unknown> {
  const keep = new Set(['record_type', ...cls.elements.filter((e) => e.cardinality?.min === 1).map((e) => e.name)]);
  return Object.fromEntries(Object.entries(record).filter(([k]) => keep.has(k)));
}

describe.each(specs)('records of %s → CSV → csvReader', (_name, model) => {
  const examples = buildExamples(model);
  const classes = model.classes.filter((c) => examples.has(c.name));

  it.each(classes.map((c) => [c.name, c] as const))('%s: the records come back equal', async (_cls, cls) => {
    const full = examples.get(cls.name)!.valid;
    const records = [full, requiredOnly(cls, full)];
    const csv = toCsv(model, cls, records);
    for (const chunkSize of [7, 65536]) {
      const { records: read } = await readCsv(model, csv, undefined, { chunkSize });
      expect(read.map((r) => r.problem)).toEqual([undefined, undefined]);
      expect(read.map((r) => r.value)).toEqual(records);
      expect(read.map((r) => r.location)).toEqual([0, 1].map((i) => ({ file: 'data.csv', record: i + 1, row: rowOf(csv, i) })));
    }
  });
});

/** The 1-based line where the i-th data row starts (cells may hold line breaks). */
function rowOf(csv: string, i: number): number {
  let line = 1;
  let row = -1;
  let quoted = false;
  for (let at = 0; at < csv.length; at++) {
    const ch = csv[at]!;
    if (ch === '"') quoted = !quoted;
    if (ch === '\n') {
      line++;
      if (!quoted && ++row === i) return line;
    }
  }
  throw new Error(`no row ${i}`);
}

describe('a record with hostile text comes back equal', () => {
  const model = checkKitchenSink().model!;
  const widget = model.classes.find((c) => c.name === 'widget')!;
  it.each([
    ['commas, quotes and line breaks', 'a, "b"\r\nc\nd'],
    ['non-ASCII', 'café 日本語 🚑'],
    ['text that looks like a number or a boolean', '0012'],
    ['true', 'true'],
    ['JSON-looking text', '[{"x":1}]'],
    ['a lone quote', '"'],
  ])('%s', async (_name, text) => {
    const record = {
      record_type: 'widget',
      label: text,
      display_name: 'true',
      count: 0,
      ratio: -2.5e-7,
      active: false,
      shades: [{ code: text }],
      owner: { record_type: 'gadget', record_uid: text, display: text },
      legacy: { code: text },
      change_log: [],
    };
    const { records } = await readCsv(model, toCsv(model, widget, [record, record]), undefined, { chunkSize: 3 });
    expect(records.map((r) => r.value)).toEqual([record, record]);
  });
});
