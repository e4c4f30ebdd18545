import type { Exchange } from './http.ts';

export type Verdict = 'pass' | 'fail' | 'skip' | 'error';

/** The outcome of one test: its verdict, why, and the requests that show it. */
export interface TestResult {
  readonly id: string;
  readonly title: string;
  readonly class?: string;
  readonly requirements: readonly string[];
  readonly level: 'MUST' | 'SHOULD' | 'MAY';
  readonly verdict: Verdict;
  readonly message: string;
  readonly evidence: readonly Exchange[];
  readonly ms: number;
}

export interface RequirementResult {
  readonly requirement: string;
  readonly level: string;
  readonly title: string;
  readonly verdict: Verdict | 'not-tested';
  readonly counts: Readonly<Record<Verdict, number>>;
  /** Why it is not tested over the API, when it is not. */
  readonly reason?: string;
}

export interface ConformanceResult {
  readonly kit: { readonly name: 'asc-mods'; readonly version: string };
  readonly spec: { readonly standard: string; readonly release: string };
  readonly system: { readonly baseUrl: string; readonly declared: readonly string[]; readonly source: 'capability' | 'manifest'; /** Per declared class, the optional elements it says it holds. */ readonly capabilities: Readonly<Record<string, readonly string[]>> };
  readonly classesTested: readonly string[];
  readonly summary: { readonly tests: number; readonly pass: number; readonly fail: number; readonly skip: number; readonly error: number; readonly mustRequirements: number; readonly mustMet: number; readonly conformant: boolean; readonly ms: number };
  readonly requirements: readonly RequirementResult[];
  readonly classes: readonly { readonly class: string; readonly counts: Readonly<Record<Verdict, number>> }[];
  readonly tests: readonly TestResult[];
  /** Record uids the run created (the API defines no delete, so they stay: all synthetic, NHS numbers from 999). */
  readonly created: readonly string[];
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
