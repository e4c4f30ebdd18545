import type { SpecModel } from '../../model/types.ts';
import { type GeneratedFile, bannerText } from '../files.ts';
import { toJson } from '../json.ts';
import { buildSchemaSet, schemaFiles, type SchemaSet } from './schema-set.ts';
import { modsVocabulary } from './vocabulary.ts';

export const jsonSchemaDir = 'json-schema';

/** The JSON Schema emitter: one schema per class, one per required value set, the bundle, and the vocabulary list. */
export function emitJsonSchemas(model: SpecModel, set: SchemaSet = buildSchemaSet(model)): GeneratedFile[] {
  return [
    ...schemaFiles(set).map(({ path, schema }) => ({ path: `${jsonSchemaDir}/${path}`, content: toJson(schema) })),
    { path: `${jsonSchemaDir}/vocabulary.json`, content: toJson({ $comment: `${bannerText} Annotation keywords of the asc-mods schemas; declare them with ajv.addVocabulary().`, keywords: modsVocabulary }) },
  ];
}
