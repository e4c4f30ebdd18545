import { describe, expect, it } from 'vitest';
import { repeatedKeyAt } from '../../files/input/repeated-keys.ts';

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
