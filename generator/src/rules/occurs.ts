import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { cardinalityFromOccurs, occursVocabulary } from '../model/occurs.ts';
import { joinPointer } from '../source/pointer.ts';
import { suggest } from '../text/suggest.ts';
import type { Rule } from './rule.ts';
import { ownElements } from './walk.ts';

/** Cardinality comes from the published Occurs wording; a declared cardinality only where Occurs was not published. */
export const occursMapping: Rule = {
  name: 'occurs-mapping',
  codes: ['unknown-occurs', 'missing-cardinality', 'cardinality-conflict'],
  check({ model }) {
    const findings: Finding[] = [];
    const wordings = Object.keys(occursVocabulary);
    for (const { element, where } of ownElements(model)) {
      if (element.occurs !== undefined && cardinalityFromOccurs(element.occurs) === undefined) {
        const guess = suggest(element.occurs, wordings);
        const hint = guess ? `did you mean "${guess}"?` : `use one of: ${wordings.join(', ')}`;
        findings.push(finding('unknown-occurs', `${where}: the Occurs wording "${element.occurs}" does not map to a cardinality; ${hint}`, joinPointer(element.pointer, 'occurs')));
      }
      if (element.occurs === undefined && element.declaredCardinality === undefined) {
        findings.push(finding('missing-cardinality', `${where} has neither occurs nor cardinality`, element.pointer, { at: 'key' }));
      }
      if (element.occurs !== undefined && element.declaredCardinality !== undefined) {
        findings.push(
          finding('cardinality-conflict', `${where} gives both occurs ("${element.occurs}") and cardinality (${element.declaredCardinality}); keep the published occurs`, joinPointer(element.pointer, 'cardinality'), {
            at: 'key',
          }),
        );
      }
    }
    return findings;
  },
};
