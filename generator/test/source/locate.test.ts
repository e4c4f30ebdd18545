import { describe, expect, it } from 'vitest';
import { locate } from '../../src/source/locate.ts';
import { parseSpec } from '../../src/source/parse.ts';
import { joinPointer, splitPointer } from '../../src/source/pointer.ts';

const text = ['root:', '  name: alpha', '  list:', '    - id: one', '      kind: record', '    - id: two', '  "a/b": slashed', 'flow: { x: 1, y: [2, 3] }', ''].join('\n');
const source = parseSpec('t.yaml', new TextEncoder().encode(text)).source!;
const at = (pointer: string, mode: 'key' | 'value' = 'value') => {
  const { start, end } = locate(source, pointer, mode);
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
};

describe('locate: JSON Pointer → source range', () => {
  it.each([
    { pointer: '/root/name', mode: 'value', want: '2:9-2:14' },
    { pointer: '/root/name', mode: 'key', want: '2:3-2:7' },
    { pointer: '/root/list/0/id', mode: 'value', want: '4:11-4:14' },
    { pointer: '/root/list/1', mode: 'key', want: '6:7-6:14' },
    { pointer: '/root/list/0', mode: 'key', want: '4:7-4:14' },
    { pointer: '/root/a~1b', mode: 'value', want: '7:10-7:17' },
    { pointer: '/flow/y/1', mode: 'value', want: '8:22-8:23' },
    { pointer: '/flow/x', mode: 'key', want: '8:9-8:10' },
  ] as const)('$pointer ($mode) is at $want', ({ pointer, mode, want }) => {
    expect(at(pointer, mode)).toBe(want);
  });

  it.each([
    { pointer: '/root/missing', want: '2:3' },
    { pointer: '/root/list/9/id', want: '4:5' },
    { pointer: '/root/name/deeper', want: '2:9' },
  ])('a pointer that does not exist falls back to its deepest existing ancestor ($pointer → $want)', ({ pointer, want }) => {
    expect(at(pointer).split('-')[0]).toBe(want);
  });

  it('places an empty document at 1:1', () => {
    const empty = parseSpec('e.yaml', new Uint8Array()).source!;
    expect(locate(empty, '/anything').start).toEqual({ line: 1, column: 1 });
  });
});

describe('JSON Pointer', () => {
  it.each([
    [['a', 'b/c', 'd~e', 0], '/a/b~1c/d~0e/0'],
    [[], ''],
  ] as const)('joins %j as %s and splits it back', (segments, want) => {
    expect(joinPointer('', ...segments)).toBe(want);
    expect(splitPointer(want)).toEqual(segments.map(String));
  });
});
