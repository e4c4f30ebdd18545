import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { reportView, type ReportView } from '../../report/conformance-view.ts';
import { conformanceTestReport } from '../../report/from-conformance.ts';
import { renderConformanceHtml } from '../../report/html.ts';
import { renderConformanceJson } from '../../report/json.ts';
import { renderJunit } from '../../report/junit.ts';
import { loadSuite } from '../../api/suite.ts';
import { conform, referenceAttestations, suiteDir, withReferenceServer } from '../support.ts';

/** A conform run through its adapter and the one JUnit writer, as the command writes conformance.junit.xml. */
function junitReport(view: ReportView): string {
  return renderJunit(conformanceTestReport(view));
}

const { suite, fixtures } = await loadSuite(suiteDir);

describe('conformance reports', () => {
  it('show each failure with its requirement, the evidence and a curl line; passing tests carry no evidence', async () => {
    const result = await withReferenceServer({ defect: 'loses-change-log' }, (url) => conform(url, { classes: ['risk'] }));
    const view = reportView(result, suite, fixtures.values());
    const failure = view.tests.find((t) => t.id === 'risk.update.change-log')!;
    expect(failure.verdict).toBe('fail');
    expect(failure.curl?.[0]).toMatch(/^curl -sS -i -X GET 'http:\/\/127\.0\.0\.1:\d+\/risk\/[0-9a-f-]+' .*"Authorization: Bearer \$ASC_MODS_TOKEN"/);
    expect(view.tests.find((t) => t.id === 'risk.create')!.evidence).toEqual([]);
    const json = JSON.parse(renderConformanceJson(view)) as typeof view;
    expect(json.summary.conformant).toBe(false);
    expect(json.requirements.find((r) => r.requirement === 'MODS-AUDIT-003')!.verdict).toBe('fail');
    const junit = junitReport(view);
    // A test case per test, and one for the verdict.
    expect(junit.match(/<testcase /g)).toHaveLength(result.tests.length + 1);
    expect(junit).toContain('<property name="verdict" value="not-conformant"/>');
    expect(junit).toContain('name="verdict: not-conformant (profile published)"');
    expect(junit).toContain('name="risk.update.change-log: ');
    expect(junit).toMatch(/<failure message="the change log has no entry for version 2/);
    const html = renderConformanceHtml(view);
    expect(html).toContain('<code>risk.update.change-log</code>');
    expect(html).toContain('Not conformant');
    expect(html).not.toContain('test-token');
  });

  it('escape what a hostile system sends, in every format', async () => {
    const evil = '</pre><script>alert(1)</script>]]>';
    const server = createServer((req, res) => {
      if (req.url === '/capability') return (res.writeHead(200, { 'Content-Type': 'application/json' }), res.end(JSON.stringify({ classes: [{ record_type: 'risk', elements: [] }] })));
      res.writeHead(422, { 'Content-Type': 'application/problem+json' });
      res.end(JSON.stringify({ title: evil, status: 422, errors: [{ pointer: evil, detail: evil }] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const result = await conform(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, { classes: ['risk'], requestTimeoutMs: 1000 });
      const view = reportView(result, suite, fixtures.values());
      expect(renderConformanceHtml(view)).not.toContain('<script>');
      expect(junitReport(view)).not.toContain('<script>');
      expect(() => JSON.parse(renderConformanceJson(view))).not.toThrow();
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('reports of a system built to the published standard alone', async () => {
  const result = await withReferenceServer({ profile: 'published', defect: 'drops-modelled-elements' }, (url) => conform(url, { classes: ['goal', 'subject_of_care'], attestations: referenceAttestations }));
  const view = reportView(result, suite, fixtures.values());

  it('count published MUSTs, the exchange-API profile and modelled obligations apart, with the three-valued verdict', () => {
    const json = JSON.parse(renderConformanceJson(view)) as typeof view;
    // The published standard binds no element to a required value set: MODS-TERM-001 has nothing published to test.
    expect(json.summary.verdict).toBe('conformant');
    expect(json.summary.published).toMatchObject({ failed: 0, missing: 0, notApplicable: 1 });
    expect(json.requirements.find((r) => r.requirement === 'MODS-TERM-001')!.status).toBe('not-applicable');
    expect(json.summary.exchangeApi.must).toBe(4);
    expect(json.summary.modelled.testsFailed).toBeGreaterThan(0);
    const html = renderConformanceHtml(view);
    expect(html).toContain('Published MUST requirements');
    expect(html).toContain('asc-mods exchange API profile');
    expect(html).toContain('Modelled MUST requirements');
    expect(html).toMatch(/<span class="verdict pass">Conformant<\/span>/);
    expect(html).toContain('<h2 id="advisory">Advisory failures</h2>');
    expect(html).toContain('<code>goal.reject.missing.description</code>');
  });

  it('group the same failure across classes once, expandable, and link each requirement to its failures', async () => {
    const many = await withReferenceServer({ defect: 'loses-change-log' }, (url) => conform(url, { classes: ['risk', 'goal', 'alert'] }));
    const html = renderConformanceHtml(reportView(many, suite, fixtures.values()));
    // update.change-log fails for each of the three classes: one group, the first in full, two more in <details>.
    const group = /<section class="failure-group" aria-labelledby="(failure-update-change-log-fail)">([\s\S]*?)<\/section>/.exec(html);
    expect(group, 'a group for update.change-log').not.toBeNull();
    expect(group![2]).toContain('the same failure in 3 classes');
    expect(group![2]).toContain('<summary>The same failure in the other 2 classes</summary>');
    expect([...html.matchAll(/aria-labelledby="failure-update-change-log-fail"/g)]).toHaveLength(1);
    // The requirement it breaks links to the group, and every link of the report resolves.
    expect(html).toMatch(/<code>MODS-AUDIT-003<\/code>[\s\S]*?<a href="#failure-update-change-log-fail">/);
    for (const [, id] of html.matchAll(/href="#([^"]+)"/g)) expect(html, id).toContain(`id="${id}"`);
    expect(html).toMatch(/<nav class="toc"/);
  });

  it('render Markdown code spans as code, escaped', async () => {
    const { inlineMarkdown } = await import('../../report/conformance-page.ts');
    expect(inlineMarkdown('set `record_uid` and `<b>`')).toEqual([
      { text: 'set ', code: false },
      { text: 'record_uid', code: true },
      { text: ' and ', code: false },
      { text: '<b>', code: true },
    ]);
    expect(inlineMarkdown('no code')).toEqual([{ text: 'no code', code: false }]);
    expect(inlineMarkdown('a ` lone tick')).toEqual([{ text: 'a ` lone tick', code: false }]);
    const test = view.tests.find((t) => t.verdict === 'fail')!;
    const marked = renderConformanceHtml({ ...view, tests: view.tests.map((t) => (t === test ? { ...t, message: 'send `<script>x</script>` again' } : t)) });
    expect(marked).toContain('send <code>&lt;script&gt;x&lt;/script&gt;</code> again');
  });

  it('keep advisory failures out of JUnit failures, so that they do not fail a CI build, and say why', () => {
    const junit = junitReport(view);
    expect(junit).not.toContain('<failure');
    expect(junit).toContain('<property name="published.failed" value="0"/>');
    expect(junit).toContain('<property name="exchange-api.must" value="4"/>');
    expect(junit).toMatch(/<property name="modelled\.tests-failed" value="[1-9][0-9]*"\/>/);
    expect(junit).toMatch(/name="goal\.reject\.missing\.description: [^"]*"[^>]*><system-out>ADVISORY FAIL [^<]*advisory: an obligation of the asc-mods model/);
  });

  it('show an attestation problem with its file, line and column', async () => {
    const withProblem = { ...referenceAttestations, findings: [{ code: 'attestation-expired', message: 'the attestation of MODS-AUDIT-008 expired on 2020-01-01: attest it again', file: 'attest.yaml', line: 7, column: 18 }] };
    const r = await withReferenceServer({}, (url) => conform(url, { classes: ['goal'], attestations: withProblem }));
    const html = renderConformanceHtml(reportView(r, suite, fixtures.values()));
    expect(html).toContain('<code>attest.yaml:7:18</code>');
    expect(html).toContain('attestation-expired');
  });
});
