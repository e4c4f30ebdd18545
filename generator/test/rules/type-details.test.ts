import { typeDetails } from '../../src/rules/type-details.ts';
import { describeRule } from '../support/rule-cases.ts';

describeRule(typeDetails, [
  {
    name: 'a coded element without a value set',
    edit: (d) => {
      delete d.classes[3].elements[0].value_set;
      d.value_sets[0].binding = 'required';
    },
    want: [{ code: 'missing-type-detail', pointer: '/classes/3/elements/0/type' }],
  },
  {
    name: 'a reference without a target',
    edit: (d) => d.classes[3].elements.push({ name: 'friend', published_name: 'Friend', description: 'A friend.', cardinality: '0..1', type: 'reference', sensitivity: 'personal', provenance: 'asc-mods' }),
    want: [{ code: 'missing-type-detail', pointer: '/classes/3/elements/2/type' }],
  },
  { name: 'a value set on a text element', edit: (d) => (d.classes[3].elements[1].value_set = 'colour'), want: [{ code: 'misplaced-type-detail', pointer: '/classes/3/elements/1/value_set' }] },
  { name: 'a binding on a text element', edit: (d) => (d.classes[3].elements[1].binding = 'required'), want: [{ code: 'misplaced-type-detail', pointer: '/classes/3/elements/1/binding' }] },
  { name: 'a target on a coded element', edit: (d) => (d.classes[3].elements[0].target = 'coding'), want: [{ code: 'misplaced-type-detail', pointer: '/classes/3/elements/0/target' }] },
]);
