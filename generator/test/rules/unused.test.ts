import { unusedItems } from '../../src/rules/unused.ts';
import { describeRule } from '../support/rule-cases.ts';

describeRule(unusedItems, [
  {
    name: 'a value set no element uses',
    edit: (d) => d.value_sets.push({ id: 'size', name: 'Size', description: 'A size.', binding: 'example', provenance: 'asc-mods', codes: [] }),
    want: [{ code: 'unused-value-set', pointer: '/value_sets/1/id' }],
  },
  {
    name: 'a component class nothing embeds',
    edit: (d) => d.classes.push({ id: 'asc-pet', name: 'pet', published_name: 'Pet', description: 'An animal.', group: 'core', kind: 'component', provenance: 'asc-mods', since: '1.0.0', elements: [] }),
    want: [{ code: 'unused-class', pointer: '/classes/4/name' }],
  },
  {
    name: 'an abstract class nothing extends',
    edit: (d) => d.classes.push({ id: 'asc-thing', name: 'thing', published_name: 'Thing', description: 'A supertype.', group: 'core', kind: 'abstract', provenance: 'asc-mods', since: '1.0.0', elements: [] }),
    want: [{ code: 'unused-class', pointer: '/classes/4/name' }],
  },
  {
    name: 'a record class is never unused',
    edit: (d) => d.classes.push({ id: 'asc-pet', name: 'pet', published_name: 'Pet', description: 'An animal.', group: 'core', kind: 'record', provenance: 'asc-mods', since: '1.0.0', elements: [] }),
    want: [],
  },
]);
