import { pageTemplate } from '../../../generator/src/templates.ts';
import type { ReportView } from './report.ts';

const page = pageTemplate<object>('conformance.hbs');

/** The HTML conformance report: one self-contained page. Handlebars escapes every {{ }}: the one place text is escaped for HTML. */
export function htmlReport(view: ReportView): string {
  const s = view.summary;
  const model = {
    system: view.system.baseUrl,
    source: view.system.source === 'capability' ? 'capability statement' : 'manifest',
    standard: view.spec.standard,
    release: view.spec.release,
    kit: view.kit.version,
    headline: s.conformant ? { class: 'pass', text: 'Conformant' } : { class: 'fail', text: 'Not conformant' },
    mustMet: s.mustMet,
    mustTested: s.mustRequirements,
    tests: s.tests,
    pass: s.pass,
    fail: s.fail,
    error: s.error,
    skip: s.skip,
    seconds: (s.ms / 1000).toFixed(1),
    classesTested: view.classesTested.length,
    requirements: view.requirements.map((r) => ({ requirement: r.requirement, title: r.title, level: r.level, verdict: r.verdict, verdictText: r.verdict.replace('-', ' '), pass: r.counts.pass, failed: r.counts.fail + r.counts.error, reason: r.reason ?? '' })),
    classes: view.classes.map((c) => ({ name: c.class, ...c.counts })),
    failures: view.tests
      .filter((t) => t.verdict === 'fail' || t.verdict === 'error')
      .map((t) => ({
        id: t.id,
        verdict: t.verdict,
        title: t.title,
        level: t.level,
        requirements: t.requirements.join(', '),
        message: t.message,
        evidence: t.evidence.map((e, i) => ({
          exchange: [`${e.request.method} ${e.request.url}`, e.response ? `→ ${e.response.status} ${e.response.contentType}\n${JSON.stringify(e.response.body, null, 2) ?? ''}` : `→ ${e.error ?? 'no response'}`].join('\n'),
          curl: t.curl?.[i] ?? '',
        })),
      })),
  };
  return page(model);
}
