import type { Exchange } from './http.ts';
import type { Authority, RequirementProfile } from './suite.ts';

export type Verdict = 'pass' | 'fail' | 'skip' | 'error';

/** Which obligations decide the verdict: the published standard's (the default) or the whole asc-mods model's. */
export type ConformProfile = 'published' | 'full';

/** The outcome of one test: its verdict, why, and the requests that show it. */
export interface TestResult {
  readonly id: string;
  readonly title: string;
  readonly class?: string;
  readonly requirements: readonly string[];
  readonly level: 'MUST' | 'SHOULD' | 'MAY';
  /** Whether what it checks is published, or only the asc-mods model's. */
  readonly authority: Authority;
  readonly profile: RequirementProfile;
  /** Under this run's profile, its result is reported but decides nothing (a modelled obligation, or the exchange API, under 'published'). */
  readonly advisory: boolean;
  readonly verdict: Verdict;
  readonly message: string;
  /** What the check compared, element by element, when it compares elements (the round trip). */
  readonly detail?: TestDetail;
  readonly evidence: readonly Exchange[];
  readonly ms: number;
}

/** The elements a round trip compared (those the system must hold) and those of them that did not come back as sent. */
export interface TestDetail {
  readonly held: readonly string[];
  readonly changed: readonly string[];
}

/** A supplier's statement that the system meets a requirement no request can show, from --attestations. */
export interface Attestation {
  readonly requirement: string;
  readonly statement: string;
  /** A URL or a file path. */
  readonly evidence: string;
  readonly attestedBy: string;
  readonly date: string;
  readonly validUntil: string;
  /** Where it is written: file:line:col. */
  readonly at: string;
}

/** A problem with the attestation file (invalid, expired, for a requirement the spec does not have), located. */
export interface AttestationFinding {
  readonly code: string;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * tested (by requests of this run), attested (by the supplier, for what no request can show), missing (neither), or
 * not-applicable: its tests ran, but under the published profile every one of them checks an obligation only the
 * asc-mods model makes (the published standard binds no element to a required value set, say), so nothing published
 * is left to test.
 */
export type RequirementStatus = 'tested' | 'attested' | 'missing' | 'not-applicable';

export interface RequirementResult {
  readonly requirement: string;
  readonly level: 'MUST' | 'SHOULD' | 'MAY';
  readonly title: string;
  readonly authority: Authority;
  readonly profile: RequirementProfile;
  readonly verdict: Verdict | 'not-tested';
  readonly status: RequirementStatus;
  readonly counts: Readonly<Record<Verdict, number>>;
  /** Why it is not tested over the API, when it is not. */
  readonly reason?: string;
  readonly attestation?: Attestation;
}

/** MUST requirements of one kind, counted: met (tested, passed), attested, failed, and missing (neither tested nor attested). */
export interface MustCount {
  readonly must: number;
  readonly met: number;
  readonly attested: number;
  readonly failed: number;
  readonly missing: number;
  readonly notApplicable: number;
}

export type OverallVerdict = 'conformant' | 'not-conformant' | 'incomplete';

export interface ConformanceSummary {
  readonly tests: number;
  readonly pass: number;
  readonly fail: number;
  readonly skip: number;
  readonly error: number;
  readonly profile: ConformProfile;
  /**
   * conformant: every MUST that decides (the published ones; under 'full' all) tested and passed, or attested;
   * not-conformant: one of them failed; incomplete: none failed but some is neither tested nor attested.
   */
  readonly verdict: OverallVerdict;
  /** verdict === 'conformant'. */
  readonly conformant: boolean;
  /** The published standard's MUST requirements. */
  readonly published: MustCount;
  /** The MUST requirements of the asc-mods exchange API profile (our design). */
  readonly exchangeApi: MustCount;
  /** Obligations of the asc-mods model that the standard does not publish: its MUST requirements, and the tests of modelled obligations. */
  readonly modelled: MustCount & { readonly tests: number; readonly testsFailed: number };
  /** Requirement ids attested, and those neither tested nor attested, among the MUSTs that decide. */
  readonly attestedMusts: readonly string[];
  readonly missingMusts: readonly string[];
  /** MUST requirements tested this run, and those of them met (all kinds). */
  readonly mustRequirements: number;
  readonly mustMet: number;
  readonly ms: number;
}

export interface ConformanceResult {
  readonly kit: { readonly name: 'asc-mods'; readonly version: string };
  readonly spec: { readonly standard: string; readonly release: string };
  /** When the run started (ISO 8601): a report is a record of one run. */
  readonly date: string;
  readonly system: { readonly baseUrl: string; readonly declared: readonly string[]; readonly source: 'capability' | 'manifest'; /** Per declared class, the optional elements it says it holds. */ readonly capabilities: Readonly<Record<string, readonly string[]>> };
  readonly classesTested: readonly string[];
  readonly summary: ConformanceSummary;
  readonly requirements: readonly RequirementResult[];
  readonly classes: readonly { readonly class: string; readonly counts: Readonly<Record<Verdict, number>> }[];
  readonly tests: readonly TestResult[];
  readonly attestations: { readonly file?: string; readonly findings: readonly AttestationFinding[] };
  /** Record uids the run created (the API defines no delete, so they stay: all synthetic, NHS numbers from 999). */
  readonly created: readonly string[];
  /** Present when a signal stopped the run: the tests not finished are errors, and the verdict is of a partial run. */
  readonly interrupted?: { readonly reason: string };
}

const zero = (): Record<Verdict, number> => ({ pass: 0, fail: 0, skip: 0, error: 0 });

/** A requirement's verdict: fail or error if any of its tests did; pass if any passed and none failed; else skip. */
export function rollUp(tests: readonly TestResult[]): { counts: Record<Verdict, number>; verdict: Verdict } {
  const counts = zero();
  for (const t of tests) counts[t.verdict] += 1;
  const verdict: Verdict = counts.fail > 0 ? 'fail' : counts.error > 0 ? 'error' : counts.pass > 0 ? 'pass' : 'skip';
  return { counts, verdict };
}

export function byClass(tests: readonly TestResult[]): { class: string; counts: Record<Verdict, number> }[] {
  const map = new Map<string, TestResult[]>();
  for (const t of tests) if (t.class) map.set(t.class, [...(map.get(t.class) ?? []), t]);
  return [...map].map(([cls, list]) => ({ class: cls, counts: rollUp(list).counts }));
}
