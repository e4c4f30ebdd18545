import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import type { ClassModel } from '../model/types.ts';
import { joinPointer } from '../source/pointer.ts';
import type { Rule } from './rule.ts';

/** No class is its own supertype or building block, however many steps away. Each cycle is reported once. */
export const circularExtends: Rule = {
  name: 'circular-extends',
  codes: ['circular-extends'],
  check({ model, index }) {
    const findings: Finding[] = [];
    const reported = new Set<string>();
    const links = (cls: ClassModel): [string, string][] => [
      ...(cls.extends !== undefined ? [[cls.extends, joinPointer(cls.pointer, 'extends')] as [string, string]] : []),
      ...cls.includes.map((name, i): [string, string] => [name, joinPointer(cls.pointer, 'includes', i)]),
    ];
    for (const start of model.classes) {
      // Depth-first search for a path back to start.
      const stack: { name: string; path: string[] }[] = links(start).map(([name]) => ({ name, path: [start.name, name] }));
      const seen = new Set<string>();
      while (stack.length > 0) {
        const { name, path } = stack.pop()!;
        if (name === start.name) {
          const cycle = [...path].slice(0, -1).sort().join(' ');
          if (!reported.has(cycle)) {
            reported.add(cycle);
            const [first] = links(start).filter(([n]) => n === path[1]);
            findings.push(finding('circular-extends', `"${start.name}" is its own supertype or building block: ${path.join(' → ')}`, first?.[1] ?? start.pointer));
          }
          break;
        }
        if (seen.has(name)) continue;
        seen.add(name);
        const next = index.classes.get(name);
        if (next) for (const [n] of links(next)) stack.push({ name: n, path: [...path, n] });
      }
    }
    return findings;
  },
};
