import type { ClassModel, SpecModel } from '../../model/types.ts';
import { kebabName, typeName } from '../naming.ts';
import { maxBodyBytes, ref } from './components.ts';

export interface PathsInput {
  readonly model: SpecModel;
  readonly examples: ReadonlyMap<string, { readonly valid: Record<string, unknown> }>;
}

const json = 'application/json';

/** The record class that holds the NHS number: the subject of care, whose records other classes are about. */
export function subjectClass(model: SpecModel): ClassModel | undefined {
  return model.classes.find((c) => c.kind === 'record' && c.elements.some((e) => e.constraints.format === 'nhs-number'));
}

/** paths: for each record class a collection, an item, its history and its past versions; and the capability statement. */
export function paths(input: PathsInput): Record<string, unknown> {
  const { model } = input;
  const subject = subjectClass(model);
  const out: Record<string, unknown> = {
    '/capability': {
      get: {
        operationId: 'getCapability',
        summary: 'What this system supports',
        description: 'The record classes the system holds, and for each the elements it holds beyond those the published standard makes mandatory.',
        tags: ['Capability'],
        responses: { '200': { description: 'The capability statement.', content: { [json]: { schema: ref('schemas', 'Capability') } } }, '401': ref('responses', 'Unauthorized') },
      },
    },
  };
  for (const cls of model.classes.filter((c) => c.kind === 'record')) {
    const type = typeName(cls.name);
    const base = `/${kebabName(cls.name)}`;
    const body = { content: { [json]: { schema: ref('schemas', type), examples: exampleOf(input, cls) } } };
    const tags = [model.groups.find((g) => g.id === cls.group)?.name ?? cls.group];
    const record = (description: string, headers: readonly string[] = ['ETag']) => ({ description, headers: Object.fromEntries(headers.map((h) => [h, ref('headers', h)])), ...body });
    const aboutSubject = subject !== undefined && cls.name !== subject.name && cls.elements.some((e) => e.type === 'reference' && e.target === subject.name);
    const searchParams = [
      ...(aboutSubject ? [ref('parameters', 'subject')] : []),
      ...(aboutSubject || cls.name === subject?.name ? [ref('parameters', 'nhsNumber')] : []),
      ref('parameters', 'pageSize'),
      ref('parameters', 'pageToken'),
    ];
    out[base] = {
      post: {
        operationId: `create${type}`,
        summary: `Create a ${cls.publishedName} record`,
        description: `Stores version 1 of a record, with its first change-log entry. ${cls.description}`,
        tags,
        requestBody: { required: true, description: `The record, as application/json, at most ${maxBodyBytes} bytes on the reference supplier.`, ...body },
        responses: { '201': record('Created: the record as stored.', ['ETag', 'Location']), '400': ref('responses', 'Malformed'), '401': ref('responses', 'Unauthorized'), '409': ref('responses', 'Exists'), '413': ref('responses', 'ContentTooLarge'), '415': ref('responses', 'UnsupportedMediaType'), '422': ref('responses', 'Invalid') },
      },
      get: {
        operationId: `search${type}`,
        summary: `Find ${cls.publishedName} records`,
        description: `The current version of each ${cls.publishedName} record, a page at a time, oldest first${aboutSubject ? '; narrowed to one subject of care by its record uid or NHS number' : cls.name === subject?.name ? '; narrowed by NHS number' : ''}.`,
        tags,
        parameters: searchParams,
        responses: { '200': { description: 'A page of current versions.', content: { [json]: { schema: ref('schemas', `${type}Page`) } } }, '400': ref('responses', 'BadRequest'), '401': ref('responses', 'Unauthorized') },
      },
    };
    out[`${base}/{record_uid}`] = {
      parameters: [ref('parameters', 'recordUid')],
      get: { operationId: `read${type}`, summary: `Read the current version of a ${cls.publishedName} record`, description: 'The latest committed version, with its ETag for a later update.', tags, responses: { '200': record('The current version.'), '400': ref('responses', 'Malformed'), '401': ref('responses', 'Unauthorized'), '404': ref('responses', 'NotFound') } },
      put: {
        operationId: `update${type}`,
        summary: `Update a ${cls.publishedName} record`,
        description: 'Stores the next version: its version number is one more than the current one, its change log gains the entry for this change, and If-Match names the version it replaces.',
        tags,
        parameters: [ref('parameters', 'ifMatch')],
        requestBody: { required: true, ...body },
        responses: {
          '200': record('Updated: the new version as stored.'),
          '400': ref('responses', 'Malformed'),
          '401': ref('responses', 'Unauthorized'),
          '404': ref('responses', 'NotFound'),
          '409': ref('responses', 'Conflict'),
          '412': ref('responses', 'PreconditionFailed'),
          '413': ref('responses', 'ContentTooLarge'),
          '415': ref('responses', 'UnsupportedMediaType'),
          '422': ref('responses', 'Invalid'),
          '428': ref('responses', 'PreconditionRequired'),
        },
      },
    };
    out[`${base}/{record_uid}/versions`] = {
      parameters: [ref('parameters', 'recordUid')],
      get: {
        operationId: `history${type}`,
        summary: `Every version of a ${cls.publishedName} record`,
        description: 'Every committed version of the record, oldest first, as each was stored: the audit trail the standard asks every record to keep.',
        tags,
        parameters: [ref('parameters', 'pageSize'), ref('parameters', 'pageToken')],
        responses: { '200': { description: 'Every version, oldest first.', content: { [json]: { schema: ref('schemas', `${type}Page`) } } }, '400': ref('responses', 'BadRequest'), '401': ref('responses', 'Unauthorized'), '404': ref('responses', 'NotFound') },
      },
    };
    out[`${base}/{record_uid}/versions/{version_number}`] = {
      parameters: [ref('parameters', 'recordUid'), ref('parameters', 'versionNumber')],
      get: { operationId: `readVersion${type}`, summary: `A past version of a ${cls.publishedName} record, as it was`, description: 'One version, unchanged since it was stored.', tags, responses: { '200': record('That version, unchanged.'), '400': ref('responses', 'Malformed'), '401': ref('responses', 'Unauthorized'), '404': ref('responses', 'NotFound') } },
    };
  }
  return out;
}

function exampleOf(input: PathsInput, cls: ClassModel): Record<string, unknown> {
  const example = input.examples.get(cls.name);
  return example ? { synthetic: { summary: 'A synthetic record with every element (no real person)', value: example.valid } } : {};
}
