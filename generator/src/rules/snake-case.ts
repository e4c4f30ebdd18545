import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { joinPointer } from '../source/pointer.ts';
import type { Rule } from './rule.ts';

const snakeCase = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

export function isSnakeCase(name: string): boolean {
  return snakeCase.test(name);
}

/** Technical names follow the standard's naming principle: lowercase, underscore-separated. */
export const snakeCaseNames: Rule = {
  name: 'snake-case-names',
  codes: ['name-not-snake-case'],
  check({ model }) {
    const names: [string, string, string][] = [
      ...model.classes.map((c): [string, string, string] => ['class name', c.name, joinPointer(c.pointer, 'name')]),
      ...model.classes.flatMap((c) => c.ownElements.map((e): [string, string, string] => ['element name', e.name, joinPointer(e.pointer, 'name')])),
      ...model.valueSets.map((v): [string, string, string] => ['value set id', v.id, joinPointer(v.pointer, 'id')]),
      ...model.groups.map((g): [string, string, string] => ['group id', g.id, joinPointer(g.pointer, 'id')]),
      ...model.legislation.map((l): [string, string, string] => ['legislation id', l.id, joinPointer(l.pointer, 'id')]),
      ...model.glossary.map((t): [string, string, string] => ['glossary id', t.id, joinPointer(t.pointer, 'id')]),
      ['record type field', model.conventions.record_type_field, '/conventions/record_type_field'],
    ];
    const findings: Finding[] = [];
    for (const [what, name, pointer] of names) {
      if (isSnakeCase(name)) continue;
      findings.push(finding('name-not-snake-case', `the ${what} "${name}" is not lowercase snake_case (try "${toSnakeCase(name)}")`, pointer));
    }
    return findings;
  },
};

export function toSnakeCase(name: string): string {
  const converted = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
  return /^[a-z]/.test(converted) ? converted : `x_${converted}`;
}
