import { isDeepStrictEqual } from 'node:util';
import type { Exchange } from '../http.ts';
import { heldElements, itemPath, pathOf, type RunContext } from '../context.ts';
import { shownEtag, shownPointer, shownValue } from '../../report/keep.ts';
import type { SuiteTestDefinition } from '../suite.ts';
import { answered, expectJson, expectStatus, fail, skip, type Check } from './outcome.ts';

/** The checks of one record class, by test kind. Each returns what passed, or ends with fail/skip. */
export const classChecks: Readonly<Record<string, Check>> = {
  async create(test, context, evidence) {
    const f = fixtures(context, test);
    const exchange = await send(context, evidence, 'POST', pathOf(context, test.class!), f.full);
    expectStatus(exchange, 'create', 201);
    const body = expectJson(exchange, 'create');
    const location = exchange.response!.headers['location'];
    if (!location) fail('create: no Location header');
    if (!location.endsWith(`/${encodeURIComponent(uid(f.full))}`)) fail('create: the Location header does not end with the record uid');
    const etag = exchange.response!.headers['etag'];
    if (etag !== '"1"') fail(`create: the ETag is ${etag === undefined ? 'missing' : shownEtag(etag)}, not "1"`);
    if (body[context.suite.typeField] !== test.class || body['record_uid'] !== uid(f.full) || body['version_number'] !== 1) fail('create: the body is not version 1 of the record sent (record_type, record_uid, version_number)');
    stateOf(context, test).created = { exchange, body };
    return 'created: 201, Location, ETag "1", the record as stored';
  },

  async 'round-trip'(test, context, evidence) {
    const created = needCreated(context, test);
    const f = fixtures(context, test);
    const read = await send(context, evidence, 'GET', itemPath(context, test.class!, uid(f.full)));
    expectStatus(read, 'read back', 200);
    const body = expectJson(read, 'read back');
    const held = heldElements(context, test.class!, f.full);
    const changedOnCreate = held.filter((k) => !isDeepStrictEqual(f.full[k], created.body[k]));
    const changedOnRead = held.filter((k) => !isDeepStrictEqual(f.full[k], body[k]));
    const changed = [...new Set([...changedOnCreate, ...changedOnRead])];
    if (changed.length > 0) fail(`round trip: ${changed.length} of ${held.length} elements did not come back as sent: ${changed.join(', ')}`, { held, changed });
    return { message: `all ${held.length} elements the system holds came back unchanged`, detail: { held, changed } };
  },

  async read(test, context, evidence) {
    needCreated(context, test);
    const f = fixtures(context, test);
    const exchange = await send(context, evidence, 'GET', itemPath(context, test.class!, uid(f.full)));
    expectStatus(exchange, 'read', 200);
    const body = expectJson(exchange, 'read');
    if (body['record_uid'] !== uid(f.full)) fail('read: the body is another record');
    const missing = await send(context, evidence, 'GET', itemPath(context, test.class!, context.ids.uid('conformance:never-created')));
    expectStatus(missing, 'read a uid that does not exist', 404);
    expectJson(missing, 'read a uid that does not exist', 'application/problem+json');
    return 'read back as application/json; an unknown uid is 404 with a problem';
  },

  async duplicate(test, context, evidence) {
    needCreated(context, test);
    const f = fixtures(context, test);
    const again = await send(context, evidence, 'POST', pathOf(context, test.class!), f.full);
    const response = answered(again, 'create the same record again');
    if (response.status < 400 || response.status >= 500) fail(`create the same record again: expected a 4xx refusal (409), got ${response.status}`);
    await expectStoredOnce(context, test, evidence);
    return `refused with ${response.status}; one version stored`;
  },

  async 'search-subject'(test, context, evidence) {
    needCreated(context, test);
    const f = fixtures(context, test);
    const element = context.suite.classes.find((c) => c.record_type === test.class)?.subjectElement;
    const subject = element ? (f.full[element] as { record_uid?: unknown } | undefined)?.record_uid : undefined;
    if (typeof subject !== 'string') skip('the fixture names no subject of care');
    const found = await findInPages(context, evidence, `${pathOf(context, test.class!)}?subject=${encodeURIComponent(subject)}`, uid(f.full));
    if (!found) fail('search by subject of care: the record is not among the results');
    return 'found by its subject of care';
  },

  async 'search-nhs-number'(test, context, evidence) {
    needCreated(context, test);
    const f = fixtures(context, test);
    const nhs = f.full['nhs_number'];
    if (typeof nhs !== 'string') skip('the fixture has no NHS number');
    const found = await findInPages(context, evidence, `${pathOf(context, test.class!)}?nhs_number=${nhs}`, uid(f.full));
    if (!found) fail('search by NHS number: the subject of care is not among the results');
    return 'found by NHS number';
  },

  async update(test, context, evidence) {
    needCreated(context, test);
    const f = fixtures(context, test);
    const exchange = await send(context, evidence, 'PUT', itemPath(context, test.class!, uid(f.full)), f.update, { 'If-Match': '"1"' });
    expectStatus(exchange, 'update', 200);
    const body = expectJson(exchange, 'update');
    if (body['version_number'] !== 2) fail(`update: the stored version is ${shownValue(body['version_number'], context.keep)}, not 2`);
    if (exchange.response!.headers['etag'] !== '"2"') fail('update: the ETag is not "2"');
    const read = await send(context, evidence, 'GET', itemPath(context, test.class!, uid(f.full)));
    expectStatus(read, 'read after update', 200);
    if (expectJson(read, 'read after update')['version_number'] !== 2) fail('read after update: the current version is not 2');
    stateOf(context, test).updated = true;
    return 'version 2 stored and current';
  },

  async 'change-log'(test, context, evidence) {
    needUpdated(context, test);
    const f = fixtures(context, test);
    const read = await send(context, evidence, 'GET', itemPath(context, test.class!, uid(f.full)));
    expectStatus(read, 'read after update', 200);
    const log = expectJson(read, 'read after update')['change_log'];
    if (!Array.isArray(log)) fail('the record has no change log');
    const entry = (log as Record<string, unknown>[]).find((e) => e && e['record_version'] === 2);
    if (!entry) fail(`the change log has no entry for version 2 (it has ${(log as unknown[]).length} ${(log as unknown[]).length === 1 ? "entry" : "entries"})`);
    const missing = ['date', 'change_type', 'system_identifier', 'committer'].filter((k) => entry[k] === undefined || entry[k] === null || entry[k] === '');
    if (missing.length > 0) fail(`the entry for version 2 lacks ${missing.join(', ')}`);
    if ((log as unknown[]).length < 2) fail('the change log lost the entry for version 1');
    return 'the entry for version 2 says who, when, from which system and what kind of change';
  },

  async 'stale-update'(test, context, evidence) {
    needUpdated(context, test);
    const f = fixtures(context, test);
    const stale = { ...f.update, version_number: 2 };
    const exchange = await send(context, evidence, 'PUT', itemPath(context, test.class!, uid(f.full)), stale, { 'If-Match': '"1"' });
    const response = answered(exchange, 'update against version 1 when 2 is current');
    if (response.status !== 409 && response.status !== 412) fail(`update against a stale version: expected 409 or 412, got ${response.status}`);
    const read = await send(context, evidence, 'GET', itemPath(context, test.class!, uid(f.full)));
    expectStatus(read, 'read after the refused update', 200);
    if (expectJson(read, 'read after the refused update')['version_number'] !== 2) fail('the refused update changed the current version');
    return `refused with ${response.status}; version 2 still current`;
  },

  async history(test, context, evidence) {
    needUpdated(context, test);
    const f = fixtures(context, test);
    const items = await allPages(context, evidence, `${itemPath(context, test.class!, uid(f.full))}/versions`);
    const versions = items.map((i) => i['version_number']);
    if (!isDeepStrictEqual(versions, [1, 2])) fail(`the history lists versions [${versions.slice(0, 10).map((v) => shownValue(v, context.keep)).join(', ')}${versions.length > 10 ? `, … ${versions.length} in all` : ''}], not [1, 2] oldest first`);
    return 'versions 1 and 2, oldest first';
  },

  async 'past-version'(test, context, evidence) {
    const created = needCreated(context, test);
    needUpdated(context, test);
    const f = fixtures(context, test);
    const exchange = await send(context, evidence, 'GET', `${itemPath(context, test.class!, uid(f.full))}/versions/1`);
    expectStatus(exchange, 'read version 1', 200);
    const body = expectJson(exchange, 'read version 1');
    const held = heldElements(context, test.class!, f.full);
    const changed = held.filter((k) => !isDeepStrictEqual(created.body[k], body[k]));
    if (changed.length > 0) fail(`version 1 does not read back as it was: ${changed.join(', ')} differ`);
    return 'version 1 reads back as it was stored';
  },

  async reject(test, context, evidence) {
    const f = fixtures(context, test);
    const variant = f.negative.find((n) => n.variant === test.variant);
    if (!variant) skip(`no fixture for the variant ${test.variant}`);
    const exchange = await send(context, evidence, 'POST', pathOf(context, test.class!), variant.record);
    const response = answered(exchange, 'send the invalid record');
    if (response.status < 400 || response.status >= 500) fail(`the invalid record was answered with ${response.status}, not a 4xx refusal`);
    const problem = expectJson(exchange, 'the refusal', 'application/problem+json');
    const pointers = Array.isArray(problem['errors']) ? (problem['errors'] as { pointer?: unknown }[]).map((e) => e.pointer).filter((p): p is string => typeof p === 'string') : [];
    if (!pointers.some((p) => p === variant.pointer || p.startsWith(`${variant.pointer}/`))) fail(`the problem does not name ${variant.pointer} (it names ${pointers.length > 0 ? pointers.slice(0, 5).map((p) => shownPointer(p, context.keep)).join(', ') : 'no field'})`);
    const recordUid = variant.record['record_uid'];
    if (typeof recordUid === 'string') {
      const read = await send(context, evidence, 'GET', itemPath(context, test.class!, recordUid));
      if (answered(read, 'read the refused record').status !== 404) fail('the refused record was stored: reading its uid did not give 404');
    }
    return `refused with ${response.status}, naming ${variant.pointer}; nothing stored`;
  },
};

function fixtures(context: RunContext, test: SuiteTestDefinition) {
  const f = context.fixtures.get(test.class!);
  if (!f) skip(`no fixtures for ${test.class}`);
  return f;
}

function uid(record: Record<string, unknown>): string {
  return record['record_uid'] as string;
}

function stateOf(context: RunContext, test: SuiteTestDefinition) {
  let state = context.state.get(test.class!);
  if (!state) context.state.set(test.class!, (state = {}));
  return state;
}

function needCreated(context: RunContext, test: SuiteTestDefinition) {
  const created = stateOf(context, test).created;
  if (!created) skip(`needs the record ${test.class}.create makes, which failed`);
  return created;
}

function needUpdated(context: RunContext, test: SuiteTestDefinition): void {
  if (!stateOf(context, test).updated) skip(`needs the update ${test.class}.update makes, which failed`);
}

async function send(context: RunContext, evidence: Exchange[], method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Exchange> {
  const exchange = await context.client.send(method, path, { ...(body !== undefined ? { body } : {}), ...(headers ? { headers } : {}) });
  evidence.push(exchange);
  return exchange;
}

async function expectStoredOnce(context: RunContext, test: SuiteTestDefinition, evidence: Exchange[]): Promise<void> {
  const f = fixtures(context, test);
  const items = await allPages(context, evidence, `${itemPath(context, test.class!, uid(f.full))}/versions`);
  if (items.length !== 1) fail(`the history holds ${items.length} versions, not one`);
}

/** Every item of a paged collection (at most 50 pages). */
export async function allPages(context: RunContext, evidence: Exchange[], path: string): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  let next: string | undefined;
  for (let page = 0; page < 50; page += 1) {
    const separator = path.includes('?') ? '&' : '?';
    const exchange = await send(context, evidence, 'GET', next === undefined ? path : `${path}${separator}page_token=${encodeURIComponent(next)}`);
    expectStatus(exchange, `page ${page + 1} of ${path.split('?')[0]}`, 200);
    const body = expectJson(exchange, `page ${page + 1}`);
    if (!Array.isArray(body['items'])) fail(`page ${page + 1}: no items list`);
    out.push(...(body['items'] as Record<string, unknown>[]));
    next = typeof body['next'] === 'string' ? body['next'] : undefined;
    if (next === undefined) return out;
  }
  fail('more than 50 pages');
  return out;
}

async function findInPages(context: RunContext, evidence: Exchange[], path: string, recordUid: string): Promise<boolean> {
  return (await allPages(context, evidence, path)).some((i) => i['record_uid'] === recordUid);
}
