import { escapeXml } from '../files/escape-xml.ts';
import type { MustCount } from '../../api/result.ts';
import type { ReportView } from './report.ts';
import { verdictLines } from './verdict-lines.ts';

const maxEvidenceChars = 4000;

/**
 * JUnit XML, as CI servers show it: a test suite per class (and one for the API as a whole), a test case per test,
 * named by its stable id; failures and errors carry the message, the requirement ids and the evidence with a curl line.
 * An advisory failure (an obligation the published standard does not make, under the published profile) is not a
 * JUnit failure, so that it does not fail a CI build: its test case passes with the failure in its system-out.
 */
export function junitReport(view: ReportView): string {
  const groups = new Map<string, ReportView['tests'][number][]>();
  for (const t of view.tests) {
    const key = t.class ?? 'api';
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const s = view.summary;
  const counted = (list: readonly ReportView['tests'][number][], v: string) => list.filter((t) => t.verdict === v && !(t.advisory && v !== 'skip')).length;
  out.push(`<testsuites name="asc-mods conformance" tests="${s.tests}" failures="${counted(view.tests, 'fail')}" errors="${counted(view.tests, 'error')}" skipped="${s.skip}" time="${(s.ms / 1000).toFixed(3)}">`);
  out.push(...verdictSuite(view));
  for (const [name, tests] of groups) {
    const count = (v: string) => counted(tests, v);
    out.push(`  <testsuite name="${escapeXml(name)}" tests="${tests.length}" failures="${count('fail')}" errors="${count('error')}" skipped="${count('skip')}" time="${(tests.reduce((n, t) => n + t.ms, 0) / 1000).toFixed(3)}">`);
    for (const t of tests) {
      const head = `    <testcase classname="${escapeXml(name)}" name="${escapeXml(`${t.id}: ${t.title}`)}" time="${(t.ms / 1000).toFixed(3)}">`;
      const requirements = `${t.level} ${t.requirements.join(', ')}`;
      if (t.verdict === 'pass') out.push(`${head}</testcase>`);
      else if (t.verdict === 'skip') out.push(`${head}<skipped message="${escapeXml(t.message)}"/></testcase>`);
      else {
        const tag = t.verdict === 'fail' ? 'failure' : 'error';
        const evidence = [`${requirements}${t.advisory ? ` (advisory: ${t.authority === 'modelled' ? 'an obligation of the asc-mods model' : 'the asc-mods exchange API'}, not required by the published standard)` : ''}`, t.message, ...t.evidence.map((e, i) => `#${i + 1} ${e.request.method} ${e.request.url} -> ${e.response ? e.response.status : e.error}\n${t.curl?.[i] ?? ''}`)].join('\n').slice(0, maxEvidenceChars);
        if (t.advisory) out.push(`${head}<system-out>${escapeXml(`ADVISORY ${t.verdict.toUpperCase()} ${evidence}`)}</system-out></testcase>`);
        else out.push(`${head}<${tag} message="${escapeXml(t.message)}" type="${escapeXml(t.requirements.join(' '))}">${escapeXml(evidence)}</${tag}></testcase>`);
      }
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

/**
 * The verdict and the three counts, as a test suite of its own: its properties for tools, one test case whose output
 * a person reads in the CI server. It passes: the failures that make a run not conformant are failures already.
 */
function verdictSuite(view: ReportView): string[] {
  const s = view.summary;
  const property = (name: string, value: string | number) => `      <property name="${escapeXml(name)}" value="${escapeXml(String(value))}"/>`;
  const counts = (prefix: string, c: MustCount) => (['must', 'met', 'attested', 'failed', 'missing', 'notApplicable'] as const).map((k) => property(`${prefix}.${k}`, c[k]));
  return [
    `  <testsuite name="verdict" tests="1" failures="0" errors="0" skipped="0" time="0.000">`,
    '    <properties>',
    property('verdict', s.verdict),
    property('profile', s.profile),
    ...counts('published', s.published),
    ...counts('exchange-api', s.exchangeApi),
    ...counts('modelled', s.modelled),
    property('modelled.tests', s.modelled.tests),
    property('modelled.tests-failed', s.modelled.testsFailed),
    property('date', view.date),
    '    </properties>',
    `    <testcase classname="verdict" name="verdict: ${escapeXml(s.verdict)} (profile ${escapeXml(s.profile)})" time="0.000"><system-out>${escapeXml(verdictLines(view).map((l) => l.trim()).join('\n'))}</system-out></testcase>`,
    '  </testsuite>',
  ];
}
