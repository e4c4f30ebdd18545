import type { ClassModel, ElementModel, SpecModel } from '../model/types.ts';

/** Which requirement ids govern a class or an element, as their applies_to lists say (in spec order). */
export interface RequirementIndex {
  forClass(cls: ClassModel): readonly string[];
  forElement(cls: ClassModel, element: ElementModel): readonly string[];
}

export function indexRequirements(model: SpecModel): RequirementIndex {
  const active = model.requirements.filter((r) => r.status === 'active');
  return {
    forClass: (cls) => active.filter((r) => r.appliesTo.includes(cls.name) || (cls.kind === 'record' && r.appliesTo.includes('*'))).map((r) => r.id),
    forElement: (cls, element) => {
      const names = new Set([`${cls.name}.${element.name}`]);
      if (element.origin.kind !== 'own' && element.origin.kind !== 'change-log') names.add(`${element.origin.from}.${element.name}`);
      if (element.origin.kind === 'change-log') names.add(model.conventions.change_log);
      return active.filter((r) => r.appliesTo.some((target) => names.has(target))).map((r) => r.id);
    },
  };
}
