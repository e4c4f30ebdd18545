import { publishedTypeMapping } from '../../src/rules/published-type.ts';
import { describeRule } from '../support/rule-cases.ts';

describeRule(publishedTypeMapping, [
  { name: 'a Type the data browser does not use', edit: (d) => (d.classes[3].elements[0].published_type = 'Lookups'), want: [{ code: 'unknown-published-type', pointer: '/classes/3/elements/0/published_type' }] },
  { name: 'Date and Time typed as a date, without a note', edit: (d) => (d.classes[1].elements[0].type = 'date'), want: [{ code: 'type-mismatch', pointer: '/classes/1/elements/0/type' }] },
  {
    name: 'Text coded, without a note',
    edit: (d) => (d.classes[3].elements[0].published_type = 'Text'),
    want: [{ code: 'type-mismatch', pointer: '/classes/3/elements/0/type' }],
  },
  {
    name: 'a deviation that a note explains is accepted',
    edit: (d) => {
      d.classes[3].elements[0].published_type = 'Text';
      d.classes[3].elements[0].note = 'Published as Text; coded so that systems agree.';
    },
    want: [],
  },
]);
