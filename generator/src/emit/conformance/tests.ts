import { weakest } from '../../model/authority.ts';
import type { Authority, RequirementLevel, RequirementProfile } from '../../model/raw.ts';
import { lookup } from '../../model/lookup.ts';
import type { ClassModel, SpecModel } from '../../model/types.ts';
import type { ClassFixtures } from './fixtures.ts';

/** One test of the live-API suite. Its id is stable (tests.lock.json in conformance/ keeps it from changing silently). */
export interface SuiteTest {
  readonly id: string;
  readonly title: string;
  /** The record class it exercises (absent for tests of the API as a whole). */
  readonly class?: string;
  readonly kind: TestKind;
  /** For negative tests: which variant of the class's fixtures it sends. */
  readonly variant?: string;
  readonly requirements: readonly string[];
  readonly level: RequirementLevel;
  /** Whether what it checks is published, or only the asc-mods model's: advisory under the published profile. */
  readonly authority: Authority;
  /** data-standard, or exchange-api when it checks only the asc-mods exchange API (our design, not MODS). */
  readonly profile: RequirementProfile;
}

export type TestKind =
  | 'capability'
  | 'auth-missing'
  | 'auth-wrong'
  | 'paging'
  | 'create'
  | 'round-trip'
  | 'read'
  | 'duplicate'
  | 'search-subject'
  | 'search-nhs-number'
  | 'update'
  | 'change-log'
  | 'stale-update'
  | 'history'
  | 'past-version'
  | 'reject';

/** Why a requirement is not tested over the API, for the coverage report. */
export interface Coverage {
  readonly requirement: string;
  readonly level: RequirementLevel;
  readonly authority: Authority;
  readonly profile: RequirementProfile;
  readonly title: string;
  readonly tests: readonly string[];
  readonly reason?: string;
}

const levels: readonly RequirementLevel[] = ['MUST', 'SHOULD', 'MAY'];

/** The whole suite, in a stable order: the API as a whole, then each record class in spec order. */
export function suiteTests(model: SpecModel, fixtures: ReadonlyMap<string, ClassFixtures>, subjectClass: string): SuiteTest[] {
  const byId = lookup(model).requirements;
  const level = (requirements: readonly string[]): RequirementLevel => {
    const found = requirements.map((id) => byId.get(id)?.level ?? 'MAY');
    return levels.find((l) => found.includes(l)) ?? 'MAY';
  };
  /**
   * A test checks the exchange API alone when all its requirements are the API's; otherwise the data standard's
   * requirements decide its authority (a refusal is how the API shows a data obligation, so MODS-STRUCT-005 beside
   * MODS-STRUCT-001 does not make a test of a mandatory element modelled).
   */
  const test = (t: Omit<SuiteTest, 'level' | 'authority' | 'profile'>, authority?: Authority): SuiteTest => {
    const data = t.requirements.map((id) => byId.get(id)).filter((r) => r !== undefined && r.profile === 'data-standard');
    const profile: RequirementProfile = data.length === 0 ? 'exchange-api' : 'data-standard';
    const derived = profile === 'exchange-api' ? 'modelled' : weakest(...data.map((r) => r!.authority));
    return { ...t, level: level(t.requirements), authority: authority === undefined ? derived : weakest(derived, authority), profile };
  };
  const pagingClass = model.classes.find((c) => c.kind === 'record' && subjectReference(c, subjectClass));
  const out: SuiteTest[] = [
    test({ id: 'api.capability', title: 'The capability statement says which classes and elements the system holds', kind: 'capability', requirements: ['MODS-STRUCT-004'] }),
    test({ id: 'api.auth.missing-token', title: 'A request without a token is refused with 401', kind: 'auth-missing', requirements: ['MODS-API-001'] }),
    test({ id: 'api.auth.wrong-token', title: 'A request with a wrong token is refused with 401', kind: 'auth-wrong', requirements: ['MODS-API-001'] }),
  ];
  // Searching by subject needs the element that refers to the subject: a test of it is only as published as that element.
  const subjectAuthority = (cls: ClassModel) => cls.elements.find((e) => e.name === subjectReference(cls, subjectClass))?.authority;
  if (pagingClass) out.push(test({ id: 'api.paging', title: `Search results come in pages that together hold every match, once (${pagingClass.name})`, class: pagingClass.name, kind: 'paging', requirements: ['MODS-STRUCT-004'] }, subjectAuthority(pagingClass)));
  for (const cls of model.classes.filter((c) => c.kind === 'record')) {
    const f = fixtures.get(cls.name);
    if (!f) continue;
    const c = cls.name;
    const name = cls.publishedName;
    out.push(
      test({ id: `${c}.create`, title: `${name}: a valid record is created (201, Location, ETag "1", a body of its class)`, class: c, kind: 'create', requirements: ['MODS-STRUCT-004'] }),
      test({ id: `${c}.round-trip`, title: `${name}: every element sent comes back unchanged`, class: c, kind: 'round-trip', requirements: ['MODS-STRUCT-004'] }),
      test({ id: `${c}.read`, title: `${name}: the record reads back by its uid, as JSON`, class: c, kind: 'read', requirements: ['MODS-STRUCT-004'] }),
      test({ id: `${c}.duplicate`, title: `${name}: the same record version sent twice is refused and stored once`, class: c, kind: 'duplicate', requirements: ['MODS-AUDIT-004'] }),
    );
    if (subjectReference(cls, subjectClass)) out.push(test({ id: `${c}.search.subject`, title: `${name}: the record is found by its subject of care`, class: c, kind: 'search-subject', requirements: ['MODS-STRUCT-004'] }, subjectAuthority(cls)));
    if (c === subjectClass) out.push(test({ id: `${c}.search.nhs-number`, title: `${name}: the subject of care is found by NHS number`, class: c, kind: 'search-nhs-number', requirements: ['MODS-STRUCT-004'] }));
    out.push(
      test({ id: `${c}.update`, title: `${name}: an update stores version 2 (the version rises by exactly one)`, class: c, kind: 'update', requirements: ['MODS-AUDIT-002'] }),
      test({ id: `${c}.update.change-log`, title: `${name}: the update's change-log entry says who, when, from which system and what kind of change`, class: c, kind: 'change-log', requirements: ['MODS-AUDIT-003'] }),
      test({ id: `${c}.update.stale`, title: `${name}: an update against a stale version is refused (409 or 412) and changes nothing`, class: c, kind: 'stale-update', requirements: ['MODS-AUDIT-007'] }),
      test({ id: `${c}.history`, title: `${name}: the history lists every version, oldest first`, class: c, kind: 'history', requirements: ['MODS-AUDIT-005'] }),
      test({ id: `${c}.past-version`, title: `${name}: a past version reads back as it was`, class: c, kind: 'past-version', requirements: ['MODS-AUDIT-005'] }),
    );
    for (const n of f.negative) {
      out.push(test({ id: `${c}.reject.${n.variant}`, title: `${name}: refuses a record where ${n.description} (a 4xx problem naming ${n.pointer}), and stores nothing`, class: c, kind: 'reject', variant: n.variant, requirements: [n.requirement, 'MODS-STRUCT-005'] }, n.authority));
    }
  }
  return out;
}

/** Every requirement, with the tests that verify it, or why none does. */
export function coverage(model: SpecModel, tests: readonly SuiteTest[]): Coverage[] {
  const suite = suiteIndex(tests);
  return model.requirements
    .filter((r) => r.status === 'active')
    .map((r) => {
      const ids = suite.verifying(r.id).map((t) => t.id);
      const base = { requirement: r.id, level: r.level, authority: r.authority, profile: r.profile, title: r.title, tests: ids };
      if (ids.length > 0) return base;
      const reason =
        r.check.method === 'attestation'
          ? 'checked by attestation: the supplier states and evidences it; no request can show it'
          : r.check.method === 'rule'
            ? `needs records across a batch (rule ${r.check.rule}): checked on exported files by \`asc-mods validate\``
            : 'no API test exercises it yet';
      return { ...base, reason };
    });
}

/** The tests of a suite by class and by requirement, in suite order: built once per suite. */
export interface SuiteIndex {
  ofClass(className: string): readonly SuiteTest[];
  verifying(requirement: string): readonly SuiteTest[];
}

const suiteIndexes = new WeakMap<readonly SuiteTest[], SuiteIndex>();

export function suiteIndex(tests: readonly SuiteTest[]): SuiteIndex {
  let index = suiteIndexes.get(tests);
  if (!index) {
    const byClass = new Map<string, SuiteTest[]>();
    const byRequirement = new Map<string, SuiteTest[]>();
    const add = (map: Map<string, SuiteTest[]>, key: string, test: SuiteTest) => (map.get(key) ?? map.set(key, []).get(key)!).push(test);
    for (const test of tests) {
      if (test.class !== undefined) add(byClass, test.class, test);
      for (const requirement of new Set(test.requirements)) add(byRequirement, requirement, test);
    }
    suiteIndexes.set(tests, (index = { ofClass: (c) => byClass.get(c) ?? [], verifying: (r) => byRequirement.get(r) ?? [] }));
  }
  return index;
}

/** The element of a class that refers to the subject of care, if any. */
export function subjectReference(cls: ClassModel, subjectClass: string): string | undefined {
  return cls.elements.find((e) => e.type === 'reference' && e.target === subjectClass && e.cardinality?.max === 1)?.name;
}
