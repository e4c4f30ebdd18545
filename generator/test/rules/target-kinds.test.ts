import { targetKinds } from '../../src/rules/target-kinds.ts';
import { describeRule } from '../support/rule-cases.ts';

const element = (type: string, target: string) => ({ name: 'link', published_name: 'Link', description: 'A link.', cardinality: '0..1', type, target, sensitivity: 'none', provenance: 'asc-mods' });

describeRule(targetKinds, [
  { name: 'a reference to a component', edit: (d) => d.classes[3].elements.push(element('reference', 'coding')), want: [{ code: 'wrong-target-kind', pointer: '/classes/3/elements/2/target' }] },
  { name: 'a component that is a record', edit: (d) => d.classes[3].elements.push(element('component', 'person')), want: [{ code: 'wrong-target-kind', pointer: '/classes/3/elements/2/target' }] },
  { name: 'a supertype that is a record', edit: (d) => (d.classes[2].extends = 'person'), want: [{ code: 'wrong-target-kind', pointer: '/classes/2/extends' }] },
  { name: 'an included component', edit: (d) => (d.classes[3].includes = ['coding']), want: [{ code: 'wrong-target-kind', pointer: '/classes/3/includes/0' }] },
  { name: 'a record-wide include that is a component', edit: (d) => (d.conventions.record_includes = ['coding']), want: [{ code: 'wrong-target-kind', pointer: '/conventions/record_includes/0' }] },
  { name: 'a change log that is a record', edit: (d) => (d.conventions.change_log = 'person'), want: [{ code: 'wrong-target-kind', pointer: '/conventions/change_log' }] },
  { name: 'a coding class that is abstract', edit: (d) => (d.conventions.coding = 'versioned_record'), want: [{ code: 'wrong-target-kind', pointer: '/conventions/coding' }] },
]);
