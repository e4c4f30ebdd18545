import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { valueProblem } from '../model/value-check.ts';
import { joinPointer } from '../source/pointer.ts';
import type { Rule } from './rule.ts';
import { ownElements } from './walk.ts';

/** An element with a pattern gives an example, and every example is a valid value of its element. */
export const exampleValues: Rule = {
  name: 'example-values',
  codes: ['missing-example', 'invalid-example'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const { element, where } of ownElements(model)) {
      if (element.example === undefined) {
        if (element.constraints.pattern !== undefined) findings.push(finding('missing-example', `${where} has a pattern but no example value`, joinPointer(element.pointer, 'constraints', 'pattern'), { at: 'key' }));
        continue;
      }
      const problem = valueProblem(element, element.example);
      if (problem) findings.push(finding('invalid-example', `${where}: the example is not valid because ${problem}`, joinPointer(element.pointer, 'example')));
    }
    return findings;
  },
};
