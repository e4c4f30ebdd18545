import type { SpecModel } from '../../model/types.ts';
import type { GeneratedFile } from '../files.ts';
import type { SchemaSet } from '../json-schema/schema-set.ts';
import { indexRequirements } from '../requirements-index.ts';
import { generatedProject } from './project.ts';
import { buildStandalone } from './standalone.ts';
import { typeNames } from './type-names.ts';
import { buildTypesFile } from './types-file.ts';
import { buildValidatorsFile } from './validators-file.ts';

export const typescriptDir = 'typescript';

/** The TypeScript emitter: types.ts and validators.ts (ts-morph), over standalone.js precompiled by ajv. */
export function emitTypeScript(model: SpecModel, schemas: SchemaSet): GeneratedFile[] {
  const names = typeNames(model);
  const project = generatedProject();
  const standalone = buildStandalone(model, schemas, names);
  return [
    { path: `${typescriptDir}/types.ts`, content: buildTypesFile(project, { model, names, requirements: indexRequirements(model) }) },
    { path: `${typescriptDir}/validators.ts`, content: buildValidatorsFile(project, model, names, standalone) },
    { path: `${typescriptDir}/standalone.js`, content: standalone.js },
    { path: `${typescriptDir}/standalone.d.ts`, content: standalone.dts },
  ];
}
