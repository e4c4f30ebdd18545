import { rollUp, type Attestation, type ConformanceSummary, type ConformProfile, type MustCount, type OverallVerdict, type RequirementResult, type TestResult } from './result.ts';
import type { CoverageDefinition } from './suite.ts';

/** Whether a requirement decides the verdict: the published standard's MUSTs, or under 'full' every MUST. */
export function decides(r: Pick<CoverageDefinition, 'level' | 'authority' | 'profile'>, profile: ConformProfile): boolean {
  return r.level === 'MUST' && (profile === 'full' || (r.authority === 'published' && r.profile === 'data-standard'));
}

/** Whether a test's result is only reported under a profile: a modelled obligation or the exchange API, under 'published'. */
export function isAdvisory(t: Pick<TestResult, 'authority' | 'profile'>, profile: ConformProfile): boolean {
  return profile === 'published' && (t.authority === 'modelled' || t.profile === 'exchange-api');
}

/**
 * Each requirement's result. Under 'published' a requirement is rolled up from the tests of published obligations
 * and of the exchange API: a published "mandatory elements" requirement is not failed by a test of an element only
 * our model makes mandatory, nor is "invalid records are refused" failed by a record only our model calls invalid.
 * A modelled requirement is rolled up from all its tests. Untested, it is attested when the supplier attests it,
 * otherwise missing.
 */
export function requirementResults(coverage: readonly CoverageDefinition[], tests: readonly TestResult[], attestations: ReadonlyMap<string, Attestation>, profile: ConformProfile): RequirementResult[] {
  return coverage.map((c) => {
    const mine = tests.filter((t) => t.requirements.includes(c.requirement));
    const modelledRequirement = c.authority === 'modelled' && c.profile === 'data-standard';
    const counted = profile === 'full' || modelledRequirement ? mine : mine.filter((t) => t.authority === 'published' || t.profile === 'exchange-api');
    const { counts, verdict } = rollUp(counted);
    const untested = counted.length === 0 || counts.pass + counts.fail + counts.error === 0;
    // Only what no request can show is attested: a requirement the suite tests is shown by its tests or not at all.
    const attestation = untested && c.tests.length === 0 ? attestations.get(c.requirement) : undefined;
    const ran = mine.some((t) => t.verdict !== 'skip');
    const notApplicable = untested && counted.length === 0 && ran;
    const reason = c.reason ?? (notApplicable ? 'every test of it checks an obligation only the asc-mods model makes: the published standard gives it nothing to test' : 'every test of it was skipped (a class the system does not declare, or a record it could not create)');
    return {
      requirement: c.requirement,
      level: c.level,
      title: c.title,
      authority: c.authority,
      profile: c.profile,
      verdict: untested ? 'not-tested' : verdict,
      status: !untested ? 'tested' : attestation ? 'attested' : notApplicable ? 'not-applicable' : 'missing',
      counts,
      ...(untested ? { reason } : {}),
      ...(attestation ? { attestation } : {}),
    };
  });
}

/** The counts and the three-valued verdict of a run. */
export function summarise(requirements: readonly RequirementResult[], tests: readonly TestResult[], profile: ConformProfile, ms: number): ConformanceSummary {
  const must = requirements.filter((r) => r.level === 'MUST');
  const count = (list: readonly RequirementResult[]): MustCount => ({
    must: list.length,
    met: list.filter((r) => r.status === 'tested' && r.verdict === 'pass').length,
    attested: list.filter((r) => r.status === 'attested').length,
    failed: list.filter((r) => r.status === 'tested' && (r.verdict === 'fail' || r.verdict === 'error')).length,
    missing: list.filter((r) => r.status === 'missing').length,
    notApplicable: list.filter((r) => r.status === 'not-applicable').length,
  });
  const modelledTests = tests.filter((t) => t.authority === 'modelled' && t.profile === 'data-standard');
  const deciding = must.filter((r) => decides(r, profile));
  const failed = deciding.some((r) => r.status === 'tested' && (r.verdict === 'fail' || r.verdict === 'error'));
  const missing = deciding.filter((r) => r.status === 'missing').map((r) => r.requirement);
  const verdict: OverallVerdict = failed ? 'not-conformant' : missing.length > 0 ? 'incomplete' : 'conformant';
  const tested = must.filter((r) => r.status === 'tested');
  const of = (v: TestResult['verdict']) => tests.filter((t) => t.verdict === v).length;
  return {
    tests: tests.length,
    pass: of('pass'),
    fail: of('fail'),
    skip: of('skip'),
    error: of('error'),
    profile,
    verdict,
    conformant: verdict === 'conformant',
    published: count(must.filter((r) => r.authority === 'published' && r.profile === 'data-standard')),
    exchangeApi: count(must.filter((r) => r.profile === 'exchange-api')),
    modelled: { ...count(must.filter((r) => r.authority === 'modelled' && r.profile === 'data-standard')), tests: modelledTests.length, testsFailed: modelledTests.filter((t) => t.verdict === 'fail' || t.verdict === 'error').length },
    attestedMusts: deciding.filter((r) => r.status === 'attested').map((r) => r.requirement),
    missingMusts: missing,
    mustRequirements: tested.length,
    mustMet: tested.filter((r) => r.verdict === 'pass').length,
    ms,
  };
}
