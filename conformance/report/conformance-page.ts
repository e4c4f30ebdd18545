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
    titleParts: inlineMarkdown(t.title),
    messageParts: inlineMarkdown(t.message),
    className: t.class ?? '',
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
  const groups = failureGroups(failed.filter((t) => !t.advisory), failure);
  const advisoryGroups = failureGroups(failed.filter((t) => t.advisory), failure);
  const groupsOf = (requirement: string) => [...groups, ...advisoryGroups].filter((g) => g.requirementIds.includes(requirement)).map((g) => ({ href: `#${g.anchor}`, text: `${g.check} (${g.scope})` }));
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
      failureLinks: groupsOf(r.requirement),
      attestation: r.attestation ? `${r.attestation.statement} Evidence: ${r.attestation.evidence}. Attested by ${r.attestation.attestedBy} on ${r.attestation.date}, until ${r.attestation.validUntil} (${r.attestation.at}).` : '',
    })),
    classes: view.classes.map((c) => ({ name: c.class, ...c.counts })),
    failures: groups,
    advisory: advisoryGroups,
    failureCount: failed.filter((t) => !t.advisory).length,
    advisoryCount: failed.filter((t) => t.advisory).length,
  };
}

/** A piece of text with Markdown's inline code (`x`) marked, for the template to set as <code> (escaped like the rest). */
export interface TextPart {
  readonly text: string;
  readonly code: boolean;
}

/** Inline code spans of Markdown (single backticks) as parts; everything else is plain text, escaped by the template. */
export function inlineMarkdown(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const re = /`([^`]+)`/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), code: false });
    parts.push({ text: m[1]!, code: true });
    at = m.index + m[0].length;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), code: false });
  return parts;
}

/**
 * Failures grouped by test and verdict across classes: the same check failing in 55 classes is one entry, which
 * names the classes and shows the first in full, the others expandable. A test of no class is a group of its own.
 */
function failureGroups<F extends { readonly id: string; readonly className: string; readonly verdict: string; readonly requirements: string }>(
  tests: readonly ReportView['tests'][number][],
  render: (t: ReportView['tests'][number]) => F,
) {
  const byKey = new Map<string, ReportView['tests'][number][]>();
  for (const t of tests) {
    const check = t.class !== undefined && t.id.startsWith(`${t.class}.`) ? t.id.slice(t.class.length + 1) : t.id;
    const key = `${check}\u0000${t.verdict}`;
    const list = byKey.get(key);
    if (list) list.push(t);
    else byKey.set(key, [t]);
  }
  return [...byKey].map(([key, list]) => {
    const [check] = key.split('\u0000') as [string];
    const classes = list.map((t) => t.class).filter((c): c is string => c !== undefined);
    const [first, ...rest] = list.map(render);
    return {
      anchor: `failure-${check.replace(/[^A-Za-z0-9_-]/g, '-')}-${list[0]!.verdict}`,
      check,
      verdict: list[0]!.verdict,
      count: list.length,
      scope: classes.length > 1 ? `the same failure in ${classes.length} classes` : classes.length === 1 ? `class ${classes[0]}` : 'the API as a whole',
      classes: classes.join(', '),
      requirementIds: [...new Set(list.flatMap((t) => t.requirements))],
      first: first!,
      rest,
      hasRest: rest.length > 0,
    };
  });
}

const headlines = {
  conformant: { class: 'pass', text: 'Conformant' },
  'not-conformant': { class: 'fail', text: 'Not conformant' },
  incomplete: { class: 'incomplete', text: 'Incomplete' },
} as const;
