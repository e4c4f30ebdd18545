import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import type { ClassKind } from '../model/raw.ts';
import { joinPointer } from '../source/pointer.ts';
import type { Rule } from './rule.ts';

/**
 * Each kind of link points at the right kind of class: references at records or abstract supertypes, components
 * at component classes, extends and includes at abstract classes, and the conventions at what they configure.
 */
export const targetKinds: Rule = {
  name: 'target-kinds',
  codes: ['wrong-target-kind'],
  check({ model, index }) {
    const findings: Finding[] = [];
    const expectKind = (name: string | undefined, allowed: readonly ClassKind[], role: string, pointer: string): void => {
      if (name === undefined) return;
      const target = index.classes.get(name);
      if (!target || allowed.includes(target.kind)) return;
      findings.push(finding('wrong-target-kind', `${role} must be ${allowed.map((k) => `a ${k}`).join(' or ')} class, but "${name}" is a ${target.kind}`, pointer));
    };
    const conventions = model.conventions;
    conventions.record_includes.forEach((name, i) => expectKind(name, ['abstract'], 'a class every record includes', joinPointer('/conventions/record_includes', i)));
    expectKind(conventions.change_log, ['component'], 'the change-log class', '/conventions/change_log');
    expectKind(conventions.coding, ['component'], 'the coding class', '/conventions/coding');
    for (const cls of model.classes) {
      expectKind(cls.extends, ['abstract'], 'a supertype', joinPointer(cls.pointer, 'extends'));
      cls.includes.forEach((name, i) => expectKind(name, ['abstract'], 'an included building block', joinPointer(cls.pointer, 'includes', i)));
      for (const element of cls.ownElements) {
        if (element.type === 'reference') expectKind(element.target, ['record', 'abstract'], 'the target of a reference', joinPointer(element.pointer, 'target'));
        if (element.type === 'component') expectKind(element.target, ['component'], 'the target of a component element', joinPointer(element.pointer, 'target'));
      }
    }
    return findings;
  },
};
