import type { SpecModel } from './types.ts';

/** Which requirement each check verifies, from the spec's own requirements (schema keywords and named data rules). */
export interface RequirementLookup {
  forKeyword(keyword: string, element: string | undefined, recordType: string): string | undefined;
  forRule(rule: string): string | undefined;
}

export function requirementLookup(model: SpecModel): RequirementLookup {
  const active = model.requirements.filter((r) => r.status === 'active');
  const byRule = new Map<string, string>();
  for (const r of active) if (r.check.rule !== undefined && !byRule.has(r.check.rule)) byRule.set(r.check.rule, r.id);
  const schema = active.filter((r) => r.check.method === 'schema');
  return {
    forRule: (rule) => byRule.get(rule),
    forKeyword: (keyword, element, recordType) => {
      const candidates = schema.filter((r) => r.check.keywords.includes(keyword as never));
      // A requirement naming the element itself wins; then one that governs whole records rather than named elements.
      const specific = candidates.find((r) => element !== undefined && r.appliesTo.some((t) => t === `${recordType}.${element}` || t.endsWith(`.${element}`)));
      const general = candidates.find((r) => r.appliesTo.every((t) => !t.includes('.')));
      return (specific ?? general ?? candidates[0])?.id;
    },
  };
}
