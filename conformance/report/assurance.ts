import type { Manifest } from '../api/run.ts';
import type { ConformanceResult, ConformProfile, OverallVerdict, RequirementResult, TestResult } from '../api/result.ts';
import type { SuiteDefinition, SuiteElement } from '../api/suite.ts';

/**
 * The assurance pack: what a supplier files with the NHS, per data class and element and per requirement, built
 * from the one result model. Rows are plain strings, ready for any tabular format.
 *
 * No TestResult.message is copied into it. A message can quote what the system sent (a problem's title and the
 * pointers it names, a content type, an ETag, a version number), and the pack is meant to be passed round by people
 * who never see the masked reports. Its evidence is what the kit alone writes: test ids, verdicts and counts, the
 * element names the round trip compared, the suite's reasons, and the supplier's own attestations.
 */
export interface AssurancePack {
  readonly header: AssuranceHeader;
  readonly elements: readonly ElementRow[];
  readonly requirements: readonly RequirementRow[];
}

export interface AssuranceHeader {
  readonly system: string;
  readonly date: string;
  readonly kit: string;
  readonly standard: string;
  readonly spec: string;
  readonly profile: ConformProfile;
  readonly verdict: OverallVerdict;
  readonly source: 'capability' | 'manifest';
  readonly classesTested: readonly string[];
}

export type Held = 'yes' | 'no' | 'not declared' | 'not tested';
export type Terminology = 'Exact' | 'Mapped' | 'not declared' | 'N/A';

export interface ElementRow {
  readonly class: string;
  readonly classPublishedName: string;
  readonly element: string;
  readonly elementPublishedName: string;
  readonly level: SuiteElement['level'];
  readonly occurs: string;
  readonly authority: SuiteElement['authority'];
  readonly provenance: string;
  readonly held: Held;
  readonly valueSet: string;
  readonly terminology: Terminology;
  readonly evidence: string;
}

export interface RequirementRow {
  readonly requirement: string;
  readonly title: string;
  readonly level: RequirementResult['level'];
  readonly authority: RequirementResult['authority'];
  readonly profile: 'data standard' | 'asc-mods exchange API';
  readonly status: RequirementResult['status'];
  readonly verdict: string;
  readonly evidence: string;
}

/** A column of a table: the row field, its heading, and its width in characters (for the workbook). */
export interface Column<Row> {
  readonly key: keyof Row & string;
  readonly label: string;
  readonly width: number;
}

export const elementColumns: readonly Column<ElementRow>[] = [
  { key: 'class', label: 'Class', width: 22 },
  { key: 'classPublishedName', label: 'Class (published name)', width: 26 },
  { key: 'element', label: 'Element', width: 30 },
  { key: 'elementPublishedName', label: 'Element (published name)', width: 34 },
  { key: 'level', label: 'Level', width: 8 },
  { key: 'occurs', label: 'Published Occurs', width: 24 },
  { key: 'authority', label: 'Authority', width: 11 },
  { key: 'provenance', label: 'Provenance', width: 18 },
  { key: 'held', label: 'Held by the system', width: 14 },
  { key: 'valueSet', label: 'Value set', width: 30 },
  { key: 'terminology', label: 'Terminology', width: 13 },
  { key: 'evidence', label: 'Evidence (tests and results)', width: 80 },
];

export const requirementColumns: readonly Column<RequirementRow>[] = [
  { key: 'requirement', label: 'Requirement', width: 18 },
  { key: 'title', label: 'Title', width: 50 },
  { key: 'level', label: 'Level', width: 8 },
  { key: 'authority', label: 'Authority', width: 11 },
  { key: 'profile', label: 'Profile', width: 22 },
  { key: 'status', label: 'Status', width: 10 },
  { key: 'verdict', label: 'Verdict', width: 11 },
  { key: 'evidence', label: 'Evidence', width: 90 },
];

export function assurancePack(result: ConformanceResult, suite: SuiteDefinition, manifest?: Manifest): AssurancePack {
  const tests = new Map(result.tests.map((t) => [t.id, t]));
  return {
    header: {
      system: result.system.baseUrl,
      date: result.date,
      kit: `${result.kit.name} ${result.kit.version}`,
      standard: result.spec.standard,
      spec: result.spec.release,
      profile: result.summary.profile,
      verdict: result.summary.verdict,
      source: result.system.source,
      classesTested: result.classesTested,
    },
    elements: suite.classes.filter((c) => result.classesTested.includes(c.record_type)).flatMap((c) => (c.elements ?? []).map((e) => elementRow(result, suite, tests, c, e, manifest))),
    requirements: result.requirements.map((r) => requirementRow(r, result.tests)),
  };
}

type SuiteClass = SuiteDefinition['classes'][number];

function elementRow(result: ConformanceResult, suite: SuiteDefinition, tests: ReadonlyMap<string, TestResult>, cls: SuiteClass, e: SuiteElement, manifest: Manifest | undefined): ElementRow {
  const name = cls.record_type;
  const bearing = [tests.get(`${name}.round-trip`), ...suite.tests.filter((t) => t.class === name && t.kind === 'reject' && t.variant?.split('.').slice(1).join('.') === e.name).map((t) => tests.get(t.id))];
  return {
    class: name,
    classPublishedName: cls.title,
    element: e.name,
    elementPublishedName: e.publishedName,
    level: e.level,
    occurs: e.occurs ?? '',
    authority: e.authority,
    provenance: e.provenance,
    held: held(result, cls, e),
    valueSet: e.valueSet ?? '',
    terminology: terminology(manifest, name, e),
    evidence: bearing.filter((t): t is TestResult => t !== undefined).map(testVerdict).join('; '),
  };
}

/**
 * Held: from the round trip, which compares every element the system must hold (the mandatory ones and the optional
 * ones it declares) as sent on create and as read back. An element it did not compare is "not declared" when the
 * system need not hold it and does not say it does, and otherwise "not tested" (the round trip did not run, or the
 * record sent did not have it).
 */
function held(result: ConformanceResult, cls: SuiteClass, e: SuiteElement): Held {
  const detail = result.tests.find((t) => t.id === `${cls.record_type}.round-trip`)?.detail;
  if (detail?.held.includes(e.name)) return detail.changed.includes(e.name) ? 'no' : 'yes';
  const mandatory = e.level === 'Must' && (result.summary.profile === 'full' || !(cls.modelledMandatory ?? []).includes(e.name));
  const declared = (result.system.capabilities[cls.record_type] ?? []).includes(e.name);
  return !mandatory && !declared ? 'not declared' : 'not tested';
}

function terminology(manifest: Manifest | undefined, cls: string, e: SuiteElement): Terminology {
  if (e.valueSet === undefined) return 'N/A';
  const declared = manifest?.classes.find((c) => c.record_type === cls)?.terminology?.[e.name];
  return declared === 'exact' ? 'Exact' : declared === 'mapped' ? 'Mapped' : 'not declared';
}

function testVerdict(t: TestResult): string {
  return `${t.id}: ${t.verdict}${t.advisory ? ' (advisory)' : ''}`;
}

function requirementRow(r: RequirementResult, tests: readonly TestResult[]): RequirementRow {
  return {
    requirement: r.requirement,
    title: r.title,
    level: r.level,
    authority: r.authority,
    profile: r.profile === 'exchange-api' ? 'asc-mods exchange API' : 'data standard',
    status: r.status,
    verdict: r.verdict.replace('-', ' '),
    evidence: requirementEvidence(r, tests),
  };
}

/** How much of a requirement's test list a cell shows: a requirement of every class has hundreds of tests, and a spreadsheet cell holds at most 32,767 characters. */
const maxTestList = 4000;

/**
 * Tested: the counts and the tests that ran, those that did not pass first (skipped ones are only counted); a long
 * list is cut, saying how many more of each verdict there are. Attested: the supplier's attestation. Missing: why.
 */
function requirementEvidence(r: RequirementResult, tests: readonly TestResult[]): string {
  if (r.status === 'attested' && r.attestation) {
    const a = r.attestation;
    return `attested: ${a.statement} Evidence: ${a.evidence}. By ${a.attestedBy} on ${a.date}, valid until ${a.validUntil}.`;
  }
  if (r.status !== 'tested') return `not tested: ${r.reason ?? 'no test of it ran and it is not attested'}`;
  const c = r.counts;
  const ran = tests.filter((t) => t.requirements.includes(r.requirement) && t.verdict !== 'skip');
  const listed = [...ran.filter((t) => t.verdict !== 'pass'), ...ran.filter((t) => t.verdict === 'pass')];
  return `pass ${c.pass}, fail ${c.fail}, error ${c.error}, skip ${c.skip}: ${cutList(listed)}`;
}

function cutList(listed: readonly TestResult[]): string {
  let text = '';
  for (const [i, t] of listed.entries()) {
    const entry = `${i === 0 ? '' : '; '}${testVerdict(t)}`;
    if (text.length + entry.length > maxTestList) {
      const rest = listed.slice(i);
      const counts = (['fail', 'error', 'pass'] as const).map((v) => [v, rest.filter((x) => x.verdict === v).length] as const).filter(([, n]) => n > 0);
      return `${text}; and ${rest.length} more (${counts.map(([v, n]) => `${n} ${v}`).join(', ')}): conformance.json lists every test`;
    }
    text += entry;
  }
  return text;
}
