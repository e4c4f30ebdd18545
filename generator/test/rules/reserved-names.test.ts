import { reservedNames } from '../../src/rules/reserved-names.ts';
import { describeRule } from '../support/rule-cases.ts';

describeRule(reservedNames, [
  { name: 'a class named like the error object', edit: (d) => (d.classes[3].name = 'problem_details'), want: [{ code: 'reserved-name', pointer: '/classes/3/name' }] },
  { name: 'a class named like the capability statement', edit: (d) => (d.classes[2].name = 'capability'), want: [{ code: 'reserved-name', pointer: '/classes/2/name' }] },
  { name: 'a class named like a page of a record class', edit: (d) => (d.classes[2].name = 'person_page'), want: [{ code: 'reserved-name', pointer: '/classes/2/name' }] },
  { name: "a class named like a value set's coding schema", edit: (d) => (d.classes[2].name = 'colour_coding'), want: [{ code: 'reserved-name', pointer: '/classes/2/name' }] },
  { name: 'a class named problem, as MODS has one', edit: (d) => (d.classes[3].name = 'problem'), want: [] },
]);
