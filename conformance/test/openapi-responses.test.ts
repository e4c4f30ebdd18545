import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dereference } from '@readme/openapi-parser';
import OpenAPIResponseValidator from 'openapi-response-validator';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../generator/src/paths.ts';
import type { Exchange } from '../runner/http.ts';
import { conform, withReferenceServer } from './support.ts';

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
