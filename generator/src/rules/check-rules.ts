import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { dataRuleIds } from '../model/data-rules.ts';
import { joinPointer } from '../source/pointer.ts';
import { suggest } from '../text/suggest.ts';
import type { Rule } from './rule.ts';

/** A requirement checked by a rule names a data rule the validator implements; only schema checks name keywords. */
export const checkRules: Rule = {
  name: 'check-rules',
  codes: ['unknown-check-rule'],
  check({ model }) {
    const findings: Finding[] = [];
    const known: readonly string[] = dataRuleIds;
    for (const requirement of model.requirements) {
      const { method, rule } = requirement.check;
      const pointer = joinPointer(requirement.pointer, 'check');
      if (method === 'rule' && rule === undefined) {
        findings.push(finding('unknown-check-rule', `requirement ${requirement.id} is checked by a rule but names none; use one of: ${known.join(', ')}`, joinPointer(pointer, 'method')));
      } else if (method === 'rule' && rule !== undefined && !known.includes(rule)) {
        const guess = suggest(rule, known);
        findings.push(
          finding('unknown-check-rule', `requirement ${requirement.id} names the data rule "${rule}", which does not exist; ${guess ? `did you mean "${guess}"?` : `use one of: ${known.join(', ')}`}`, joinPointer(pointer, 'rule')),
        );
      } else if (method !== 'schema' && requirement.check.keywords.length > 0) {
        findings.push(finding('unknown-check-rule', `requirement ${requirement.id} names schema keywords but its method is ${method}; set method: schema or remove the keywords`, joinPointer(pointer, 'keywords'), { at: 'key' }));
      } else if (method !== 'rule' && rule !== undefined) {
        findings.push(finding('unknown-check-rule', `requirement ${requirement.id} names the rule "${rule}" but its method is ${method}; set method: rule or remove the rule`, joinPointer(pointer, 'rule'), { at: 'key' }));
      }
    }
    return findings;
  },
};
