import type { SpecModel } from '../../model/types.ts';
import type { ClassExamples } from '../examples/emit.ts';
import type { SchemaSet } from '../json-schema/schema-set.ts';
import { typeName } from '../naming.ts';
import { components as openApiComponents } from '../openapi/components.ts';
import { paths as openApiPaths } from '../openapi/paths.ts';
import { classHref } from './views.ts';

interface Op {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { $ref?: string; name?: string; in?: string; required?: boolean; description?: string; schema?: { type?: string } }[];
  requestBody?: { description?: string; content?: Record<string, { schema?: { $ref?: string }; examples?: Record<string, { value?: unknown }> }> };
  responses?: Record<string, { $ref?: string; description?: string; content?: Record<string, { schema?: { $ref?: string } }> }>;
}

/**
 * The API reference as Redoc lays it out, from the same paths and components as the OpenAPI document: per tag a
 * table of operations, then each operation with its parameters, its request body (the class's page and a synthetic
 * example) and its responses. Rendered at generation: the page needs no script.
 */
export function apiTags(model: SpecModel, examples: ReadonlyMap<string, ClassExamples>, schemas: SchemaSet) {
  const all = openApiPaths({ model, examples }) as Record<string, Record<string, Op>>;
  const parts = openApiComponents(model, schemas) as { parameters: Record<string, NonNullable<Op['parameters']>[number]>; responses: Record<string, { description?: string; content?: Record<string, { schema?: { $ref?: string } }> }> };
  const classOf = new Map<string, string>();
  for (const c of model.classes) {
    classOf.set(typeName(c.name), c.name);
    classOf.set(`${typeName(c.name)}Page`, c.name);
  }
  const last = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1);
  const schemaLink = (ref: string | undefined) => {
    if (ref === undefined) return undefined;
    const name = last(ref);
    const cls = classOf.get(name);
    return { name, href: cls ? classHref(cls) : '', isPage: name.endsWith('Page') };
  };
  const tags = new Map<string, unknown[]>();
  const shownExample = new Map<string, string>();
  for (const [path, item] of Object.entries(all)) {
    const shared = (item as { parameters?: Op['parameters'] }).parameters ?? [];
    for (const [method, op] of Object.entries(item)) {
      if (!op || typeof op !== 'object' || !op.operationId) continue;
      const tag = op.tags?.[0] ?? 'Other';
      const parameters = [...shared, ...(op.parameters ?? [])].map((p) => (p.$ref ? parts.parameters[last(p.$ref)] : p)).filter((p) => p !== undefined).map((p) => ({ name: p.name ?? '', in: p.in ?? '', required: p.required ? 'required' : 'optional', type: p.schema?.type ?? '', description: p.description ?? '' }));
      const body = op.requestBody?.content ? Object.entries(op.requestBody.content)[0] : undefined;
      const example = body?.[1].examples ? Object.values(body[1].examples)[0]?.value : undefined;
      // A class's example is shown once, at its first operation (create); later ones (update) point back to it.
      const bodySchema = body?.[1].schema?.$ref;
      const exampleAt = bodySchema === undefined ? undefined : shownExample.get(bodySchema);
      if (bodySchema !== undefined && example !== undefined && exampleAt === undefined) shownExample.set(bodySchema, op.operationId);
      const responses = Object.entries(op.responses ?? {}).map(([code, r]) => {
        const resolved = r.$ref ? parts.responses[last(r.$ref)] : r;
        const media = resolved?.content ? Object.entries(resolved.content)[0] : undefined;
        return { code, description: resolved?.description ?? '', mediaType: media?.[0] ?? '', schema: schemaLink(media?.[1].schema?.$ref) };
      });
      const operation = {
        method: method.toUpperCase(),
        path,
        operationId: op.operationId,
        summary: op.summary ?? '',
        description: op.description ?? '',
        responseCodes: Object.keys(op.responses ?? {}).join(', '),
        parameters,
        hasParameters: parameters.length > 0,
        requestBody: body ? { mediaType: body[0], description: op.requestBody?.description ?? '', schema: schemaLink(body[1].schema?.$ref), example: example === undefined || exampleAt !== undefined ? '' : JSON.stringify(example, null, 2), exampleAt: exampleAt ?? '' } : undefined,
        responses,
      };
      (tags.get(tag) ?? tags.set(tag, []).get(tag)!).push(operation);
    }
  }
  return [...tags].map(([name, operations]) => ({ id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name, operations }));
}
