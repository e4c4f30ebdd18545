import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { isPublishedType, publishedTypes } from '../model/published-type.ts';
import { joinPointer } from '../source/pointer.ts';
import { suggest } from '../text/suggest.ts';
import type { Rule } from './rule.ts';
import { ownElements } from './walk.ts';

/** The published Type is one the data browser uses, and the normalised type follows from it unless a note explains why not. */
export const publishedTypeMapping: Rule = {
  name: 'published-type-mapping',
  codes: ['unknown-published-type', 'type-mismatch'],
  check({ model }) {
    const findings: Finding[] = [];
    const wordings = Object.keys(publishedTypes);
    for (const { element, where } of ownElements(model)) {
      const published = element.publishedType;
      if (published === undefined) continue;
      if (!isPublishedType(published)) {
        const guess = suggest(published, wordings);
        const hint = guess ? `did you mean "${guess}"?` : `use one of: ${wordings.join(', ')}`;
        findings.push(finding('unknown-published-type', `${where}: the data browser has no Type "${published}"; ${hint}`, joinPointer(element.pointer, 'published_type')));
        continue;
      }
      const expected = publishedTypes[published]!;
      if (!expected.includes(element.type) && element.note === undefined) {
        findings.push(
          finding('type-mismatch', `${where} is published as "${published}" but typed ${element.type} (expected ${expected.join(' or ')}); add a note saying why`, joinPointer(element.pointer, 'type')),
        );
      }
    }
    return findings;
  },
};
