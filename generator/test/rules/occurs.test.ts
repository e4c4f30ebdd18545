import { describe, expect, it } from 'vitest';
import { cardinalityFromOccurs, formatCardinality, parseCardinality } from '../../src/model/occurs.ts';
import { occursMapping } from '../../src/rules/occurs.ts';
import { describeRule } from '../support/rule-cases.ts';

describeRule(occursMapping, [
  { name: 'an Occurs wording with no mapping', edit: (d) => (d.classes[3].elements[0].occurs = 'Could occur twice'), want: [{ code: 'unknown-occurs', pointer: '/classes/3/elements/0/occurs' }] },
  { name: 'the level Should instead of an Occurs wording', edit: (d) => (d.classes[3].elements[0].occurs = 'Should'), want: [{ code: 'unknown-occurs', pointer: '/classes/3/elements/0/occurs' }] },
  {
    name: 'neither occurs nor cardinality',
    edit: (d) => delete d.classes[3].elements[0].occurs,
    want: [{ code: 'missing-cardinality', pointer: '/classes/3/elements/0' }],
  },
  { name: 'both occurs and cardinality', edit: (d) => (d.classes[3].elements[0].cardinality = '0..1'), want: [{ code: 'cardinality-conflict', pointer: '/classes/3/elements/0/cardinality' }] },
]);

describe('occurs vocabulary', () => {
  it.each([
    ['Must occur once', '1..1'],
    ['Could occur once', '0..1'],
    ['Could occur once or more', '0..*'],
    ['Must occur once or more', '1..*'],
  ])('"%s" means %s', (occurs, want) => {
    const cardinality = cardinalityFromOccurs(occurs);
    expect(cardinality && formatCardinality(cardinality)).toBe(want);
  });

  it.each(['must occur once', 'Could occur', 'Should', 'toString', '__proto__', ''])('"%s" does not map', (occurs) => {
    expect(cardinalityFromOccurs(occurs)).toBeUndefined();
  });

  it.each(['0..1', '1..1', '0..*', '1..*'] as const)('%s round-trips', (text) => {
    expect(formatCardinality(parseCardinality(text))).toBe(text);
  });
});
