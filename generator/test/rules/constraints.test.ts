import { constraintRules } from '../../src/rules/constraints.ts';
import { describeRule } from '../support/rule-cases.ts';

describeRule(constraintRules, [
  { name: 'not_in_future on text', edit: (d) => (d.classes[3].elements[1].constraints = { not_in_future: true }), want: [{ code: 'constraint-not-applicable', pointer: '/classes/3/elements/1/constraints/not_in_future' }] },
  { name: 'max_length on a date-time', edit: (d) => (d.classes[1].elements[0].constraints = { max_length: 10 }), want: [{ code: 'constraint-not-applicable', pointer: '/classes/1/elements/0/constraints/max_length' }] },
  { name: 'minimum on a coded element', edit: (d) => (d.classes[3].elements[0].constraints = { minimum: 1 }), want: [{ code: 'constraint-not-applicable', pointer: '/classes/3/elements/0/constraints/minimum' }] },
  { name: 'min_length above max_length', edit: (d) => (d.classes[3].elements[1].constraints = { min_length: 12, max_length: 10 }), want: [{ code: 'conflicting-constraints', pointer: '/classes/3/elements/1/constraints/min_length' }] },
  {
    name: 'minimum above maximum',
    edit: (d) => {
      const e = d.classes[3].elements[1];
      e.type = 'integer';
      e.published_type = 'Number';
      e.constraints = { minimum: 5, maximum: 1 };
    },
    want: [{ code: 'conflicting-constraints', pointer: '/classes/3/elements/1/constraints/minimum' }],
  },
  { name: 'a pattern that does not compile', edit: (d) => (d.classes[3].elements[1].constraints = { pattern: '(unclosed' }), want: [{ code: 'conflicting-constraints', pointer: '/classes/3/elements/1/constraints/pattern' }] },
]);
