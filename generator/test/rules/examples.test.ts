import { describe, expect, it } from 'vitest';
import { valueProblem } from '../../src/model/value-check.ts';
import type { ElementModel } from '../../src/model/types.ts';
import { exampleValues } from '../../src/rules/examples.ts';
import { describeRule } from '../support/rule-cases.ts';

describeRule(exampleValues, [
  { name: 'a pattern without an example', edit: (d) => (d.classes[3].elements[1].constraints = { pattern: '^[0-9]{10}$' }), want: [{ code: 'missing-example', pointer: '/classes/3/elements/1/constraints/pattern' }] },
  {
    name: 'an example that breaks the pattern',
    edit: (d) => {
      d.classes[3].elements[1].constraints = { pattern: '^[0-9]{10}$' };
      d.classes[3].elements[1].example = '12345';
    },
    want: [{ code: 'invalid-example', pointer: '/classes/3/elements/1/example' }],
  },
  { name: 'an example of the wrong type', edit: (d) => (d.classes[3].elements[1].example = 42), want: [{ code: 'invalid-example', pointer: '/classes/3/elements/1/example' }] },
  {
    name: 'a matching example is accepted',
    edit: (d) => {
      d.classes[3].elements[1].constraints = { pattern: '^[0-9]{10}$' };
      d.classes[3].elements[1].example = '9434765919';
    },
    want: [],
  },
]);

describe('valueProblem', () => {
  const element = (type: ElementModel['type'], constraints: ElementModel['constraints'] = {}) => ({ type, constraints }) as ElementModel;
  it.each([
    [element('text', { max_length: 3 }), 'abcd', 'it is longer than 3'],
    [element('text', { min_length: 2 }), 'a', 'it is shorter than 2'],
    [element('text', { max_length: 3 }), '🚑🚑🚑', undefined],
    [element('text', { format: 'ods-code' }), 'not an ods code', 'it is not a valid ods-code'],
    [element('integer', { minimum: 1 }), 0, 'it is below 1'],
    [element('integer'), 1.5, 'it is not a whole number'],
    [element('decimal', { maximum: 2 }), 2.5, 'it is above 2'],
    [element('boolean'), 'yes', 'it is not true or false'],
    [element('date'), '2024-02', undefined],
    [element('date'), '2024-13-01', 'it is not a date (YYYY, YYYY-MM or YYYY-MM-DD)'],
    [element('date-time'), '2024-02-01T10:00:00', 'it is not a date-time with a time zone'],
    [element('date-time'), '2024-02-01T10:00:00Z', undefined],
    [element('time'), '24:00', 'it is not a time (hh:mm or hh:mm:ss)'],
    [element('coded'), 'A', 'examples are given only for text, number, boolean, date and time elements'],
  ])('%#: %j is %j', (el, value, want) => expect(valueProblem(el, value)).toBe(want));
});
