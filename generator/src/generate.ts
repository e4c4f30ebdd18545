import type { GeneratedFile } from './emit/files.ts';
import { checkSpecFile, type CheckResult } from './pipeline.ts';

/**
 * The emit stage after the checking stages of pipeline.ts: check the spec, then build every artefact in memory.
 * Apart from pipeline.ts, so that what the emitters use (the changelog checks older releases) may check a spec
 * without an import running back round to the emitters.
 */
export interface GenerateOptions {
  /** A file as it is now in the output folder (by its path there), so that work whose input is unchanged can be reused. */
  readonly previous?: (generatedPath: string) => string | undefined;
}

export async function generateFromFile(path: string, displayPath: string = path, options: GenerateOptions = {}): Promise<CheckResult & { readonly files?: readonly GeneratedFile[] }> {
  const checked = await checkSpecFile(path, displayPath);
  if (!checked.model || checked.diagnostics.some((d) => d.severity === 'error')) return checked;
  const model = checked.model;
  // The validators are precompiled on a second core while this thread loads ts-morph and builds the types.
  const { buildSchemaSet } = await import('./emit/json-schema/schema-set.ts');
  const { standaloneInput } = await import('./emit/typescript/standalone.ts');
  const { compileStandaloneConcurrently } = await import('./emit/typescript/standalone-async.ts');
  const { typeNames } = await import('./emit/typescript/type-names.ts');
  const schemas = buildSchemaSet(model);
  const input = standaloneInput(model, schemas, typeNames(model));
  // Unchanged schemas: the validators already generated are reused (standalone-cache.ts says when that is safe).
  const { reuseStandalone, standaloneKey } = await import('./emit/typescript/standalone-cache.ts');
  const reused = options.previous ? reuseStandalone(options.previous('typescript/standalone.js'), input, standaloneKey(input)) : undefined;
  const pending = reused ? Promise.resolve(reused) : compileStandaloneConcurrently(input);
  // Awaited by the TypeScript emitter, last; should it fail before then, it must not count as an unhandled rejection.
  pending.catch(() => undefined);
  // Loaded only when generating: the emitters bring ts-morph (and the TypeScript compiler), which checking never needs.
  const { emitAll } = await import('./emit/registry.ts');
  const { releaseNotes } = await import('./diff/changelog.ts');
  const releases = checked.text === undefined ? [] : releaseNotes(path, checked.text, model);
  return { ...checked, files: await emitAll(model, { schemas, standalone: pending, releases }), reached: 'emit' };
}
