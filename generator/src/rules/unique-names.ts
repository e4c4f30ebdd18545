import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import type { ElementModel } from '../model/types.ts';
import { joinPointer } from '../source/pointer.ts';
import type { Rule } from './rule.ts';

/**
 * Technical names are unique among classes; within a class, element names and published names are unique
 * across everything an instance carries (composed audit elements, inherited and included ones, and its own).
 */
export const uniqueNames: Rule = {
  name: 'unique-names',
  codes: ['duplicate-name'],
  check({ model }) {
    const findings: Finding[] = [];
    const classNames = new Map<string, string>();
    for (const cls of model.classes) {
      const earlier = classNames.get(cls.name);
      if (earlier === undefined) classNames.set(cls.name, cls.pointer);
      else findings.push(finding('duplicate-name', `the class name "${cls.name}" is already used`, joinPointer(cls.pointer, 'name'), { related: [{ message: 'first used here', pointer: earlier }] }));
      findings.push(...clashes(cls.name, cls.pointer, cls.elements, (e) => e.name, 'name', 'technical name'));
      findings.push(...clashes(cls.name, cls.pointer, cls.elements, (e) => e.publishedName, 'published_name', 'published name'));
    }
    const terms = new Map<string, string>();
    for (const term of model.glossary) {
      const key = term.term.toLowerCase();
      const earlier = terms.get(key);
      if (earlier === undefined) terms.set(key, term.pointer);
      else findings.push(finding('duplicate-name', `the glossary term "${term.term}" is already defined`, joinPointer(term.pointer, 'term'), { related: [{ message: 'first defined here', pointer: earlier }] }));
    }
    return findings;
  },
};

function clashes(className: string, classPointer: string, elements: readonly ElementModel[], key: (e: ElementModel) => string, property: string, what: string): Finding[] {
  const seen = new Map<string, ElementModel>();
  const findings: Finding[] = [];
  for (const element of elements) {
    const value = key(element);
    const earlier = seen.get(value);
    if (earlier === undefined) {
      seen.set(value, element);
      continue;
    }
    // Report at the class's own element; a clash between two composed elements is reported at the class's own copy only.
    const here = element.origin.kind === 'own' ? element : earlier.origin.kind === 'own' ? earlier : undefined;
    if (!here) {
      findings.push(
        finding('duplicate-name', `class "${className}" receives two elements with the ${what} "${value}", from ${describeOrigin(earlier)} and from ${describeOrigin(element)}`, classPointer, {
          at: 'key',
        }),
      );
      continue;
    }
    const other = here === element ? earlier : element;
    const via = other.origin.kind === 'own' ? '' : ` (it comes from ${describeOrigin(other)})`;
    findings.push(
      finding('duplicate-name', `class "${className}" already has an element with the ${what} "${value}"${via}`, joinPointer(here.pointer, property), {
        related: [{ message: 'the other element', pointer: other.pointer }],
      }),
    );
  }
  return findings;
}

function describeOrigin(element: ElementModel): string {
  switch (element.origin.kind) {
    case 'record-includes':
      return `"${element.origin.from}", which every record includes`;
    case 'change-log':
      return 'the change log every record carries';
    case 'includes':
      return `the included class "${element.origin.from}"`;
    case 'inherited':
      return `the supertype "${element.origin.from}"`;
    case 'own':
      return 'this class';
  }
}
