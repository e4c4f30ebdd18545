import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import type { ElementType, RawConstraints } from '../model/raw.ts';
import { joinPointer } from '../source/pointer.ts';
import type { Rule } from './rule.ts';
import { ownElements } from './walk.ts';

const applicable: Readonly<Record<keyof RawConstraints, readonly ElementType[]>> = {
  format: ['text'],
  min_length: ['text'],
  max_length: ['text'],
  pattern: ['text'],
  minimum: ['integer', 'decimal'],
  maximum: ['integer', 'decimal'],
  not_in_future: ['date', 'date-time'],
};

/** Constraints apply to the element's type, can be met by some value, and patterns compile. */
export const constraintRules: Rule = {
  name: 'constraints',
  codes: ['constraint-not-applicable', 'conflicting-constraints'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const { element, where } of ownElements(model)) {
      const c = element.constraints;
      const at = (key: string) => joinPointer(element.pointer, 'constraints', key);
      for (const key of Object.keys(c) as (keyof RawConstraints)[]) {
        const types = applicable[key];
        if (!types.includes(element.type)) {
          findings.push(finding('constraint-not-applicable', `${where}: ${key} applies to ${types.join(' or ')} elements, not ${element.type}`, at(key), { at: 'key' }));
        }
      }
      if (c.min_length !== undefined && c.max_length !== undefined && c.min_length > c.max_length) {
        findings.push(finding('conflicting-constraints', `${where}: min_length ${c.min_length} is greater than max_length ${c.max_length}`, at('min_length')));
      }
      if (c.minimum !== undefined && c.maximum !== undefined && c.minimum > c.maximum) {
        findings.push(finding('conflicting-constraints', `${where}: minimum ${c.minimum} is greater than maximum ${c.maximum}`, at('minimum')));
      }
      if (c.pattern !== undefined) {
        const problem = patternProblem(c.pattern);
        if (problem) findings.push(finding('conflicting-constraints', `${where}: the pattern is not a valid regular expression (${problem})`, at('pattern')));
      }
    }
    return findings;
  },
};

function patternProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'u');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : 'invalid';
  }
}
