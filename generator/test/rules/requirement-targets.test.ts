import { requirementTargets } from '../../src/rules/requirement-targets.ts';
import { describeRule } from '../support/rule-cases.ts';

describeRule(requirementTargets, [
  { name: 'an unknown class', edit: (d) => (d.requirements[0].applies_to = ['persons']), want: [{ code: 'requirement-target-not-found', pointer: '/requirements/0/applies_to/0' }] },
  { name: 'an unknown element', edit: (d) => (d.requirements[0].applies_to = ['person', 'person.nhs_numbr']), want: [{ code: 'requirement-target-not-found', pointer: '/requirements/0/applies_to/1' }] },
  { name: 'a path too deep', edit: (d) => (d.requirements[0].applies_to = ['person.nhs_number.digits']), want: [{ code: 'requirement-target-not-found', pointer: '/requirements/0/applies_to/0' }] },
  { name: 'composed audit elements can be named', edit: (d) => (d.requirements[0].applies_to = ['*', 'person.record_uid', 'person.change_log']), want: [] },
]);
