import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { joinPointer } from '../source/pointer.ts';
import { suggest } from '../text/suggest.ts';
import type { Rule } from './rule.ts';

/** A requirement applies to '*' (every record class), a class, or class.element, and each of them exists. */
export const requirementTargets: Rule = {
  name: 'requirement-targets',
  codes: ['requirement-target-not-found'],
  check({ model, index }) {
    const findings: Finding[] = [];
    for (const requirement of model.requirements) {
      requirement.appliesTo.forEach((target, i) => {
        if (target === '*') return;
        const pointer = joinPointer(requirement.pointer, 'applies_to', i);
        const [className = '', elementName, ...rest] = target.split('.');
        const cls = index.classes.get(className);
        if (!cls || rest.length > 0) {
          const guess = suggest(className, [...index.classes.keys()]);
          findings.push(finding('requirement-target-not-found', `requirement ${requirement.id} applies to "${target}", but there is no such class${guess && !cls ? ` (did you mean "${guess}"?)` : ''}`, pointer));
          return;
        }
        if (elementName !== undefined && !cls.elements.some((e) => e.name === elementName)) {
          const guess = suggest(elementName, cls.elements.map((e) => e.name));
          findings.push(
            finding('requirement-target-not-found', `requirement ${requirement.id} applies to "${target}", but class "${className}" has no element "${elementName}"${guess ? ` (did you mean "${guess}"?)` : ''}`, pointer),
          );
        }
      });
    }
    return findings;
  },
};
