import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { joinPointer } from '../source/pointer.ts';
import type { Rule } from './rule.ts';
import { ownElements } from './walk.ts';

/** Coded elements name a value set; references and components name a target; nothing else carries either. */
export const typeDetails: Rule = {
  name: 'type-details',
  codes: ['missing-type-detail', 'misplaced-type-detail'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const { element, where } of ownElements(model)) {
      const coded = element.type === 'coded';
      const linked = element.type === 'reference' || element.type === 'component';
      if (coded && element.valueSet === undefined) findings.push(finding('missing-type-detail', `${where} is coded but names no value_set`, joinPointer(element.pointer, 'type')));
      if (linked && element.target === undefined) findings.push(finding('missing-type-detail', `${where} is a ${element.type} but names no target class`, joinPointer(element.pointer, 'type')));
      if (!coded && element.valueSet !== undefined) findings.push(finding('misplaced-type-detail', `${where} has a value_set but is typed ${element.type}, not coded`, joinPointer(element.pointer, 'value_set'), { at: 'key' }));
      if (!coded && element.binding !== undefined) findings.push(finding('misplaced-type-detail', `${where} has a binding but is typed ${element.type}, not coded`, joinPointer(element.pointer, 'binding'), { at: 'key' }));
      if (!linked && element.target !== undefined) findings.push(finding('misplaced-type-detail', `${where} has a target but is typed ${element.type}, not reference or component`, joinPointer(element.pointer, 'target'), { at: 'key' }));
    }
    return findings;
  },
};
