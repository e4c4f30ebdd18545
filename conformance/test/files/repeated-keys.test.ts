import { describe, expect, it } from 'vitest';
import { parseJson } from '../../files/input/decode-json.ts';
import { maxNesting } from '../../files/input/nesting.ts';
import { parsedKeys, repeatedKeyAt } from '../../files/input/repeated-keys.ts';

const at = (text: string) => repeatedKeyAt(text, JSON.parse(text));

describe('keys given twice in one object', () => {
  it.each([
    ['no object', '[1, "a", null]'],
    ['distinct keys', '{"a":1,"b":{"a":2}}'],
    ['the same key in sibling objects of a list', '[{"a":1},{"a":2}]'],
    ['the same key at another depth', '{"a":{"a":{"a":1}}}'],
    ['a string value that looks like a key', '{"a":"x\\":1","b":"\\"a\\":"}'],
    ['white space before the colon', '{"a" :1, "b"\n:2}'],
  ])('none in %s', (_name, text) => {
    expect(at(text)).toBeUndefined();
  });

  it.each([
    ['at the top', '{"a":1,"a":2}', 7],
    ['in a nested object', '{"x":[{"b":1,"c":2,"b":3}]}', 19],
    ['spelled with an escape', '{"a":1,"\\u0061":2}', 7],
    ['with white space before the colon', '{"a" : 1, "a" : 2}', 10],
    ['beside a string value with an escaped quote and colon', '{"a":"\\":","a":1}', 11],
  ])('found %s, at the second', (_name, text, position) => {
    expect(at(text)).toBe(position);
  });
});

describe('a line nested too deep', () => {
  const nested = (depth: number, open: string, close: string) => `${open.repeat(depth)}${close.repeat(depth)}`;

  it('is read at the limit and refused one level past it, by arrays or objects, brackets in strings not counted', () => {
    expect(parseJson(nested(maxNesting, '[', ']'))).not.toHaveProperty('problem');
    expect(parseJson(nested(maxNesting + 1, '[', ']'))).toEqual({ problem: expect.objectContaining({ check: 'input.too-deep' }) });
    const objects = (depth: number) => `${'{"a":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`;
    expect(parseJson(objects(maxNesting))).not.toHaveProperty('problem');
    expect(parseJson(objects(maxNesting + 1))).toEqual({ problem: expect.objectContaining({ check: 'input.too-deep' }) });
    expect(parseJson(`{"a":"${'['.repeat(200)}"}`)).toEqual({ value: { a: '['.repeat(200) } });
  });

  it('is refused whatever its depth, without recursing (a million levels)', () => {
    expect(parseJson(nested(1_000_000, '[', ']'))).toEqual({ problem: expect.objectContaining({ check: 'input.too-deep' }) });
  });

  it('counts the keys of every object, a list of objects included', () => {
    expect(parsedKeys({ a: 1, b: [{ c: 2 }, { d: { e: 3 } }, 4] }, maxNesting)).toBe(5);
    expect(parsedKeys('text', maxNesting)).toBe(0);
    expect(parsedKeys([[[]]], 2)).toBe(-1);
    expect(parsedKeys([[[]]], 3)).toBe(0);
  });
});
