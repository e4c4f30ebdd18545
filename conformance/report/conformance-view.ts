import { curlLine } from '../api/curl.ts';
import { keepListOf, sentStrings, withoutCredentials } from './keep.ts';
import { maskExchange } from '../api/mask.ts';
import type { ConformanceResult } from '../api/result.ts';
import type { ClassFixtureFile, SuiteDefinition } from '../api/suite.ts';

/**
 * The result as reports show it: evidence (requests, masked responses, and a curl line for each request) is kept for
 * the tests that did not pass; a passing test keeps its message only, which keeps reports small. Every report
 * format, and `conform --format json`, is written from this view and nothing else.
 */
export type ReportTest = ConformanceResult['tests'][number] & { readonly curl?: readonly string[] };
export type ReportView = Omit<ConformanceResult, 'tests'> & { readonly tests: readonly ReportTest[] };

export function reportView(result: ConformanceResult, suite: SuiteDefinition, fixtures: Iterable<ClassFixtureFile>): ReportView {
  // The strings this run sent, from every test's requests (passing ones too): what a response may echo and still be shown.
  const keep = keepListOf(suite, fixtures, sentStrings(result.tests.flatMap((t) => t.evidence)));
  return {
    ...result,
    system: { ...result.system, baseUrl: withoutCredentials(result.system.baseUrl) },
    tests: result.tests.map((t) => {
      if (t.verdict === 'pass' || t.verdict === 'skip') return { ...t, evidence: [] };
      const evidence = t.evidence.map((e) => maskExchange(e, suite, keep));
      return { ...t, evidence, curl: evidence.map(curlLine) };
    }),
  };
}
