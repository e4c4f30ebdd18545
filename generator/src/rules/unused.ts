import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { joinPointer } from '../source/pointer.ts';
import type { Rule } from './rule.ts';

/**
 * Every value set is bound by some element, and every component or abstract class is embedded, extended,
 * included or referred to (records stand alone and are never unused). The conventions count as uses.
 */
export const unusedItems: Rule = {
  name: 'unused-items',
  codes: ['unused-value-set', 'unused-class'],
  check({ model }) {
    const usedValueSets = new Set<string>();
    const usedClasses = new Set<string>([...model.conventions.record_includes, model.conventions.change_log, model.conventions.coding]);
    for (const cls of model.classes) {
      if (cls.extends !== undefined) usedClasses.add(cls.extends);
      for (const name of cls.includes) usedClasses.add(name);
      for (const element of cls.ownElements) {
        if (element.valueSet !== undefined) usedValueSets.add(element.valueSet);
        if (element.target !== undefined) usedClasses.add(element.target);
      }
    }
    const findings: Finding[] = [];
    for (const valueSet of model.valueSets) {
      if (!usedValueSets.has(valueSet.id)) findings.push(finding('unused-value-set', `no element uses the value set "${valueSet.id}"`, joinPointer(valueSet.pointer, 'id')));
    }
    for (const cls of model.classes) {
      if (cls.kind === 'record' || usedClasses.has(cls.name)) continue;
      findings.push(finding('unused-class', `nothing embeds, extends, includes or refers to the ${cls.kind} class "${cls.name}"`, joinPointer(cls.pointer, 'name')));
    }
    return findings;
  },
};
