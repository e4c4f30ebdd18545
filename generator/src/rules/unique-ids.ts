import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { joinPointer } from '../source/pointer.ts';
import type { Rule } from './rule.ts';

/** Ids are stable identifiers: unique among classes, value sets, requirements, groups, legislation and glossary terms. */
export const uniqueIds: Rule = {
  name: 'unique-ids',
  codes: ['duplicate-id'],
  check({ model }) {
    return [
      ...duplicates('class id', model.classes.map((c) => [c.id, joinPointer(c.pointer, 'id')])),
      ...duplicates('value set id', model.valueSets.map((v) => [v.id, joinPointer(v.pointer, 'id')])),
      ...duplicates('requirement id', model.requirements.map((r) => [r.id, joinPointer(r.pointer, 'id')])),
      ...duplicates('group id', model.groups.map((g) => [g.id, joinPointer(g.pointer, 'id')])),
      ...duplicates('legislation id', model.legislation.map((l) => [l.id, joinPointer(l.pointer, 'id')])),
      ...duplicates('glossary id', model.glossary.map((t) => [t.id, joinPointer(t.pointer, 'id')])),
    ];
  },
};

function duplicates(what: string, entries: readonly (readonly [string, string])[]): Finding[] {
  const first = new Map<string, string>();
  const findings: Finding[] = [];
  for (const [id, pointer] of entries) {
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, pointer);
      continue;
    }
    findings.push(finding('duplicate-id', `the ${what} "${id}" is already used`, pointer, { related: [{ message: 'first used here', pointer: earlier }] }));
  }
  return findings;
}
