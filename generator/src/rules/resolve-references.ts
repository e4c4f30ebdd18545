import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { joinPointer } from '../source/pointer.ts';
import { suggest } from '../text/suggest.ts';
import type { Rule } from './rule.ts';

/** The names of one kind of item: a set to look them up in, the list for suggestions. */
interface KnownNames {
  readonly names: readonly string[];
  has(name: string): boolean;
}

function known(names: Iterable<string>): KnownNames {
  const list = [...names];
  const set = new Set(list);
  return { names: list, has: (name) => set.has(name) };
}

/** Every name the spec uses to point at something (a group, class, value set, legislation) names something that exists. */
export const resolveReferences: Rule = {
  name: 'resolve-references',
  codes: ['unresolved-reference'],
  check({ model, index }) {
    const classes = known(index.classes.keys());
    const valueSets = known(index.valueSets.keys());
    const groups = known(index.groups);
    const legislation = known(index.legislation);
    const findings: Finding[] = [];
    const expect = (name: string, known: KnownNames, what: string, pointer: string): void => {
      if (known.has(name)) return;
      const guess = suggest(name, known.names);
      findings.push(finding('unresolved-reference', `there is no ${what} "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}`, pointer));
    };
    const expectAll = (names: readonly string[], known: KnownNames, what: string, pointer: string): void =>
      names.forEach((name, i) => expect(name, known, what, joinPointer(pointer, i)));

    const conventions = model.conventions;
    expectAll(conventions.record_includes, classes, 'class', '/conventions/record_includes');
    expect(conventions.change_log, classes, 'class', '/conventions/change_log');
    expect(conventions.coding, classes, 'class', '/conventions/coding');

    for (const cls of model.classes) {
      expect(cls.group, groups, 'group', joinPointer(cls.pointer, 'group'));
      expectAll(cls.alsoListedUnder, groups, 'group', joinPointer(cls.pointer, 'also_listed_under'));
      if (cls.extends !== undefined) expect(cls.extends, classes, 'class', joinPointer(cls.pointer, 'extends'));
      expectAll(cls.includes, classes, 'class', joinPointer(cls.pointer, 'includes'));
      expectAll(cls.legislation, legislation, 'legislation', joinPointer(cls.pointer, 'legislation'));
      for (const element of cls.ownElements) {
        if (element.target !== undefined) expect(element.target, classes, 'class', joinPointer(element.pointer, 'target'));
        if (element.valueSet !== undefined) expect(element.valueSet, valueSets, 'value set', joinPointer(element.pointer, 'value_set'));
        expectAll(element.legislation, legislation, 'legislation', joinPointer(element.pointer, 'legislation'));
      }
    }
    for (const term of model.glossary) expectAll(term.related ?? [], classes, 'class', joinPointer(term.pointer, 'related'));
    for (const requirement of model.requirements) expectAll(requirement.legislation, legislation, 'legislation', joinPointer(requirement.pointer, 'legislation'));
    return findings;
  },
};
