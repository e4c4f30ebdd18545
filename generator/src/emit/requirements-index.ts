import { lookup } from '../model/lookup.ts';
import type { ClassModel, ElementModel, SpecModel } from '../model/types.ts';

/** Which requirement ids govern a class or an element, as their applies_to lists say (in spec order). */
export interface RequirementIndex {
  forClass(cls: ClassModel): readonly string[];
  forElement(cls: ClassModel, element: ElementModel): readonly string[];
}

export function indexRequirements(model: SpecModel): RequirementIndex {
  const found = lookup(model);
  const active = (targets: readonly string[]) => found.naming(targets).filter((r) => r.status === 'active').map((r) => r.id);
  return {
    forClass: (cls) => active(cls.kind === 'record' ? [cls.name, '*'] : [cls.name]),
    forElement: (cls, element) => {
      const names = [`${cls.name}.${element.name}`];
      if (element.origin.kind !== 'own' && element.origin.kind !== 'change-log') names.push(`${element.origin.from}.${element.name}`);
      if (element.origin.kind === 'change-log') names.push(model.conventions.change_log);
      return active(names);
    },
  };
}
