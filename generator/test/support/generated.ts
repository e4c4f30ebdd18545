import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { emitAll } from '../../src/emit/registry.ts';
import { writeGenerated } from '../../src/emit/write.ts';
import { modsVocabulary } from '../../src/emit/json-schema/vocabulary.ts';
import { checkSpecFile } from '../../src/pipeline.ts';
import type { SpecModel } from '../../src/model/types.ts';
import { repoRoot } from './paths.ts';

export interface GeneratedTree {
  readonly name: string;
  readonly dir: string;
  readonly model: SpecModel;
}

/** Check a spec and write its artefacts into a fresh temporary directory. */
export async function generateInto(specPath: string, name: string): Promise<GeneratedTree> {
  const result = await checkSpecFile(specPath);
  if (!result.model || result.diagnostics.length > 0) throw new Error(`${specPath} does not check clean`);
  const dir = mkdtempSync(join(tmpdir(), `asc-mods-${name}-`));
  await writeGenerated(dir, await emitAll(result.model));
  return { name, dir, model: result.model };
}

export function readJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function schemaFiles(dir: string): string[] {
  return readdirSync(join(dir, 'json-schema'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.schema.json'))
    .sort();
}

/** An ajv as a strict consumer would set it up: 2020-12, the MODS vocabulary declared, the annotated formats known. */
export function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, discriminator: true });
  ajv.addVocabulary([...modsVocabulary]);
  for (const format of ['date-time', 'email', 'uri', 'uuid']) ajv.addFormat(format, true);
  return ajv;
}

/** Run the TypeScript compiler (strict, no emit) over the given files; returns its output, empty when clean. */
export function typecheck(files: readonly string[], extra: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'asc-mods-tsc-'));
  const config = {
    compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [], ...extra },
    files,
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
  const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
  return (run.stdout + run.stderr).trim();
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `asc-mods-${prefix}-`));
}
