import { uniqueNames } from '../../src/rules/unique-names.ts';
import { describeRule } from '../support/rule-cases.ts';

describeRule(uniqueNames, [
  { name: 'two classes share a technical name', edit: (d) => (d.classes[2].name = 'change_log'), want: [{ code: 'duplicate-name', pointer: '/classes/2/name' }] },
  {
    name: 'two elements of a class share a technical name',
    edit: (d) => (d.classes[3].elements[1].name = 'favourite_colour'),
    want: [{ code: 'duplicate-name', pointer: '/classes/3/elements/1/name' }],
  },
  {
    name: 'two elements of a class share a published name',
    edit: (d) => (d.classes[3].elements[1].published_name = 'Favourite colour'),
    want: [{ code: 'duplicate-name', pointer: '/classes/3/elements/1/published_name' }],
  },
  {
    name: 'a record redefines an element every record includes',
    edit: (d) => {
      d.classes[3].elements[1].name = 'record_uid';
      d.requirements[0].applies_to = ['person'];
    },
    want: [{ code: 'duplicate-name', pointer: '/classes/3/elements/1/name' }],
  },
  {
    name: 'a record includes the same building block twice over',
    edit: (d) => {
      d.classes[3].includes = ['versioned_record'];
    },
    want: [
      { code: 'duplicate-name', pointer: '/classes/3' },
      { code: 'duplicate-name', pointer: '/classes/3' },
    ],
  },
  { name: 'two glossary entries define the same term', edit: (d) => d.glossary.push({ ...d.glossary[0], id: 'person_again', term: 'PERSON' }), want: [{ code: 'duplicate-name', pointer: '/glossary/1/term' }] },
]);
