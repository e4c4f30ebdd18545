import type { SpecModel } from './types.ts';

/**
 * The start and end elements a start-before-end requirement pairs, by class: of the class.element targets it names,
 * an element whose name says start with one whose name says end.
 */
export function startEndPairs(model: SpecModel, ruleId: string): Map<string, [string, string][]> {
  const pairs = new Map<string, [string, string][]>();
  for (const requirement of model.requirements.filter((r) => r.check.rule === ruleId)) {
    const byClass = new Map<string, string[]>();
    for (const target of requirement.appliesTo) {
      const [cls, element] = target.split('.');
      if (cls && element) byClass.set(cls, [...(byClass.get(cls) ?? []), element]);
    }
    for (const [cls, names] of byClass) {
      const start = names.find((n) => /start/.test(n));
      const end = names.find((n) => /end/.test(n));
      if (start && end) pairs.set(cls, [...(pairs.get(cls) ?? []), [start, end]]);
    }
  }
  return pairs;
}
