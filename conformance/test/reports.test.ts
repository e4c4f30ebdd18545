import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { htmlReport } from '../runner/report/html.ts';
import { junitReport } from '../runner/report/junit.ts';
import { jsonReport, reportView } from '../runner/report/report.ts';
import { loadSuite } from '../runner/suite.ts';
import { conform, suiteDir, withReferenceServer } from './support.ts';

const { suite } = await loadSuite(suiteDir);

describe('conformance reports', () => {
  it('show each failure with its requirement, the evidence and a curl line; passing tests carry no evidence', async () => {
    const result = await withReferenceServer({ defect: 'loses-change-log' }, (url) => conform(url, { classes: ['risk'] }));
    const view = reportView(result, suite);
    const failure = view.tests.find((t) => t.id === 'risk.update.change-log')!;
    expect(failure.verdict).toBe('fail');
    expect(failure.curl?.[0]).toMatch(/^curl -sS -i -X GET 'http:\/\/127\.0\.0\.1:\d+\/risk\/[0-9a-f-]+' .*"Authorization: Bearer \$ASC_MODS_TOKEN"/);
    expect(view.tests.find((t) => t.id === 'risk.create')!.evidence).toEqual([]);
    const json = JSON.parse(jsonReport(view)) as typeof view;
    expect(json.summary.conformant).toBe(false);
    expect(json.requirements.find((r) => r.requirement === 'MODS-AUDIT-003')!.verdict).toBe('fail');
    const junit = junitReport(view);
    expect(junit.match(/<testcase /g)).toHaveLength(result.tests.length);
    expect(junit).toContain('name="risk.update.change-log: ');
    expect(junit).toMatch(/<failure message="the change log has no entry for version 2/);
    const html = htmlReport(view);
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
      const view = reportView(result, suite);
      expect(htmlReport(view)).not.toContain('<script>');
      expect(junitReport(view)).not.toContain('<script>');
      expect(() => JSON.parse(jsonReport(view))).not.toThrow();
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
