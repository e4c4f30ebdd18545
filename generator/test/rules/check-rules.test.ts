import { checkRules } from '../../src/rules/check-rules.ts';
import { describeRule } from '../support/rule-cases.ts';

describeRule(checkRules, [
  { name: 'a data rule that does not exist', edit: (d) => (d.requirements[0].check.rule = 'nhs-number-checkdigit'), want: [{ code: 'unknown-check-rule', pointer: '/requirements/0/check/rule' }] },
  { name: 'method rule without a rule', edit: (d) => delete d.requirements[0].check.rule, want: [{ code: 'unknown-check-rule', pointer: '/requirements/0/check/method' }] },
  { name: 'schema keywords with another method', edit: (d) => (d.requirements[0].check.keywords = ['required']), want: [{ code: 'unknown-check-rule', pointer: '/requirements/0/check/keywords' }] },
  { name: 'a rule with another method', edit: (d) => (d.requirements[0].check.method = 'schema'), want: [{ code: 'unknown-check-rule', pointer: '/requirements/0/check/rule' }] },
]);
