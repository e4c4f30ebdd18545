import { curlLine } from '../curl.ts';
import { maskExchange } from '../mask.ts';
import type { ConformanceResult } from '../result.ts';
import type { SuiteDefinition } from '../suite.ts';

/**
 * The result as reports show it: evidence (requests, masked responses, and a curl line for each request) is kept for
 * the tests that did not pass; a passing test keeps its message only, which keeps reports small.
 */
export type ReportTest = ConformanceResult['tests'][number] & { readonly curl?: readonly string[] };
export type ReportView = Omit<ConformanceResult, 'tests'> & { readonly tests: readonly ReportTest[] };

export function reportView(result: ConformanceResult, suite: SuiteDefinition): ReportView {
  return {
    ...result,
    tests: result.tests.map((t) => (t.verdict === 'pass' || t.verdict === 'skip' ? { ...t, evidence: [] } : { ...t, evidence: t.evidence.map((e) => maskExchange(e, suite)), curl: t.evidence.map(curlLine) })),
  };
}

/** The canonical report: JSON, stable key order, no timings that change between identical runs other than ms. */
export function jsonReport(view: ReportView): string {
  return `${JSON.stringify(view, null, 2)}\n`;
}
