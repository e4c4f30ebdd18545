import type { SpecModel } from '../model/types.ts';
import { sortFiles, type GeneratedFile } from './files.ts';
import { emitJsonSchemas } from './json-schema/emit.ts';
import { buildSchemaSet, type SchemaSet } from './json-schema/schema-set.ts';
import { buildExamples, emitExamples, type ClassExamples } from './examples/emit.ts';
import { emitOpenApi } from './openapi/emit.ts';
import { emitReadme } from './readme.ts';
import { emitTypeScript } from './typescript/emit.ts';

/** What every emitter is given: the model, and the schemas that several artefacts share. */
export interface EmitContext {
  readonly model: SpecModel;
  readonly schemas: SchemaSet;
  readonly examples: ReadonlyMap<string, ClassExamples>;
}

/** An emitter is pure: context in, files (paths under generated/ and their content) out. Only write.ts touches the disk. */
export interface Emitter {
  readonly name: string;
  emit(context: EmitContext): readonly GeneratedFile[];
}

export const emitters: readonly Emitter[] = [
  { name: 'readme', emit: ({ model }) => [emitReadme(model)] },
  { name: 'json-schema', emit: ({ model, schemas }) => emitJsonSchemas(model, schemas) },
  { name: 'typescript', emit: ({ model, schemas }) => emitTypeScript(model, schemas) },
  { name: 'openapi', emit: ({ model, examples }) => [emitOpenApi(model, examples)] },
  { name: 'examples', emit: ({ examples }) => emitExamples(examples) },
];

/** Stage 5: the model → every generated file, sorted by path. */
export function emitAll(model: SpecModel, selected: readonly Emitter[] = emitters): GeneratedFile[] {
  const context: EmitContext = { model, schemas: buildSchemaSet(model), examples: buildExamples(model) };
  return sortFiles(selected.flatMap((emitter) => emitter.emit(context)));
}
