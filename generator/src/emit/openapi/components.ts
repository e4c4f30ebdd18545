import { auditFields } from '../../model/audit-fields.ts';
import type { SpecModel } from '../../model/types.ts';
import type { Schema } from '../json-schema/element-schema.ts';
import type { SchemaSet } from '../json-schema/schema-set.ts';
import { stripAnnotations } from '../json-schema/strip-annotations.ts';
import { pageSchemaName, typeName } from '../naming.ts';
import { inlineSchemas } from './inline-schemas.ts';

export const problemMediaType = 'application/problem+json';
/** The largest request body the reference supplier accepts, stated in the document. */
export const maxBodyBytes = 4 * 1024 * 1024;
/** The deepest nesting of arrays and objects the reference supplier reads in a body (a record nests a few levels). */
export const maxBodyDepth = 64;

export const ref = (kind: 'schemas' | 'parameters' | 'responses' | 'headers', name: string) => ({ $ref: `#/components/${kind}/${name}` });

/**
 * components: the class and value-set schemas (the JSON Schema files' content, inlined under component names), pages,
 * problems, parameters, responses.
 */
export function components(model: SpecModel, set: SchemaSet): Record<string, unknown> {
  const schemas: Record<string, unknown> = inlineSchemas(model, set);
  for (const cls of model.classes.filter((c) => c.kind === 'record')) {
    schemas[pageSchemaName(cls.name)] = {
      type: 'object',
      description: `A page of ${cls.publishedName} records, oldest first.`,
      properties: { items: { type: 'array', items: ref('schemas', typeName(cls.name)) }, next: { type: 'string', description: 'The page token of the next page; absent on the last page.' } },
      required: ['items'],
      additionalProperties: false,
    };
  }
  schemas['ProblemDetails'] = {
    type: 'object',
    description: 'An error (RFC 9457). Validation problems list every offending field by JSON Pointer, never its value.',
    properties: {
      type: { type: 'string', description: 'A URI reference that identifies the problem type.' },
      title: { type: 'string' },
      status: { type: 'integer', minimum: 400, maximum: 599 },
      detail: { type: 'string' },
      instance: { type: 'string' },
      errors: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            pointer: { type: 'string', description: 'JSON Pointer to the offending field in the request body.' },
            detail: { type: 'string' },
            keyword: { type: 'string', description: 'The JSON Schema keyword or MODS rule that failed.' },
            requirement: { type: 'string', description: 'The MODS requirement id, where one applies.' },
          },
          required: ['pointer', 'detail'],
        },
      },
    },
    required: ['title', 'status'],
  };
  schemas['Capability'] = {
    type: 'object',
    description: 'What the system declares it supports: the record classes, and for each the elements it can hold beyond those the published standard makes mandatory.',
    properties: {
      standard: { type: 'string', const: model.standard.reference },
      release: { type: 'string', description: 'The asc-mods spec release the system implements.' },
      classes: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            [model.conventions.record_type_field]: { enum: model.classes.filter((c) => c.kind === 'record').map((c) => c.name) },
            elements: { type: 'array', items: { type: 'string' }, description: 'The elements it holds beyond those the published standard makes mandatory (which it always holds): optional ones, and those only the asc-mods model makes mandatory.' },
          },
          required: [model.conventions.record_type_field, 'elements'],
        },
      },
    },
    required: ['standard', 'release', 'classes'],
  };
  const problem = (description: string) => ({ description, content: { [problemMediaType]: { schema: ref('schemas', 'ProblemDetails') } } });
  return {
    securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'Every request carries a bearer token; without a valid one the answer is 401.' } },
    schemas,
    parameters: {
      recordUid: { name: 'record_uid', in: 'path', required: true, description: 'The record uid (percent-encoded in the path).', schema: recordUidSchema(model, set) },
      versionNumber: { name: 'version_number', in: 'path', required: true, description: 'A version of the record.', schema: { type: 'integer', minimum: 1 } },
      pageSize: { name: 'page_size', in: 'query', description: 'How many records a page holds.', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
      pageToken: { name: 'page_token', in: 'query', description: 'The token of the page to return, from the previous page.', schema: { type: 'string' } },
      subject: { name: 'subject', in: 'query', description: 'Only records about the subject of care with this record uid.', schema: { type: 'string' } },
      nhsNumber: { name: 'nhs_number', in: 'query', description: 'Only records about the subject of care with this NHS number.', schema: { type: 'string', pattern: '^[0-9]{10}$' } },
      ifMatch: { name: 'If-Match', in: 'header', required: true, description: 'The ETag of the version being replaced ("<version_number>"), as RFC 9110 defines it: one tag, a comma-separated list of tags (any may match), or * (whatever the current version is). Tags are compared strongly, so a weak tag (W/"2") never matches. A stale one is refused with 412.', schema: { type: 'string', minLength: 1 } },
    },
    headers: {
      ETag: { description: 'The version of the record, as "<version_number>".', schema: { type: 'string' } },
      Location: { description: 'The URL of the created record.', schema: { type: 'string' } },
    },
    responses: {
      Malformed: problem(`The body is not JSON, or not an object, or nests arrays and objects more than ${maxBodyDepth} deep on the reference supplier; or the path or the query is not valid percent-encoded UTF-8.`),
      Unauthorized: problem('No bearer token, or one that is not valid.'),
      NotFound: problem('No record with that uid (or version).'),
      Invalid: problem('The record breaks the standard; every offending field is listed, and nothing was stored.'),
      Conflict: problem('The version number is not one more than the current version.'),
      Exists: problem('A record with this uid already exists (send changes as an update; a version is stored once), or the new record is not version 1.'),
      PreconditionFailed: problem('If-Match names a version that is no longer current.'),
      PreconditionRequired: problem('An update without If-Match.'),
      BadRequest: problem('A query parameter is not valid (page_size outside 1 to 100, a page_token this system did not give, an NHS number that is not ten digits); every offending parameter is named.'),
      UnsupportedMediaType: problem('The body is not sent as application/json.'),
      ContentTooLarge: problem(`The body is larger than the system accepts; the reference supplier accepts at most ${maxBodyBytes} bytes (4 MiB).`),
    },
  };
}

/** The path's record uid takes the schema of the record uid element itself, so the two limits are one. */
function recordUidSchema(model: SpecModel, set: SchemaSet): Schema {
  const record = model.classes.find((c) => c.kind === 'record');
  const properties = (record && set.classes.get(record.name)?.['properties']) as Record<string, Schema> | undefined;
  const uid = properties?.[auditFields.recordUid];
  return uid ? stripAnnotations(uid) : { type: 'string', minLength: 1 };
}
