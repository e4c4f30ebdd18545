import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../../src/diagnostics/catalogue.ts';
import type { Rule } from '../../src/rules/rule.ts';
import { checkEdited, checkKitchenSink, findingsOf, type Draft } from './spec-builder.ts';

export interface RuleCase {
  readonly name: string;
  readonly edit: (draft: Draft) => void;
  readonly want: readonly { readonly code: DiagnosticCode; readonly pointer: string }[];
}

/**
 * The standard shape of a rule's tests: the kitchen sink and the minimal spec raise none of the rule's codes,
 * each case raises exactly what it wants, and together the cases raise every code the rule declares.
 */
export function describeRule(rule: Rule, cases: readonly RuleCase[]): void {
  describe(`rule ${rule.name}`, () => {
    it('raises nothing on the kitchen sink', () => {
      expect(findingsOf(checkKitchenSink(), rule.codes)).toEqual([]);
    });
    it('raises nothing on the minimal spec', () => {
      expect(findingsOf(checkEdited(() => {}), rule.codes)).toEqual([]);
    });
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const result = checkEdited(c.edit);
      expect(result.reached).toBe('check-rules');
      expect(findingsOf(result, rule.codes)).toEqual(c.want);
    });
    it('has a case for every code it can raise', () => {
      const raised = new Set(cases.flatMap((c) => c.want.map((w) => w.code)));
      expect(rule.codes.filter((code) => !raised.has(code))).toEqual([]);
    });
  });
}
