import { resolveReferences } from '../../src/rules/resolve-references.ts';
import { describeRule } from '../support/rule-cases.ts';

describeRule(resolveReferences, [
  { name: 'an unknown group', edit: (d) => (d.classes[3].group = 'cor'), want: [{ code: 'unresolved-reference', pointer: '/classes/3/group' }] },
  { name: 'an unknown also-listed group', edit: (d) => (d.classes[3].also_listed_under = ['core', 'nowhere']), want: [{ code: 'unresolved-reference', pointer: '/classes/3/also_listed_under/1' }] },
  { name: 'an unknown supertype', edit: (d) => (d.classes[3].extends = 'thing'), want: [{ code: 'unresolved-reference', pointer: '/classes/3/extends' }] },
  { name: 'an unknown building block', edit: (d) => (d.classes[3].includes = ['event']), want: [{ code: 'unresolved-reference', pointer: '/classes/3/includes/0' }] },
  {
    name: 'an unknown reference target',
    edit: (d) => d.classes[3].elements.push({ name: 'home', published_name: 'Home', description: 'Where.', cardinality: '0..1', type: 'reference', target: 'place', sensitivity: 'personal', provenance: 'asc-mods' }),
    want: [{ code: 'unresolved-reference', pointer: '/classes/3/elements/2/target' }],
  },
  {
    name: 'an unknown value set',
    edit: (d) => {
      d.classes[3].elements[0].value_set = 'colours';
      d.value_sets[0].binding = 'required';
    },
    want: [{ code: 'unresolved-reference', pointer: '/classes/3/elements/0/value_set' }],
  },
  { name: 'unknown legislation on a class', edit: (d) => (d.classes[3].legislation = ['test_ac']), want: [{ code: 'unresolved-reference', pointer: '/classes/3/legislation/0' }] },
  { name: 'unknown legislation on an element', edit: (d) => (d.classes[3].elements[1].legislation = ['gdpr']), want: [{ code: 'unresolved-reference', pointer: '/classes/3/elements/1/legislation/0' }] },
  { name: 'unknown legislation on a requirement', edit: (d) => (d.requirements[0].legislation = ['gdpr']), want: [{ code: 'unresolved-reference', pointer: '/requirements/0/legislation/0' }] },
  { name: 'a glossary term related to an unknown class', edit: (d) => (d.glossary[0].related = ['people']), want: [{ code: 'unresolved-reference', pointer: '/glossary/0/related/0' }] },
  { name: 'an unknown class in the conventions', edit: (d) => (d.conventions.coding = 'codings'), want: [{ code: 'unresolved-reference', pointer: '/conventions/coding' }] },
]);
