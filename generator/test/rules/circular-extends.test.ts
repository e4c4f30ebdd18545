import { circularExtends } from '../../src/rules/circular-extends.ts';
import { describeRule } from '../support/rule-cases.ts';

const abstract = (name: string, link: Record<string, unknown>) => ({
  id: `asc-${name}`,
  name,
  published_name: name,
  description: 'An abstract class.',
  group: 'core',
  kind: 'abstract',
  provenance: 'asc-mods',
  since: '1.0.0',
  elements: [],
  ...link,
});

describeRule(circularExtends, [
  { name: 'a class that extends itself', edit: (d) => (d.classes[0].extends = 'versioned_record'), want: [{ code: 'circular-extends', pointer: '/classes/0/extends' }] },
  {
    name: 'two classes that extend each other (one cycle, reported once)',
    edit: (d) => d.classes.push(abstract('alpha', { extends: 'beta' }), abstract('beta', { extends: 'alpha' })),
    want: [{ code: 'circular-extends', pointer: '/classes/4/extends' }],
  },
  {
    name: 'a cycle through includes',
    edit: (d) => d.classes.push(abstract('alpha', { includes: ['beta'] }), abstract('beta', { extends: 'gamma' }), abstract('gamma', { includes: ['alpha'] })),
    want: [{ code: 'circular-extends', pointer: '/classes/4/includes/0' }],
  },
]);
