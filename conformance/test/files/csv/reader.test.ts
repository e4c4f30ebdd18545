import { describe, expect, it } from 'vitest';
import type { RecordInput } from '../../../files/input/record-input.ts';
import { checkKitchenSink } from '../../../../generator/test/support/spec-builder.ts';
import { readCsv } from './read.ts';

const model = checkKitchenSink().model!;

/** What a test asserts of each record: where it is, and its value or the check of its problem. */
function brief(records: readonly RecordInput[]): { record: number; row: number | undefined; check?: string; value?: unknown }[] {
  return records.map((r) => ({
    record: r.location.record,
    row: r.location.row,
    ...(r.problem ? { check: r.problem.check } : {}),
    ...(r.value !== undefined ? { value: r.value } : {}),
  }));
}

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const chunkSizes = [1, 2, 3, 5, 65536];

describe('csvReader: RFC 4180', () => {
  it.each(chunkSizes)('reads quoted commas, doubled quotes, and CR and LF inside quotes (chunks of %i bytes)', async (chunkSize) => {
    const csv = 'record_type,label,count\nwidget,"a,b",1\nwidget,"say ""hi""",2\nwidget,"two\r\nlines\nthree",3\nwidget,plain,4\n';
    const { records } = await readCsv(model, csv, undefined, { chunkSize });
    expect(brief(records)).toEqual([
      { record: 1, row: 2, value: { record_type: 'widget', label: 'a,b', count: 1 } },
      { record: 2, row: 3, value: { record_type: 'widget', label: 'say "hi"', count: 2 } },
      { record: 3, row: 4, value: { record_type: 'widget', label: 'two\r\nlines\nthree', count: 3 } },
      { record: 4, row: 7, value: { record_type: 'widget', label: 'plain', count: 4 } },
    ]);
  });

  const a = { record_type: 'widget', label: 'a' };
  const b = { record_type: 'widget', label: 'b' };
  describe.each(chunkSizes)('in chunks of %i bytes', (chunkSize) => {
    it.each<[string, string | Buffer, { record: number; row: number; value: unknown }[]]>([
      ['CRLF row ends', 'record_type,label\r\nwidget,a\r\nwidget,b\r\n', [{ record: 1, row: 2, value: a }, { record: 2, row: 3, value: b }]],
      ['LF row ends, none after the last row', 'record_type,label\nwidget,a\nwidget,b', [{ record: 1, row: 2, value: a }, { record: 2, row: 3, value: b }]],
      ['CR row ends', 'record_type,label\rwidget,a\rwidget,b\r', [{ record: 1, row: 2, value: a }, { record: 2, row: 3, value: b }]],
      ['a byte-order mark before the header', '\uFEFFrecord_type,label\nwidget,a\n', [{ record: 1, row: 2, value: a }]],
      ['blank lines, skipped but counted', 'record_type,label\n\nwidget,a\n\r\n\nwidget,b\n\n', [{ record: 1, row: 3, value: a }, { record: 2, row: 6, value: b }]],
      ['empty cells, absent', 'record_type,label,count\nwidget,,\nwidget,"",\n', [{ record: 1, row: 2, value: { record_type: 'widget' } }, { record: 2, row: 3, value: { record_type: 'widget' } }]],
      ['UTF-8 text', bytes('record_type,label\nwidget,caf', [0xc3, 0xa9], ' 🚑\n'), [{ record: 1, row: 2, value: { record_type: 'widget', label: 'café 🚑' } }]],
      ['a header alone', 'record_type,label\n', []],
    ])('%s', async (_name, csv, want) => {
      expect(brief((await readCsv(model, csv, undefined, { chunkSize })).records)).toEqual(want);
    });

    it('an empty file: the same finding as an empty JSON file (before: it passed)', async () => {
      expect(brief((await readCsv(model, '', undefined, { chunkSize })).records)).toEqual([{ record: 1, row: 1, check: 'input.empty' }]);
    });

    it('a file that ends within a byte-order mark: a header that is not UTF-8', async () => {
      const { records } = await readCsv(model, bytes([0xef, 0xbb]), undefined, { chunkSize });
      expect(brief(records)).toEqual([{ record: 1, row: 1, check: 'input.invalid-utf8' }]);
    });
  });
});

describe('csvReader: rows it cannot read are reported, and the next row is read', () => {
  it.each(chunkSizes)('an unterminated quote at the end of the file (chunks of %i bytes)', async (chunkSize) => {
    const { records } = await readCsv(model, 'record_type,label\nwidget,a\nwidget,"never closed\nwidget,b\n', undefined, { chunkSize });
    expect(brief(records)).toEqual([
      { record: 1, row: 2, value: { record_type: 'widget', label: 'a' } },
      { record: 2, row: 3, check: 'input.truncated' },
    ]);
  });

  it('a quote inside an unquoted cell, or text after a closing quote', async () => {
    const { records } = await readCsv(model, 'record_type,label\nwidget,a"b\nwidget,"c"d\nwidget,e\n');
    expect(brief(records)).toEqual([
      { record: 1, row: 2, check: 'input.csv-quote' },
      { record: 2, row: 3, check: 'input.csv-quote' },
      { record: 3, row: 4, value: { record_type: 'widget', label: 'e' } },
    ]);
  });

  it('a row with more or fewer cells than the header', async () => {
    const { records } = await readCsv(model, 'record_type,label\nwidget,a,extra\nwidget\nwidget,b\n');
    expect(brief(records)).toEqual([
      { record: 1, row: 2, check: 'input.csv-columns' },
      { record: 2, row: 3, check: 'input.csv-columns' },
      { record: 3, row: 4, value: { record_type: 'widget', label: 'b' } },
    ]);
    expect(records[0]!.problem!.message).toBe('the row has 3 cells and the header 2');
  });

  it('a JSON cell that is not JSON', async () => {
    const { records } = await readCsv(model, 'record_type,shades\nwidget,[{\nwidget,"[{""code"":""dark""}]"\n');
    expect(brief(records)).toEqual([
      { record: 1, row: 2, check: 'input.csv-json' },
      { record: 2, row: 3, value: { record_type: 'widget', shades: [{ code: 'dark' }] } },
    ]);
    expect(records[0]!.problem!.message).toContain('"shades"');
  });

  it.each(chunkSizes)('a row that is not UTF-8 (chunks of %i bytes)', async (chunkSize) => {
    const csv = bytes('record_type,label\nwidget,', [0xff, 0xfe], '\nwidget,"x', [0xc3], '"\nwidget,caf', [0xc3, 0xa9], '\n');
    expect(brief((await readCsv(model, csv, undefined, { chunkSize })).records)).toEqual([
      { record: 1, row: 2, check: 'input.invalid-utf8' },
      { record: 2, row: 3, check: 'input.invalid-utf8' },
      { record: 3, row: 4, value: { record_type: 'widget', label: 'café' } },
    ]);
  });

  it.each(chunkSizes)('a row longer than the limit, skipped to its end with quotes respected (chunks of %i bytes)', async (chunkSize) => {
    const csv = `record_type,label\nwidget,${'x'.repeat(100)}\nwidget,"${'x\n'.repeat(50)}"\nwidget,ok\nwidget,${'y'.repeat(22)}\n`;
    const { records } = await readCsv(model, csv, undefined, { chunkSize, maxRowBytes: 30 });
    expect(brief(records)).toEqual([
      { record: 1, row: 2, check: 'input.line-too-long' },
      { record: 2, row: 3, check: 'input.line-too-long' },
      { record: 3, row: 54, value: { record_type: 'widget', label: 'ok' } },
      { record: 4, row: 55, value: { record_type: 'widget', label: 'y'.repeat(22) } }, // 30 bytes: at the limit
    ]);
    expect(records[0]!.problem!.message).toBe('the row is longer than 30 bytes and was skipped');
  });

  it('a row longer than 16 MB, by default', async () => {
    const csv = `record_type,label\nwidget,${'x'.repeat(16 * 2 ** 20)}\nwidget,ok\n`;
    const { records } = await readCsv(model, csv);
    expect(brief(records)).toEqual([
      { record: 1, row: 2, check: 'input.line-too-long' },
      { record: 2, row: 3, value: { record_type: 'widget', label: 'ok' } },
    ]);
    expect(records[0]!.problem!.message).toBe('the row is longer than 16 MB and was skipped');
  });

  it('headers the class does not have, or given twice: once, on the first row, with the known columns read', async () => {
    const { records } = await readCsv(model, 'record_type,label,colour,shade,label,colour\nwidget,a,red,x,b,c\nwidget,d,blue,y,e,f\n');
    expect(brief(records)).toEqual([
      { record: 1, row: 2, check: 'input.csv-header', value: { record_type: 'widget', label: 'a' } },
      { record: 2, row: 3, value: { record_type: 'widget', label: 'd' } },
    ]);
    expect(records[0]!.problem!.message).toBe(
      'the header has columns that class "widget" does not have: a column of 6 characters, a column of 5 characters; and columns given more than once: "label" (the first is read); their cells are ignored',
    );
  });

  it('a header problem waits for the first row that can be read', async () => {
    const { records } = await readCsv(model, 'record_type,label,colour\nwidget,a\nwidget,b,red\n');
    expect(brief(records)).toEqual([
      { record: 1, row: 2, check: 'input.csv-columns' },
      { record: 2, row: 3, check: 'input.csv-header', value: { record_type: 'widget', label: 'b' } },
    ]);
  });

  it('a header row that cannot be read: one problem, and no rows', async () => {
    const { records } = await readCsv(model, bytes('record_type,', [0xff], '\nwidget,a\nwidget,b\n'));
    expect(brief(records)).toEqual([{ record: 1, row: 1, check: 'input.invalid-utf8' }]);
  });
});

describe('csvReader: the class of a row', () => {
  it('is the one the caller gives when there is no record type column, and the record states it', async () => {
    const { records } = await readCsv(model, 'label,count,active\na,7,true\n', 'widget');
    expect(brief(records)).toEqual([{ record: 1, row: 2, value: { record_type: 'widget', label: 'a', count: 7, active: true } }]);
  });

  it('is the record type cell first, else the caller’s', async () => {
    const { records } = await readCsv(model, 'record_type,record_uid,version_number\ngadget,u1,1\n,u2,2\n', 'widget');
    expect(brief(records)).toEqual([
      { record: 1, row: 2, value: { record_type: 'gadget', record_uid: 'u1', version_number: 1 } },
      { record: 2, row: 3, value: { record_type: 'widget', record_uid: 'u2', version_number: 2 } },
    ]);
  });

  it('may change from row to row; the header is checked once per class', async () => {
    const { records } = await readCsv(model, 'record_type,label,display_name\nwidget,a,W\ngadget,,G\ngadget,,H\nwidget,b,X\n');
    expect(brief(records)).toEqual([
      { record: 1, row: 2, value: { record_type: 'widget', label: 'a', display_name: 'W' } },
      { record: 2, row: 3, check: 'input.csv-header', value: { record_type: 'gadget', display_name: 'G' } },
      { record: 3, row: 4, value: { record_type: 'gadget', display_name: 'H' } },
      { record: 4, row: 5, value: { record_type: 'widget', label: 'b', display_name: 'X' } },
    ]);
  });

  it.each<[string, string, string | undefined, unknown]>([
    ['an unknown record type: every cell as text under its header', 'record_type,count,a.b\nthing,5,x\n', undefined, { record_type: 'thing', count: '5', 'a.b': 'x' }],
    ['no class at all: the same, without a record type', 'count,label\n5,x\n', undefined, { count: '5', label: 'x' }],
    ['a class that is not a record', 'count\n5\n', 'part', { record_type: 'part', count: '5' }],
  ])('%s, for the schema to report', async (_name, csv, cls, want) => {
    expect(brief((await readCsv(model, csv, cls)).records)).toEqual([{ record: 1, row: 2, value: want }]);
  });

  it('reads a number or boolean that does not parse as text', async () => {
    const { records } = await readCsv(model, 'record_type,count,ratio,active\nwidget,seven,1.5.1,yes\n');
    expect(records[0]!.value).toEqual({ record_type: 'widget', count: 'seven', ratio: '1.5.1', active: 'yes' });
  });
});

describe('csvReader: streaming', () => {
  it('counts the bytes read as the file is consumed', async () => {
    const csv = `record_type,label\n${'widget,abcdefgh\n'.repeat(20)}`;
    const { bytes: seen, total, records } = await readCsv(model, csv, undefined, { chunkSize: 16 });
    expect(records).toHaveLength(20);
    expect(total).toBe(Buffer.byteLength(csv));
    expect(seen[0]).toBeLessThan(total);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
  });

  it('rejects when the file cannot be read', async () => {
    const { csvReader } = await import('../../../files/input/csv.ts');
    const reader = csvReader('/nonexistent/asc-mods/data.csv', 'data.csv', model);
    await expect((async () => {
      for await (const _ of reader.records()) void _;
    })()).rejects.toThrow(/ENOENT/);
  });
});
