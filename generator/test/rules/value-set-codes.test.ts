import { valueSetCodes } from '../../src/rules/value-set-codes.ts';
import { describeRule } from '../support/rule-cases.ts';

describeRule(valueSetCodes, [
  { name: 'a code listed twice', edit: (d) => d.value_sets[0].codes.push({ code: 'red', display: 'Red again' }), want: [{ code: 'duplicate-code', pointer: '/value_sets/0/codes/2/code' }] },
  { name: 'a required binding with no codes', edit: (d) => (d.value_sets[0].codes = []), want: [{ code: 'empty-required-value-set', pointer: '/value_sets/0/binding' }] },
  {
    name: 'an empty list is fine with a weaker binding',
    edit: (d) => {
      d.value_sets[0].codes = [];
      d.value_sets[0].binding = 'example';
    },
    want: [],
  },
]);
