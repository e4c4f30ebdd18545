import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFile, classSchemaFile } from '../../src/emit/json-schema/ids.ts';
import { standaloneExportName } from '../../src/emit/typescript/standalone.ts';
import { fixedNames, typeNames } from '../../src/emit/typescript/type-names.ts';
import type { SpecModel } from '../../src/model/types.ts';
import { loadValidators } from '../../../conformance/files/engine.ts';
import { ajvFailures, verdictOf, type Verdict } from './agreement.ts';
import { hyperjumpValidator, registerDocuments, type Check, type Json } from './hyperjump.ts';
import { repoRoot } from './paths.ts';
import type { ClassCase } from './record-cases.ts';

export const schemaDir = join(repoRoot, 'generated', 'json-schema');

/** Every standalone schema file (not the bundle), parsed; `$id`s moved to another base when one is given. */
export function schemaDocuments(base?: { readonly from: string; readonly to: string }): Record<string, Json>[] {
  return readdirSync(schemaDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.schema.json') && f !== bundleFile)
    .sort()
    .map((f) => {
      const text = readFileSync(join(schemaDir, f), 'utf8');
      return JSON.parse(base ? text.replaceAll(`"$id": "${base.from}`, `"$id": "${base.to}`) : text) as Record<string, Json>;
    });
}

/** One record judged by a validator of its class, or of any record. */
export interface Judge {
  readonly ofClass: (c: ClassCase) => Verdict;
  readonly anyRecord: (c: ClassCase) => Verdict;
}

/** Our precompiled validators (generated/typescript/standalone.js). */
export async function ourJudge(model: SpecModel): Promise<Judge> {
  const validators = await loadValidators(repoRoot);
  const names = typeNames(model);
  const anyRecord = validators[standaloneExportName(names, fixedNames.record)]!;
  return {
    ofClass: (c) => verdictOf(ajvFailures(validators[standaloneExportName(names, c.recordClass)] ?? anyRecord, c.record)),
    anyRecord: (c) => verdictOf(ajvFailures(anyRecord, c.record)),
  };
}

/**
 * hyperjump over schema documents, registered here: each class's schema by the URI `schemaOf` gives it, any record by
 * `anyRecordId` (for the files, the bundle's root without its $defs, as our validators compile it; for the bundle,
 * the bundle itself).
 */
export async function hyperjumpJudge(model: SpecModel, documents: readonly Record<string, Json>[], schemaOf: (className: string) => string, anyRecordId: string): Promise<Judge> {
  const schemas = registerDocuments(documents);
  const byClass = new Map<string, Check>();
  for (const cls of model.classes) byClass.set(cls.name, await hyperjumpValidator(schemaOf(cls.name), schemas));
  const anyRecord = await hyperjumpValidator(anyRecordId, schemas);
  return {
    ofClass: (c) => verdictOf((byClass.get(c.recordClass) ?? anyRecord)(c.record)),
    anyRecord: (c) => verdictOf(anyRecord(c.record)),
  };
}

/** Each class's standalone schema file, by its `$id`. */
export const classFileId = (base: string) => (className: string): string => base + classSchemaFile(className);

/** The schema of any record our validators compile: the bundle's root, without the schemas it embeds, under its own $id. */
export function anyRecordDocument(base: string): Record<string, Json> {
  const { $defs: _embedded, ...root } = JSON.parse(readFileSync(join(schemaDir, bundleFile), 'utf8')) as Record<string, Json>;
  return { ...root, $id: `${base}record.schema.json` };
}
