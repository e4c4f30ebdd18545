import { registerSchema, setShouldValidateFormat, validate, type OutputUnit, type SchemaObject } from '@hyperjump/json-schema/draft-2020-12';
import type { Failure } from './agreement.ts';

/**
 * @hyperjump/json-schema, an independent 2020-12 validator, set up as a supplier would use it on the asc-mods
 * schemas: every schema registered by its `$id` (never fetched: the tests stub fetch and fail on any call), the
 * 2020-12 dialect as published, and formats as annotations. That is its default for 2020-12 and what our validators
 * do too (ajv's formats are declared always valid; the schemas check dates and the like by `pattern`). No keyword
 * needs declaring: the dialect keeps unknown keywords as annotations, so `x-mods-*` and the OpenAPI-style
 * `discriminator` pass through without changing a verdict.
 */
setShouldValidateFormat(false);

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schemas = ReadonlyMap<string, Record<string, Json>>;
/** A compiled check of one schema: true, or what fails. */
export type Check = (record: unknown) => Failure[] | true;

/** Register schema documents with hyperjump; returns every schema they hold by its absolute `$id`, embedded ones too. */
export function registerDocuments(documents: readonly Record<string, Json>[]): Schemas {
  const byId = new Map<string, Record<string, Json>>();
  for (const document of documents) {
    registerSchema(structuredClone(document) as SchemaObject);
    collectIds(document, byId);
  }
  return byId;
}

function collectIds(value: Json, byId: Map<string, Record<string, Json>>): void {
  if (Array.isArray(value)) value.forEach((v) => collectIds(v, byId));
  else if (value !== null && typeof value === 'object') {
    if (typeof value['$id'] === 'string') byId.set(value['$id'], value);
    Object.values(value).forEach((v) => collectIds(v, byId));
  }
}

/** A compiled hyperjump validator of one schema, reporting what fails in the agreement's terms. */
export async function hyperjumpValidator(id: string, schemas: Schemas): Promise<Check> {
  const compiled = await validate(id);
  return (record) => {
    const value = record as Parameters<typeof compiled>[0];
    // The verdict first (FLAG output is the quickest), the detail only for a record that fails.
    if (compiled(value, 'FLAG').valid) return true;
    const output = compiled(value, 'DETAILED');
    return output.valid ? true : (output.errors ?? []).flatMap((unit) => failures(unit, record, schemas));
  };
}

/**
 * The failing keywords under an output unit, normalised to what ajv reports:
 * - only the leaves: DETAILED output nests the applicators ($ref, properties, items, ...) above the keywords that
 *   fail, where ajv reports the failing keywords alone;
 * - the keyword by name: hyperjump names it by URI (https://json-schema.org/keyword/required); a `false` schema that
 *   fails (https://json-schema.org/evaluation/validate) is named by the keyword that holds it (additionalProperties);
 * - the instance location as a plain JSON Pointer: hyperjump gives it as a URI fragment ('#/a/b', percent-encoded);
 * - a oneOf with a `discriminator`: ajv (discriminator: true) checks only the branch the tag selects, and reports
 *   `discriminator` when no branch has that tag; plain oneOf reports every branch, so the branch is picked the same way.
 */
function failures(unit: OutputUnit, record: unknown, schemas: Schemas): Failure[] {
  const children = unit.errors ?? [];
  const instancePath = decodeURIComponent(unit.instanceLocation.replace(/^#/, ''));
  if (unit.keyword === 'https://json-schema.org/keyword/oneOf') {
    const branch = discriminated(unit, record, schemas);
    if (branch === 'no-branch') return [{ instancePath, keyword: 'discriminator' }];
    if (branch !== undefined) return branch.flatMap((u) => failures(u, record, schemas));
  }
  if (children.length > 0) return children.flatMap((u) => failures(u, record, schemas));
  const named = /^https:\/\/json-schema\.org\/keyword\/(.+)$/.exec(unit.keyword)?.[1];
  const keyword = named ?? decodeURIComponent(unit.absoluteKeywordLocation.split('/').pop() ?? '');
  return [{ instancePath, keyword }];
}

/** The failures of the branch a discriminator selects ('no-branch' when the tag selects none; undefined without one). */
function discriminated(unit: OutputUnit, record: unknown, schemas: Schemas): OutputUnit[] | 'no-branch' | undefined {
  const [id, pointer = ''] = unit.absoluteKeywordLocation.split('#');
  const holder = at(schemas.get(id!), pointer.replace(/\/oneOf$/, ''));
  const discriminator = holder?.['discriminator'];
  const branches = holder?.['oneOf'];
  if (!isObject(discriminator) || typeof discriminator['propertyName'] !== 'string' || !Array.isArray(branches)) return undefined;
  const property = discriminator['propertyName'];
  const value = at(record as Json, unit.instanceLocation.replace(/^#/, ''));
  const tag = value?.[property];
  const index = branches.findIndex((b) => isObject(b) && typeof b['$ref'] === 'string' && constOf(schemas.get(new URL(b['$ref'], id).href), property) === tag);
  if (typeof tag !== 'string' || index < 0) return 'no-branch';
  return (unit.errors ?? []).filter((u) => u.absoluteKeywordLocation.startsWith(`${id}#${pointer}/${index}/`));
}

function constOf(schema: Record<string, Json> | undefined, property: string): Json | undefined {
  const properties = schema?.['properties'];
  const declared = isObject(properties) ? properties[property] : undefined;
  return isObject(declared) ? declared['const'] : undefined;
}

/** The object at a JSON Pointer (undefined when there is none). */
function at(value: Json | undefined, pointer: string): Record<string, Json> | undefined {
  let current = value;
  for (const token of pointer.split('/').slice(1).map((t) => decodeURIComponent(t).replace(/~1/g, '/').replace(/~0/g, '~'))) {
    current = Array.isArray(current) ? current[Number(token)] : isObject(current) ? current[token] : undefined;
  }
  return isObject(current) ? current : undefined;
}

function isObject(value: Json | undefined): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
