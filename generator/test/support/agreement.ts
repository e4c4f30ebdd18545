import type { CompiledValidator } from '../../../conformance/files/plan.ts';

/** One failing keyword at one place in the record: what two validators must agree on. */
export interface Failure {
  readonly instancePath: string;
  readonly keyword: string;
}

/** A validator's verdict on a record: valid, or the set of failures as sorted "path keyword" strings. */
export type Verdict = true | readonly string[];

/** A record to judge, with where it came from (for the report). */
export interface Case {
  readonly label: string;
  readonly record: unknown;
}

export interface Disagreement {
  readonly label: string;
  readonly ours: Verdict;
  readonly theirs: Verdict;
}

export interface Agreement {
  readonly compared: number;
  readonly agreed: number;
  readonly disagreements: readonly Disagreement[];
}

/** Failures as a set: ajv reports `required` once per missing property, hyperjump once per keyword. */
export function verdictOf(failures: readonly Failure[] | true): Verdict {
  return failures === true ? true : [...new Set(failures.map((f) => `${f.instancePath} ${f.keyword}`))].sort();
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * What one of our precompiled validators reports, normalised: an additional property is placed at the property
 * itself (ajv reports the object and names the property in `params`; hyperjump reports the property).
 */
export function ajvFailures(validator: CompiledValidator, record: unknown): Failure[] | true {
  if (validator(record)) return true;
  return (validator.errors ?? []).map((e) => {
    const extra = e.keyword === 'additionalProperties' ? e.params['additionalProperty'] : undefined;
    return { instancePath: typeof extra === 'string' ? `${e.instancePath}/${escapeToken(extra)}` : e.instancePath, keyword: e.keyword };
  });
}

/** Judge every case with both validators and compare: the same verdict and, when invalid, the same failures. */
export function compareAll<C extends Case>(cases: Iterable<C>, ours: (c: C) => Verdict, theirs: (c: C) => Verdict): Agreement {
  let compared = 0;
  let agreed = 0;
  const disagreements: Disagreement[] = [];
  for (const c of cases) {
    compared += 1;
    const a = ours(c);
    const b = theirs(c);
    if (sameVerdict(a, b)) agreed += 1;
    else disagreements.push({ label: c.label, ours: a, theirs: b });
  }
  return { compared, agreed, disagreements };
}

function sameVerdict(a: Verdict, b: Verdict): boolean {
  if (a === true || b === true) return a === b;
  return a.length === b.length && a.every((f, i) => f === b[i]);
}
