import type { ClassModel, SpecModel, ValueSetModel } from './types.ts';

/** Lookup tables over a model: the first item of each name wins (duplicates are reported by rules). */
export interface SpecIndex {
  readonly classes: ReadonlyMap<string, ClassModel>;
  readonly valueSets: ReadonlyMap<string, ValueSetModel>;
  readonly groups: ReadonlySet<string>;
  readonly legislation: ReadonlySet<string>;
}

export function indexModel(model: SpecModel): SpecIndex {
  return {
    classes: firstBy(model.classes, (c) => c.name),
    valueSets: firstBy(model.valueSets, (v) => v.id),
    groups: new Set(model.groups.map((g) => g.id)),
    legislation: new Set(model.legislation.map((l) => l.id)),
  };
}

function firstBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}
