import type { MustCount } from '../api/result.ts';
import type { ReportView } from './conformance-view.ts';

/**
 * The plain view model the conformance page template (templates/conformance.hbs) renders: every text already
 * written, so that the template holds nothing but `each` and `if`. Plain text only; the HTML writer escapes it.
 */
export type ConformancePage = ReturnType<typeof conformancePage>;

export function conformancePage(view: ReportView) {
  const s = view.summary;
  const failure = (t: ReportView['tests'][number]) => ({
    id: t.id,
    verdict: t.verdict,
    title: t.title,
    level: t.level,
    authority: t.authority,
    requirements: t.requirements.join(', '),
    message: t.message,
    evidence: t.evidence.map((e, i) => ({
      exchange: [`${e.request.method} ${e.request.url}`, e.response ? `→ ${e.response.status} ${e.response.contentType}\n${JSON.stringify(e.response.body, null, 2) ?? ''}` : `→ ${e.error ?? 'no response'}`].join('\n'),
      curl: t.curl?.[i] ?? '',
    })),
  });
  const failed = view.tests.filter((t) => t.verdict === 'fail' || t.verdict === 'error');
  const counts = (label: string, note: string, c: MustCount) => ({ label, note, ...c });
  return {
    system: view.system.baseUrl,
    source: view.system.source === 'capability' ? 'capability statement' : 'manifest',
    standard: view.spec.standard,
    release: view.spec.release,
    kit: view.kit.version,
    date: view.date,
    profile: s.profile,
    published: s.profile === 'published',
    headline: headlines[s.verdict],
    attested: s.attestedMusts.join(', '),
    missing: s.missingMusts.join(', '),
    counts: [
      counts('Published MUST requirements', 'What the published standard requires: these decide the verdict.', s.published),
      counts('asc-mods exchange API profile', 'Our design: MODS defines data, not an API.', s.exchangeApi),
      counts('Modelled MUST requirements', 'Obligations of the asc-mods model that the standard does not publish.', s.modelled),
    ],
    modelledTests: s.modelled.tests,
    modelledFailed: s.modelled.testsFailed,
    tests: s.tests,
    pass: s.pass,
    fail: s.fail,
    error: s.error,
    skip: s.skip,
    seconds: (s.ms / 1000).toFixed(1),
    classesTested: view.classesTested.length,
    attestationFile: view.attestations.file ?? '',
    attestationFindings: view.attestations.findings.map((f) => ({ where: `${f.file}:${f.line}:${f.column}`, code: f.code, message: f.message })),
    requirements: view.requirements.map((r) => ({
      requirement: r.requirement,
      title: r.title,
      level: r.level,
      authority: r.authority,
      profile: r.profile === 'exchange-api' ? 'exchange API' : 'data standard',
      status: r.status,
      verdict: r.verdict,
      verdictText: r.verdict.replace('-', ' '),
      pass: r.counts.pass,
      failed: r.counts.fail + r.counts.error,
      reason: r.reason ?? '',
      attestation: r.attestation ? `${r.attestation.statement} Evidence: ${r.attestation.evidence}. Attested by ${r.attestation.attestedBy} on ${r.attestation.date}, until ${r.attestation.validUntil} (${r.attestation.at}).` : '',
    })),
    classes: view.classes.map((c) => ({ name: c.class, ...c.counts })),
    failures: failed.filter((t) => !t.advisory).map(failure),
    advisory: failed.filter((t) => t.advisory).map(failure),
  };
}

const headlines = {
  conformant: { class: 'pass', text: 'Conformant' },
  'not-conformant': { class: 'fail', text: 'Not conformant' },
  incomplete: { class: 'incomplete', text: 'Incomplete' },
} as const;
