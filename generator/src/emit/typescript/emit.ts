import type { SpecModel } from '../../model/types.ts';
import type { GeneratedFile } from '../files.ts';
import type { SchemaSet } from '../json-schema/schema-set.ts';
import { indexRequirements } from '../requirements-index.ts';
import { compileAccept } from './accept.ts';
import { generatedProject } from './project.ts';
import { standaloneExportName, standaloneInput, type StandaloneCode } from './standalone.ts';
import { compileStamped } from './standalone-cache.ts';
import { typeNames } from './type-names.ts';
import { buildTypesFile } from './types-file.ts';
import { buildValidatorsFile } from './validators-file.ts';

export const typescriptDir = 'typescript';

/**
 * The TypeScript emitter: types.ts and validators.ts (ts-morph), over standalone.js precompiled by ajv, and
 * accept.js, the same schemas compiled to yes-or-no answers (accept.ts).
 * The precompiled code may come from the caller, still being computed on another thread: the ts-morph files are
 * built first, and only then is it awaited. The bytes are the same either way.
 */
export async function emitTypeScript(model: SpecModel, schemas: SchemaSet, precompiled?: Promise<StandaloneCode>): Promise<GeneratedFile[]> {
  const names = typeNames(model);
  const project = generatedProject();
  const types = buildTypesFile(project, { model, names, requirements: indexRequirements(model) });
  const validators = buildValidatorsFile(project, model, names, (className) => standaloneExportName(names, className));
  const input = standaloneInput(model, schemas, names);
  const accept = compileAccept(input);
  const standalone = (await precompiled) ?? compileStamped(input);
  return [
    { path: `${typescriptDir}/types.ts`, content: types },
    { path: `${typescriptDir}/validators.ts`, content: validators },
    { path: `${typescriptDir}/accept.js`, content: accept.js },
    { path: `${typescriptDir}/accept.d.ts`, content: accept.dts },
    { path: `${typescriptDir}/standalone.js`, content: standalone.js },
    { path: `${typescriptDir}/standalone.d.ts`, content: standalone.dts },
  ];
}
