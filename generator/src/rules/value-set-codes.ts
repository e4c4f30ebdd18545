import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { joinPointer } from '../source/pointer.ts';
import type { Rule } from './rule.ts';

/** A value set lists each code once, and a required binding has codes to require. */
export const valueSetCodes: Rule = {
  name: 'value-set-codes',
  codes: ['duplicate-code', 'empty-required-value-set'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const valueSet of model.valueSets) {
      const seen = new Map<string, string>();
      for (const code of valueSet.codes) {
        const earlier = seen.get(code.code);
        if (earlier === undefined) {
          seen.set(code.code, code.pointer);
          continue;
        }
        findings.push(
          finding('duplicate-code', `value set "${valueSet.id}" lists the code "${code.code}" twice`, joinPointer(code.pointer, 'code'), { related: [{ message: 'first listed here', pointer: earlier }] }),
        );
      }
      if (valueSet.binding === 'required' && valueSet.codes.length === 0) {
        findings.push(finding('empty-required-value-set', `value set "${valueSet.id}" has a required binding but lists no codes`, joinPointer(valueSet.pointer, 'binding')));
      }
    }
    return findings;
  },
};
