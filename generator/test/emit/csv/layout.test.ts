import { describe, expect, it } from 'vitest';
import { csvLayout, flattenRecord, unflattenRow, type CsvColumn, type CsvKind } from '../../../src/emit/csv/layout.ts';
import { recordClasses } from '../../../src/model/hierarchy.ts';
import type { SpecModel } from '../../../src/model/types.ts';
import { checkSpecFile } from '../../../src/pipeline.ts';
import { checkEdited, checkKitchenSink, type Draft } from '../../support/spec-builder.ts';
import { kitchenSinkPath, realSpecPath } from '../../support/paths.ts';

const kitchenSink = checkKitchenSink().model!;
const realSpec = (await checkSpecFile(realSpecPath)).model!;

function layoutOf(model: SpecModel, name: string): [string, CsvKind][] {
  const cls = model.classes.find((c) => c.name === name);
  if (!cls) throw new Error(`no class ${name}`);
  return csvLayout(model, cls).map((c) => [c.header, c.kind]);
}

describe('csvLayout of the kitchen sink', () => {
  it.each<[string, [string, CsvKind][]]>([
    [
      'gadget',
      [['record_type', 'string'], ['record_uid', 'string'], ['version_number', 'number'], ['stamped_at', 'string'], ['change_log', 'json'], ['display_name', 'string']],
    ],
    [
      'widget',
      [
        ['record_type', 'string'],
        ['record_uid', 'string'],
        ['version_number', 'number'],
        ['stamped_at', 'string'],
        ['change_log', 'json'],
        ['display_name', 'string'],
        ['when', 'string'],
        ['label', 'string'],
        ['nhs_number', 'string'],
        ['count', 'number'],
        ['ratio', 'number'],
        ['active', 'boolean'],
        ['born', 'string'],
        ['seen_at', 'string'],
        ['opening_time', 'string'],
        ['shades', 'json'],
        ['size', 'json'],
        ['owner.record_type', 'string'],
        ['owner.record_uid', 'string'],
        ['owner.display', 'string'],
        ['part', 'json'],
        ['legacy.code', 'string'],
      ],
    ],
    // Not a record: no record type column; a reference inside a component.
    ['audit_entry', [['date', 'string'], ['who.record_type', 'string'], ['who.record_uid', 'string'], ['who.display', 'string']]],
  ])('%s', (name, want) => {
    expect(layoutOf(kitchenSink, name)).toEqual(want);
  });

  it('gives each column the object path its dotted header names', () => {
    const widget = kitchenSink.classes.find((c) => c.name === 'widget')!;
    for (const column of csvLayout(kitchenSink, widget)) expect(column.path.join('.')).toBe(column.header);
  });
});

/** widget gets single components nested four deep, and a component whose target is a union of records. */

function nested(draft: Draft): void {
  const component = (name: string, elements: object[]) => ({
    id: `asc-${name.replaceAll('_', '-')}`, name, published_name: name, description: 'Nested.', group: 'everything', kind: 'component', provenance: 'asc-mods', since: '1.0.0', elements,
  });
  const element = (name: string, type: string, extra: object = {}) => ({
    name, published_name: name, description: 'Nested.', cardinality: '0..1', type, sensitivity: 'none', provenance: 'asc-mods', ...extra,
  });
  draft.classes.push(
    component('level_one', [element('inner', 'component', { target: 'level_two' }), element('tags', 'text', { cardinality: '0..*' })]),
    component('level_two', [element('core', 'component', { target: 'level_three' }), element('kind', 'coded', { value_set: 'shade' })]),
    component('level_three', [element('deepest', 'component', { target: 'level_four' }), element('tag', 'text')]),
    component('level_four', [element('leaf', 'text')]),
  );
  const widget = draft.classes.find((c: { name: string }) => c.name === 'widget');
  widget.elements.push(element('outer', 'component', { target: 'level_one' }), element('holder', 'component', { target: 'party' }));
}

describe('csvLayout of nested components', () => {
  const model = checkEdited(nested, kitchenSinkPath).model!;
  const tail = layoutOf(model, 'widget').slice(layoutOf(kitchenSink, 'widget').length);

  it('flattens three levels, puts a deeper component and a union of records in JSON cells, and repeats as JSON', () => {
    expect(tail).toEqual([
      ['outer.inner.core.deepest', 'json'],
      ['outer.inner.core.tag', 'string'],
      ['outer.inner.kind.code', 'string'],
      ['outer.tags', 'json'],
      ['holder', 'json'],
    ]);
  });
});

describe('csvLayout of the real spec', () => {
  it.each<[string, string, CsvColumn]>([
    ['subject_of_care', 'record_type', { header: 'record_type', path: ['record_type'], kind: 'string' }],
    ['subject_of_care', 'version_number', { header: 'version_number', path: ['version_number'], kind: 'number' }],
    ['subject_of_care', 'change_log', { header: 'change_log', path: ['change_log'], kind: 'json' }],
    ['subject_of_care', 'name.family', { header: 'name.family', path: ['name', 'family'], kind: 'string' }],
    ['subject_of_care', 'demographics.ethnicity.code', { header: 'demographics.ethnicity.code', path: ['demographics', 'ethnicity', 'code'], kind: 'string' }],
    ['subject_of_care', 'address', { header: 'address', path: ['address'], kind: 'json' }],
    ['risk', 'subject_of_care.record_uid', { header: 'subject_of_care.record_uid', path: ['subject_of_care', 'record_uid'], kind: 'string' }],
    ['risk', 'risk_category.system', { header: 'risk_category.system', path: ['risk_category', 'system'], kind: 'string' }],
    ['risk', 'trigger_factors', { header: 'trigger_factors', path: ['trigger_factors'], kind: 'json' }],
    ['investigation_result', 'result.report.record_type', { header: 'result.report.record_type', path: ['result', 'report', 'record_type'], kind: 'string' }],
  ])('%s has the column %s', (cls, header, want) => {
    const columns = csvLayout(realSpec, realSpec.classes.find((c) => c.name === cls)!);
    expect(columns.find((c) => c.header === header)).toEqual(want);
  });

  it.each([
    ['subject_of_care', 'name'],
    ['subject_of_care', 'demographics.ethnicity'],
    ['risk', 'subject_of_care'],
  ])('%s has no column %s (it is flattened)', (cls, header) => {
    const columns = csvLayout(realSpec, realSpec.classes.find((c) => c.name === cls)!);
    expect(columns.map((c) => c.header)).not.toContain(header);
  });

  it.each(recordClasses(realSpec).map((c) => [c.name, c] as const))('%s: record_type first, unique headers, no header inside another, every element covered', (_name, cls) => {
    const columns = csvLayout(realSpec, cls);
    const headers = columns.map((c) => c.header);
    expect(headers[0]).toBe('record_type');
    expect(new Set(headers).size).toBe(headers.length);
    for (const h of headers) expect(headers.filter((other) => other.startsWith(`${h}.`))).toEqual([]);
    expect([...new Set(columns.slice(1).map((c) => c.path[0]))]).toEqual(cls.elements.map((e) => e.name));
    for (const e of cls.elements.filter((e) => e.cardinality?.max === '*')) expect(columns.find((c) => c.header === e.name)?.kind).toBe('json');
  });

  it('is the same every time', () => {
    for (const cls of recordClasses(realSpec)) expect(csvLayout(realSpec, cls)).toEqual(csvLayout(realSpec, cls));
  });
});

describe('flattenRecord and unflattenRow', () => {
  const columns: CsvColumn[] = [
    { header: 'record_type', path: ['record_type'], kind: 'string' },
    { header: 'n', path: ['n'], kind: 'number' },
    { header: 'b', path: ['b'], kind: 'boolean' },
    { header: 'c.code', path: ['c', 'code'], kind: 'string' },
    { header: 'c.display', path: ['c', 'display'], kind: 'string' },
    { header: 'list', path: ['list'], kind: 'json' },
  ];

  it.each<[string, unknown, string[]]>([
    ['every kind', { record_type: 'x', n: 1.5, b: false, c: { code: 'a', display: 'A, "b"' }, list: [{ k: 1 }] }, ['x', '1.5', 'false', 'a', 'A, "b"', '[{"k":1}]']],
    ['absent elements as empty cells', { record_type: 'x', c: { code: 'a' } }, ['x', '', '', 'a', '', '']],
    ['an empty array', { record_type: 'x', list: [] }, ['x', '', '', '', '', '[]']],
    ['text that looks like a number stays text', { record_type: '12' }, ['12', '', '', '', '', '']],
  ])('round-trips %s', (_name, record, cells) => {
    expect(flattenRecord(record, columns)).toEqual(cells);
    expect(unflattenRow(columns, cells)).toEqual({ value: record, invalidJson: [] });
  });

  it.each<[string, string[], Record<string, unknown>]>([
    ['a number that does not parse stays text', ['', '12abc', '', '', '', ''], { n: '12abc' }],
    ['a number with spaces stays text', ['', ' 1', '', '', '', ''], { n: ' 1' }],
    ['an overflowing number stays text', ['', '1e400', '', '', '', ''], { n: '1e400' }],
    ['a negative exponent', ['', '-2.5e-3', '', '', '', ''], { n: -0.0025 }],
    ['TRUE is not true', ['', '', 'TRUE', '', '', ''], { b: 'TRUE' }],
    ['true', ['', '', 'true', '', '', ''], { b: true }],
    ['a JSON cell that is not an array is read as it is', ['', '', '', '', '', '{"a":1}'], { list: { a: 1 } }],
  ])('reads %s', (_name, cells, want) => {
    expect(unflattenRow(columns, cells)).toEqual({ value: want, invalidJson: [] });
  });

  it('names the JSON cells that do not parse, and reads the rest', () => {
    expect(unflattenRow(columns, ['x', '', '', '', '', '[{'])).toEqual({ value: { record_type: 'x' }, invalidJson: ['list'] });
  });

  it('skips cells without a column, and keeps __proto__ an own key', () => {
    const value = unflattenRow([undefined, { header: '__proto__', path: ['__proto__'], kind: 'string' }], ['a', 'b']).value;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});
