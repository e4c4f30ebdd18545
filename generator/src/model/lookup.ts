import { indexModel } from './index.ts';
import type { ClassModel, ElementModel, RequirementModel, SpecModel, ValueSetModel } from './types.ts';

/**
 * The lookups the emitters make for every class and element: by name, and in reverse (which requirements name a
 * target, which elements refer to a class or bind a value set). Scanning the model for each would make generating
 * grow with the square of the standard; these are built once per model (models are never changed), so each costs
 * the same however large the standard is. Lists keep spec order.
 */
export interface ModelLookup {
  readonly classes: ReadonlyMap<string, ClassModel>;
  readonly valueSets: ReadonlyMap<string, ValueSetModel>;
  readonly requirements: ReadonlyMap<string, RequirementModel>;
  /** The requirements whose applies_to names any of these targets (`*`, a class, `class.element`), each once. */
  naming(targets: readonly string[]): readonly RequirementModel[];
  /** The classes' own elements that refer to or embed a class. */
  targeting(className: string): readonly ElementUse[];
  /** The classes' own elements bound to a value set. */
  binding(valueSetId: string): readonly ElementUse[];
}

/** An element where a class writes it. */
export interface ElementUse {
  readonly cls: ClassModel;
  readonly element: ElementModel;
}

const lookups = new WeakMap<SpecModel, ModelLookup>();

export function lookup(model: SpecModel): ModelLookup {
  let found = lookups.get(model);
  if (!found) lookups.set(model, (found = buildLookup(model)));
  return found;
}

function buildLookup(model: SpecModel): ModelLookup {
  const index = indexModel(model);
  const requirements = new Map<string, RequirementModel>();
  for (const r of model.requirements) if (!requirements.has(r.id)) requirements.set(r.id, r);
  // Requirement positions per target, so that a union of targets can be put back in spec order.
  const byTarget = new Map<string, number[]>();
  model.requirements.forEach((r, position) => {
    for (const target of new Set(r.appliesTo)) push(byTarget, target, position);
  });
  const targeting = new Map<string, ElementUse[]>();
  const binding = new Map<string, ElementUse[]>();
  for (const cls of model.classes) {
    for (const element of cls.ownElements) {
      if (element.target !== undefined) push(targeting, element.target, { cls, element });
      if (element.valueSet !== undefined) push(binding, element.valueSet, { cls, element });
    }
  }
  return {
    classes: index.classes,
    valueSets: index.valueSets,
    requirements,
    naming(targets) {
      const lists = targets.map((t) => byTarget.get(t) ?? []).filter((l) => l.length > 0);
      if (lists.length === 0) return [];
      const positions = lists.length === 1 ? lists[0]! : [...new Set(lists.flat())].sort((a, b) => a - b);
      return positions.map((p) => model.requirements[p]!);
    },
    targeting: (className) => targeting.get(className) ?? [],
    binding: (valueSetId) => binding.get(valueSetId) ?? [],
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
