import type { SpecModel } from '../../model/types.ts';
import { bannerText, type GeneratedFile } from '../files.ts';
import { toJson } from '../json.ts';
import { jsonSchemaDialect } from '../json-schema/ids.ts';
import type { SchemaSet } from '../json-schema/schema-set.ts';
import { components } from './components.ts';
import { paths, type PathsInput } from './paths.ts';

export const openapiFile = 'openapi/mods.openapi.json';

/** The MODS exchange API that a supplier's system exposes: OpenAPI 3.1, self-contained (every schema a component). */
export function emitOpenApi(model: SpecModel, schemas: SchemaSet, examples: PathsInput['examples']): GeneratedFile {
  const s = model.standard;
  const document = {
    openapi: '3.1.0',
    info: {
      title: `${s.short_name} exchange API`,
      version: s.release,
      summary: `The API a care record system exposes so that ${s.short_name} records can be created, read, searched, versioned and audited.`,
      description: [
        `${s.name} (${s.reference}), publication version ${s.publication_version}, catalogue version ${s.catalogue_version}; asc-mods spec release ${s.release}.`,
        '',
        'Every record is versioned: an update sends the next version (version number one higher, its change log with one more entry) with If-Match naming the version it replaces; a stale If-Match is refused with 412. Every past version stays readable.',
        'Errors are application/problem+json (RFC 9457) and name each offending field by JSON Pointer; a refused record is never stored.',
      ].join('\n'),
      license: { name: 'CC BY-ND 4.0', url: 'https://creativecommons.org/licenses/by-nd/4.0/' },
    },
    jsonSchemaDialect,
    servers: [{ url: '{baseUrl}', description: 'The supplier system under test.', variables: { baseUrl: { default: 'http://localhost:8080' } } }],
    security: [{ bearerAuth: [] }],
    tags: [{ name: 'Capability', description: 'What the system supports.' }, ...model.groups.map((g) => ({ name: g.name, description: g.description }))],
    paths: paths({ model, examples }),
    components: components(model, schemas),
    'x-asc-mods': { generated: bannerText, standard: s.reference, release: s.release },
  };
  return { path: openapiFile, content: toJson(document) };
}
