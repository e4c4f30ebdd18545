import type { Schema } from './element-schema.ts';

/** Keywords that annotate but never constrain: validation gives the same result without them. */
const annotationKeywords = new Set(['title', 'description', '$comment', 'deprecated', 'examples', 'default']);

/** Keywords whose value is a map from names to subschemas (the names themselves are data, never stripped). */
const schemaMaps = new Set(['properties', '$defs', 'patternProperties']);
/** Keywords whose value is one subschema, or a list of them. */
const subschemas = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'unevaluatedProperties', 'propertyNames']);
const subschemaLists = new Set(['oneOf', 'anyOf', 'allOf', 'prefixItems']);

/** A copy of the schema without annotations (title, description, x-mods-*, ...), for compiling validators. */
export function stripAnnotations(schema: Schema): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (annotationKeywords.has(key) || key.startsWith('x-')) continue;
    if (schemaMaps.has(key)) out[key] = Object.fromEntries(Object.entries(value as Record<string, Schema>).map(([name, sub]) => [name, stripAnnotations(sub)]));
    else if (subschemaLists.has(key)) out[key] = (value as Schema[]).map(stripAnnotations);
    else if (subschemas.has(key) && typeof value === 'object' && value !== null) out[key] = stripAnnotations(value as Schema);
    else out[key] = value;
  }
  return out;
}
