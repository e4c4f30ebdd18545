import { describe, expect, it } from 'vitest';
import { describePointer } from '../../src/shape/describe.ts';
import { editDistance, quote, suggest } from '../../src/text/suggest.ts';

describe('suggest', () => {
  it.each([
    ['tpye', ['type', 'target', 'name'], 'type'],
    ['publised_name', ['published_name', 'published_type'], 'published_name'],
    ['Could occur twice', ['Could occur once', 'Must occur once'], 'Could occur once'],
    ['zzz', ['type', 'name'], undefined],
    ['x', [], undefined],
  ])('suggest(%j) is %j', (word, candidates, want) => expect(suggest(word, candidates)).toBe(want));

  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['abc', 'acb', 1],
    ['kitten', 'sitting', 3],
  ])('editDistance(%j, %j) is %i', (a, b, want) => expect(editDistance(a, b)).toBe(want));

  it('quotes and shortens long values', () => {
    expect(quote('a'.repeat(100))).toBe(JSON.stringify('a'.repeat(57) + '...'));
    expect(quote(42)).toBe('"42"');
  });
});

describe('describePointer', () => {
  const data = { classes: [{ name: 'risk', elements: [{ name: 'informed' }, {}] }], value_sets: [{ id: 'shade', codes: [{ code: '01' }] }] };
  it.each([
    ['/classes/0/elements/0/type', 'class "risk", element "informed"'],
    ['/classes/0/elements/1', 'class "risk", element #2'],
    ['/value_sets/0/codes/0/display', 'value set "shade", code "01"'],
    ['/standard/name', ''],
    ['/classes/5', 'class #6'],
  ])('%s is described as %j', (pointer, want) => expect(describePointer(data, pointer)).toBe(want));
});
