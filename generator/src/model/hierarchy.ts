import { lookup } from './lookup.ts';
import type { ClassModel, SpecModel } from './types.ts';

/**
 * The record classes a reference to this class may point at: itself when it is a record, and every record that
 * specialises it, however deep, in spec order.
 */
export function concreteRecords(model: SpecModel, name: string): string[] {
  const byName = lookup(model).classes;
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (cls: ClassModel | undefined): void => {
    if (!cls || seen.has(cls.name)) return;
    seen.add(cls.name);
    if (cls.kind === 'record') out.push(cls.name);
    for (const sub of cls.subtypes) visit(byName.get(sub));
  };
  visit(byName.get(name));
  return out;
}

export function recordClasses(model: SpecModel): readonly ClassModel[] {
  return model.classes.filter((c) => c.kind === 'record');
}
