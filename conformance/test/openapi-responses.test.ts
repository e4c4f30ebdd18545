import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dereference } from '@readme/openapi-parser';
import OpenAPIResponseValidator from 'openapi-response-validator';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../generator/src/paths.ts';
import type { Exchange } from '../api/http.ts';
import { conform, token, withReferenceServer } from './support.ts';

/**
 * The reference supplier's responses, checked against the generated OpenAPI document by validators that are not
 * ours: @readme/openapi-parser resolves the document and openapi-response-validator checks each body against the
 * schema of its operation and status. The suite's own checks use neither.
 */
interface Operation {
  readonly responses: Record<string, { content?: Record<string, unknown> }>;
}

const generated = join(packageRoot(), 'generated');
const schemaBase = /^https:\/\/asc-mods\.invalid\/dapb4102\/[^/]+\//;
const resolve = { http: { canRead: /^https?:/i, read: (file: { url: string }) => readFileSync(join(generated, 'json-schema', file.url.replace(schemaBase, '')), 'utf8') } };
const doc = (await dereference(join(generated, 'openapi', 'mods.openapi.json') as never, { resolve } as never)) as unknown as { paths: Record<string, Record<string, Operation>>; components: unknown };
// Each schema file was inlined wherever it is used, with its $id: one $id may appear once per validator, so drop them.
const seen = new Set<object>();
const stripIds = (v: unknown): void => {
  if (v === null || typeof v !== 'object' || seen.has(v)) return;
  seen.add(v);
  delete (v as Record<string, unknown>)['$id'];
  delete (v as Record<string, unknown>)['$schema'];
  for (const x of Object.values(v)) stripIds(x);
};
stripIds(doc);

const templates = Object.keys(doc.paths).map((template) => ({ template, pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`) }));
type Validator = { validateResponse(status: number, body: unknown): { errors: unknown[] } | undefined };
const Validator = ((OpenAPIResponseValidator as unknown as { default?: unknown }).default ?? OpenAPIResponseValidator) as new (args: { responses: unknown; components: unknown }) => Validator;
const validators = new Map<string, Validator>();

function check(exchange: Exchange): string | undefined {
  const url = new URL(exchange.request.url);
  const template = templates.find((t) => t.pattern.test(url.pathname))?.template;
  const method = exchange.request.method.toLowerCase();
  const operation = template ? doc.paths[template]?.[method] : undefined;
  if (!operation || !exchange.response) return `${exchange.request.method} ${url.pathname}: no operation in the OpenAPI document`;
  const status = String(exchange.response.status);
  const declared = operation.responses[status];
  if (!declared) return `${method} ${template} answered ${status}, which the document does not list`;
  const types = Object.keys(declared.content ?? {});
  if (types.length > 0 && !types.some((t) => exchange.response!.contentType.startsWith(t))) return `${method} ${template} ${status}: content type ${exchange.response.contentType}, not ${types.join(' or ')}`;
  const key = `${method} ${template}`;
  let validator = validators.get(key);
  if (!validator) validators.set(key, (validator = new Validator({ responses: operation.responses, components: doc.components })));
  const result = validator.validateResponse(exchange.response.status, exchange.response.body);
  return result ? `${key} ${status}: ${JSON.stringify(result.errors).slice(0, 300)}` : undefined;
}

describe('the reference supplier answers as the OpenAPI document says', () => {
  it('every response of a suite run over three classes matches its operation: status, content type and body', async () => {
    const result = await withReferenceServer({}, (url) => conform(url, { classes: ['subject_of_care', 'risk', 'care_plan'] }));
    const exchanges = result.tests.flatMap((t) => t.evidence);
    expect(exchanges.length).toBeGreaterThan(50);
    expect(exchanges.map(check).filter((p) => p !== undefined)).toEqual([]);
  });

  it('and the validator does catch a response that breaks the document', async () => {
    const result = await withReferenceServer({ defect: 'drops-optional-elements' }, (url) => conform(url, { classes: ['subject_of_care'] }));
    const exchange = result.tests.find((t) => t.id === 'subject_of_care.create')!.evidence[0]!;
    const broken = { ...exchange, response: { ...exchange.response!, body: { record_type: 'subject_of_care' } } };
    expect(check(broken)).toMatch(/required property 'record_uid'/);
    expect(check({ ...exchange, response: { ...exchange.response!, status: 418 } })).toMatch(/does not list/);
  });
});

/** One request, as an Exchange the checker reads (fetch directly, to send what the suite's client never would). */
async function exchange(base: string, method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}): Promise<Exchange> {
  const url = `${base}${path}`;
  const headers = { Authorization: `Bearer ${token}`, ...init.headers };
  const res = await fetch(url, { method, headers, ...(init.body === undefined ? {} : { body: init.body }) });
  const contentType = res.headers.get('content-type') ?? '';
  const text = await res.text();
  return { request: { method, url, headers }, response: { status: res.status, headers: {}, contentType, body: text === '' ? undefined : JSON.parse(text), truncated: false }, ms: 0 };
}

describe('the statuses the reference supplier answers outside the suite are declared too', () => {
  it('400 for bad query parameters, 413 over the stated body limit, 415 for a wrong content type, and If-Match as RFC 9110 defines it', async () => {
    await withReferenceServer({}, async (base) => {
      const risk = JSON.parse(readFileSync(join(generated, 'conformance', 'classes', 'risk.json'), 'utf8')) as { minimal: Record<string, unknown> };
      const soc = JSON.parse(readFileSync(join(generated, 'conformance', 'classes', 'subject_of_care.json'), 'utf8')) as { minimal: Record<string, unknown> };
      const json = { 'Content-Type': 'application/json' };
      const created = await exchange(base, 'POST', '/subject-of-care', { headers: json, body: JSON.stringify(soc.minimal) });
      expect(created.response!.status).toBe(201);
      const uid = String(soc.minimal['record_uid']);
      const next = { ...soc.minimal, version_number: 2, change_log: [...(soc.minimal['change_log'] as object[]), { ...(soc.minimal['change_log'] as Record<string, unknown>[])[0], record_version: 2, change_type: { code: 'modified', display: 'Modified' }, date: '2024-06-01T10:00:00Z' }] };
      const answers = [
        await exchange(base, 'GET', '/risk?page_size=0'),
        await exchange(base, 'GET', '/risk?page_token=not-a-token'),
        await exchange(base, 'GET', '/subject-of-care?nhs_number=123'),
        await exchange(base, 'GET', `/subject-of-care/${uid}/versions?page_size=500`),
        await exchange(base, 'POST', '/risk', { headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(risk.minimal) }),
        await exchange(base, 'POST', '/risk', { headers: json, body: `{"pad":"${'x'.repeat(4 * 1024 * 1024)}"}` }),
        await exchange(base, 'PUT', `/subject-of-care/${uid}`, { headers: { ...json, 'If-Match': 'W/"1"' }, body: JSON.stringify(next) }),
        await exchange(base, 'PUT', `/subject-of-care/${uid}`, { headers: { ...json, 'If-Match': '"7", "1"' }, body: JSON.stringify(next) }),
      ];
      expect(answers.map((a) => a.response!.status)).toEqual([400, 400, 400, 400, 415, 413, 412, 200]);
      const star = await exchange(base, 'PUT', `/subject-of-care/${uid}`, { headers: { ...json, 'If-Match': '*' }, body: JSON.stringify({ ...next, version_number: 3, change_log: [...next.change_log, { ...next.change_log[1], record_version: 3 }] }) });
      expect(star.response!.status).toBe(200);
      expect([...answers, star].map(check).filter((p) => p !== undefined)).toEqual([]);
    });
  });
});
