import type { Exchange } from '../http.ts';
import { pathOf, type RunContext } from '../context.ts';
import { allPages } from './class-tests.ts';
import { answered, expectJson, expectStatus, fail, skip, type Check } from './outcome.ts';

/** Tests of the API as a whole, by kind. */
export const apiChecks: Readonly<Record<string, Check>> = {
  async capability(_test, context, evidence) {
    const exchange = await context.client.send('GET', '/capability');
    evidence.push(exchange);
    expectStatus(exchange, 'capability', 200);
    const body = expectJson(exchange, 'capability');
    if (!Array.isArray(body['classes']) || body['classes'].length === 0) fail('the capability statement lists no classes');
    const unknown = (body['classes'] as { record_type?: unknown }[]).filter((c) => !context.suite.classes.some((k) => k.record_type === c.record_type));
    if (unknown.length > 0) fail(`the capability statement names ${unknown.length} class${unknown.length === 1 ? '' : 'es'} MODS does not define`);
    return `${body['classes'].length} classes declared`;
  },

  async 'auth-missing'(_test, context, evidence) {
    return unauthorized(context, evidence, 'none');
  },

  async 'auth-wrong'(_test, context, evidence) {
    return unauthorized(context, evidence, 'wrong');
  },

  async paging(test, context, evidence) {
    const recordType = test.class!;
    const f = context.fixtures.get(recordType);
    const element = context.suite.classes.find((c) => c.record_type === recordType)?.subjectElement;
    if (!f || !element) skip(`no fixtures for ${recordType}`);
    if (!context.declared.has(recordType)) skip(`the system does not hold ${recordType}`);
    const subject = (f.minimal[element] as { record_uid?: string }).record_uid!;
    const made: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const record = { ...f.minimal, record_uid: context.ids.uid(`paging:${i}`), change_log: relabel(f.minimal['change_log'], context.ids.uid(`paging:${i}`)) };
      const exchange = await context.client.send('POST', pathOf(context, recordType), { body: record });
      evidence.push(exchange);
      expectStatus(exchange, `create record ${i + 1} of 3 to page through`, 201);
      made.push(record.record_uid);
    }
    const first = await context.client.send('GET', `${pathOf(context, recordType)}?subject=${encodeURIComponent(subject)}&page_size=2`);
    evidence.push(first);
    expectStatus(first, 'first page', 200);
    const page = expectJson(first, 'first page');
    const items = Array.isArray(page['items']) ? page['items'] : [];
    if (items.length > 2) fail(`page_size=2 gave a page of ${items.length}`);
    if (typeof page['next'] !== 'string') fail('the first page of more than two matches has no next token');
    const all = await allPages(context, evidence, `${pathOf(context, recordType)}?subject=${encodeURIComponent(subject)}&page_size=2`);
    const uids = all.map((r) => r['record_uid']);
    if (new Set(uids).size !== uids.length) fail('a record appears on more than one page');
    const lost = made.filter((u) => !uids.includes(u));
    if (lost.length > 0) fail(`${lost.length} of the 3 records made are on no page`);
    return `${uids.length} matches over pages of 2, each once`;
  },
};

async function unauthorized(context: RunContext, evidence: Exchange[], auth: 'none' | 'wrong'): Promise<string> {
  const path = `${context.suite.classes[0] ? pathOf(context, [...context.declared.keys()][0] ?? context.suite.classes[0].record_type) : ''}?page_size=1`;
  const exchange = await context.client.send('GET', path, { auth });
  evidence.push(exchange);
  const response = answered(exchange, auth === 'none' ? 'a request without a token' : 'a request with a wrong token');
  if (response.status !== 401) fail(`${auth === 'none' ? 'without a token' : 'with a wrong token'} the answer was ${response.status}, not 401`);
  expectJson(exchange, 'the 401', 'application/problem+json');
  return 'refused with 401 and a problem';
}

function relabel(log: unknown, recordUid: string): unknown {
  return Array.isArray(log) ? log.map((e) => (e && typeof e === 'object' ? { ...e, record_uid: recordUid } : e)) : log;
}
