import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { reportView } from '../report/conformance-view.ts';
import { SystemUnavailable } from '../api/run.ts';
import { loadSuite } from '../api/suite.ts';
import { conform, suiteDir, withReferenceServer } from './support.ts';

/** A system that answers /capability properly (declaring one class) and misbehaves on everything else. */
async function hostile(behave: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.url === '/capability') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify({ classes: [{ record_type: 'subject_of_care', elements: [] }] }));
    }
    behave(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const servers: Server[] = [];
afterAll(async () => {
  for (const s of servers) (s.closeAllConnections(), s.close());
});

/** A short request timeout for the system that never answers; room for a loaded machine for every other. */
async function runAgainst(behave: (req: IncomingMessage, res: ServerResponse) => void, requestTimeoutMs = 5000) {
  const { url, server } = await hostile(behave);
  servers.push(server);
  return conform(url, { requestTimeoutMs, classes: ['subject_of_care'] });
}

describe('a runner that survives bad systems', () => {
  it('a server that never answers: every test ends (error, with the timeout) and the run finishes', async () => {
    const result = await runAgainst(() => {}, 300);
    const create = result.tests.find((t) => t.id === 'subject_of_care.create')!;
    expect(create.verdict).toBe('error');
    expect(create.message).toMatch(/no response within 300 ms/);
    expect(result.summary.pass + result.summary.fail + result.summary.skip + result.summary.error).toBe(result.summary.tests);
    expect(result.summary.conformant).toBe(false);
  });

  it('a body that is not JSON fails with that reason', async () => {
    const result = await runAgainst((_req, res) => (res.writeHead(201, { 'Content-Type': 'application/json', Location: '/x', ETag: '"1"' }), res.end('<html>oops</html>')));
    expect(result.tests.find((t) => t.id === 'api.auth.missing-token')!.message).toMatch(/not 401/);
    expect(result.tests.find((t) => t.id.startsWith('subject_of_care.reject.'))!.message).toMatch(/201, not a 4xx/);
  });

  it('a reset connection is an error that says so', async () => {
    const result = await runAgainst((req) => req.socket.destroy());
    expect(result.tests.find((t) => t.id === 'subject_of_care.create')!.message).toMatch(/reset|failed/);
  });

  it('a redirect is not followed, and fails', async () => {
    const result = await runAgainst((_req, res) => (res.writeHead(302, { Location: 'http://example.invalid/' }), res.end()));
    expect(result.tests.find((t) => t.id === 'subject_of_care.create')!.message).toMatch(/redirected \(302\)/);
  });

  it('a response over the size cap is cut off and fails', async () => {
    const { url, server } = await hostile((_req, res) => (res.writeHead(201, { 'Content-Type': 'application/json', Location: '/subject-of-care/x', ETag: '"1"' }), res.end(`{"pad":"${'x'.repeat(200_000)}"}`)));
    servers.push(server);
    const result = await conform(url, { requestTimeoutMs: 1000, classes: ['subject_of_care'], maxResponseBytes: 10_000 });
    expect(result.tests.find((t) => t.id === 'subject_of_care.create')!.message).toMatch(/larger than the suite accepts/);
  });

  it('a run that reaches its time limit ends, with every remaining test an error that says so', async () => {
    const result = await withReferenceServer({}, (url) => conform(url, { runTimeoutMs: 1, classes: ['risk'] }));
    expect(result.tests.find((t) => t.id === 'risk.create')!).toMatchObject({ verdict: 'error', message: 'the run reached its time limit before this test' });
    expect(result.summary.conformant).toBe(false);
  });

  it('a system that is not running is reported as unavailable, not as failures', async () => {
    const { url, server } = await hostile(() => {});
    await new Promise<void>((r) => server.close(() => r()));
    await expect(conform(url)).rejects.toBeInstanceOf(SystemUnavailable);
  });

  it('masks the personal values a system sends back, in the report', async () => {
    const { suite, fixtures } = await loadSuite(suiteDir);
    const result = await runAgainst((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const person = { record_type: 'subject_of_care', record_uid: 'u', version_number: 7, nhs_number: '9434765919', name: { given: 'Realname' } };
      const referral = { record_type: 'referral', record_uid: 'r', version_number: 3, clinical_urgency_of_referral: { urgency: 'x', reason_for_urgency: 'SecretReason' } };
      res.end(JSON.stringify(req.url?.includes('?') ? { items: [person, referral] } : person));
    });
    const text = JSON.stringify(reportView(result, suite, fixtures.values()));
    expect(text).not.toContain('9434765919');
    expect(text).not.toContain('Realname');
    expect(text).toContain('"version_number":7');
    // Inside a component, too, and in a page of search results.
    expect(text).not.toContain('SecretReason');
    expect(text).toContain('"version_number":3');
  });
});
