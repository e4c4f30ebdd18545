import { uniqueIds } from '../../src/rules/unique-ids.ts';
import { describeRule } from '../support/rule-cases.ts';

describeRule(uniqueIds, [
  { name: 'two classes share an id', edit: (d) => (d.classes[3].id = d.classes[2].id), want: [{ code: 'duplicate-id', pointer: '/classes/3/id' }] },
  {
    name: 'two value sets share an id',
    edit: (d) => d.value_sets.push({ ...d.value_sets[0], codes: [] , binding: 'example' }),
    want: [{ code: 'duplicate-id', pointer: '/value_sets/1/id' }],
  },
  { name: 'two requirements share an id', edit: (d) => d.requirements.push({ ...d.requirements[0] }), want: [{ code: 'duplicate-id', pointer: '/requirements/1/id' }] },
  { name: 'two groups share an id', edit: (d) => d.groups.push({ ...d.groups[0], name: 'Other' }), want: [{ code: 'duplicate-id', pointer: '/groups/1/id' }] },
  { name: 'two acts share an id', edit: (d) => d.legislation.push({ ...d.legislation[0] }), want: [{ code: 'duplicate-id', pointer: '/legislation/1/id' }] },
  { name: 'two glossary terms share an id', edit: (d) => d.glossary.push({ ...d.glossary[0], term: 'Other' }), want: [{ code: 'duplicate-id', pointer: '/glossary/1/id' }] },
]);
