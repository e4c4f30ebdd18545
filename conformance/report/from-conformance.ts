import type { MustCount } from '../api/result.ts';
import type { ReportTest, ReportView } from './conformance-view.ts';
import type { CaseOutcome, TestCase, TestReport, TestSuite } from './model.ts';
import { verdictLines } from './verdict-lines.ts';

const maxEvidenceChars = 4000;

/**
 * A conform run as a test report, as CI servers show it: the verdict first, as a suite of its own; then a suite per
 * class (and one for the API as a whole), a case per test, named by its stable id; failures and errors carry the
 * message, the requirement ids and the evidence with a curl line. An advisory failure (an obligation the published
 * standard does not make, under the published profile) is not a failure, so that it does not fail a CI build: its
 * case passes with the failure in its output.
 */
export function conformanceTestReport(view: ReportView): TestReport {
  const groups = new Map<string, ReportTest[]>();
  for (const t of view.tests) {
    const key = t.class ?? 'api';
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const suites = [...groups].map(([name, tests]): TestSuite => ({ name, cases: tests.map((t) => testCase(name, t)) }));
  return { name: 'asc-mods conformance', ms: view.summary.ms, fullReport: 'conformance.json', suites: [verdictSuite(view), ...suites] };
}

function testCase(classname: string, t: ReportTest): TestCase {
  return { classname, name: `${t.id}: ${t.title}`, ms: t.ms, outcome: outcomeOf(t) };
}

function outcomeOf(t: ReportTest): CaseOutcome {
  if (t.verdict === 'pass') return { kind: 'pass' };
  if (t.verdict === 'skip') return { kind: 'skip', message: t.message };
  const advisory = t.advisory ? ` (advisory: ${t.authority === 'modelled' ? 'an obligation of the asc-mods model' : 'the asc-mods exchange API'}, not required by the published standard)` : '';
  const requests = t.evidence.map((e, i) => `#${i + 1} ${e.request.method} ${e.request.url} -> ${e.response ? e.response.status : e.error}\n${t.curl?.[i] ?? ''}`);
  const evidence = [`${t.level} ${t.requirements.join(', ')}${advisory}`, t.message, ...requests].join('\n').slice(0, maxEvidenceChars);
  if (t.advisory) return { kind: 'pass', output: { lines: [`ADVISORY ${t.verdict.toUpperCase()} ${evidence}`] } };
  return { kind: t.verdict === 'fail' ? 'failure' : 'error', message: t.message, type: t.requirements.join(' '), text: { lines: [evidence] } };
}

/**
 * The verdict and the three counts, as a suite of its own: its properties for tools, one case whose output a person
 * reads in the CI server. It passes: the failures that make a run not conformant are failures already.
 */
function verdictSuite(view: ReportView): TestSuite {
  const s = view.summary;
  const counts = (prefix: string, c: MustCount) => (['must', 'met', 'attested', 'failed', 'missing', 'notApplicable'] as const).map((k): [string, number] => [`${prefix}.${k}`, c[k]]);
  return {
    name: 'verdict',
    properties: [
      ['verdict', s.verdict],
      ['profile', s.profile],
      ...counts('published', s.published),
      ...counts('exchange-api', s.exchangeApi),
      ...counts('modelled', s.modelled),
      ['modelled.tests', s.modelled.tests],
      ['modelled.tests-failed', s.modelled.testsFailed],
      ['date', view.date],
    ],
    cases: [{ classname: 'verdict', name: `verdict: ${s.verdict} (profile ${s.profile})`, ms: 0, outcome: { kind: 'pass', output: { lines: verdictLines(view).map((l) => l.trim()) } } }],
  };
}
