import type { SpecModel } from '../model/types.ts';
import { sortFiles, type GeneratedFile } from './files.ts';
import { emitJsonSchemas } from './json-schema/emit.ts';
import { buildSchemaSet, type SchemaSet } from './json-schema/schema-set.ts';
import { buildExamples, emitExamples, type ClassExamples } from './examples/emit.ts';
import { emitOpenApi } from './openapi/emit.ts';
import { emitCsvTemplates } from './csv/emit.ts';
import { emitSql } from './sql/emit.ts';
import { emitConformance } from './conformance/emit.ts';
import { emitDocs } from './docs/emit.ts';
import { emitReadme } from './readme.ts';
import { emitRuntimeModel } from './runtime/emit.ts';
import { emitTypeScript } from './typescript/emit.ts';
import type { StandaloneCode } from './typescript/standalone.ts';
import type { ReleaseNote } from '../diff/changelog.ts';

/** What every emitter is given: the model, and the schemas that several artefacts share. */
export interface EmitContext {
  readonly model: SpecModel;
  readonly schemas: SchemaSet;
  readonly examples: ReadonlyMap<string, ClassExamples>;
  /** The precompiled validators, when the caller is compiling them concurrently. */
  readonly standalone?: Promise<StandaloneCode>;
  /** The changelog between the releases kept beside the spec (none for a spec without releases). */
  readonly releases: readonly ReleaseNote[];
}

/** An emitter is pure: context in, files (paths under generated/ and their content) out. Only write.ts touches the disk. */
export interface Emitter {
  readonly name: string;
  emit(context: EmitContext): readonly GeneratedFile[] | Promise<readonly GeneratedFile[]>;
}

export const emitters: readonly Emitter[] = [
  { name: 'readme', emit: ({ model }) => [emitReadme(model)] },
  { name: 'json-schema', emit: ({ model, schemas }) => emitJsonSchemas(model, schemas) },
  { name: 'openapi', emit: ({ model, schemas, examples }) => [emitOpenApi(model, schemas, examples)] },
  { name: 'examples', emit: ({ examples }) => emitExamples(examples) },
  { name: 'csv', emit: ({ model }) => emitCsvTemplates(model) },
  { name: 'sql', emit: ({ model }) => emitSql(model) },
  { name: 'conformance', emit: ({ model, examples }) => emitConformance(model, examples) },
  { name: 'docs', emit: ({ model, schemas, examples, releases }) => emitDocs(model, examples, releases, schemas) },
  { name: 'runtime-model', emit: ({ model }) => [emitRuntimeModel(model)] },
  // Last: it awaits the validators being precompiled on another thread, so everything else is done by then.
  { name: 'typescript', emit: ({ model, schemas, standalone }) => emitTypeScript(model, schemas, standalone) },
];

export interface EmitOptions {
  readonly schemas?: SchemaSet;
  readonly releases?: readonly ReleaseNote[];
  readonly standalone?: Promise<StandaloneCode>;
}

/** Stage 5: the model → every generated file, sorted by path. Emitters run in order; each may await its own work. */
export async function emitAll(model: SpecModel, options: EmitOptions = {}): Promise<GeneratedFile[]> {
  const context: EmitContext = {
    model,
    schemas: options.schemas ?? buildSchemaSet(model),
    examples: buildExamples(model),
    releases: options.releases ?? [],
    ...(options.standalone ? { standalone: options.standalone } : {}),
  };
  const files: GeneratedFile[] = [];
  for (const emitter of emitters) files.push(...(await emitter.emit(context)));
  return sortFiles(files);
}
