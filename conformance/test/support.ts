import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSpecFile } from '../../generator/src/pipeline.ts';
import { attestationSchemaFile } from '../../generator/src/emit/conformance/attestation-schema.ts';
import { defaultSpecPath, packageRoot, referenceAttestationsPath } from '../../generator/src/paths.ts';
import { readAttestations } from '../api/attestations.ts';
import { loadValidators } from '../files/engine.ts';
import type { DefectName } from '../reference/defects.ts';
import { ReferenceServer } from '../reference/server.ts';
import { runConformance, type ConformOptions } from '../api/run.ts';

export const suiteDir = join(packageRoot(), 'generated', 'conformance');
export const token = 'test-token';
/** How many tests the generated suite holds (the tests compare with it rather than with a number that changes with the spec). */
export const suiteSize: number = (JSON.parse(readFileSync(join(suiteDir, 'suite.json'), 'utf8')) as { tests: unknown[] }).tests.length;

const model = (await checkSpecFile(defaultSpecPath())).model!;
const validators = await loadValidators(packageRoot());

/** A reference server on a free port, for the length of a callback: by default holding the whole asc-mods model ('full'). */
export async function withReferenceServer<T>(options: { defect?: DefectName; db?: string; profile?: 'published' | 'full' }, work: (baseUrl: string) => Promise<T>): Promise<T> {
  const server = new ReferenceServer({ model, validators, token, profile: 'full', ...options });
  const port = await server.listen(0);
  try {
    return await work(`http://127.0.0.1:${port}`);
  } finally {
    await server.close();
  }
}

/** The reference supplier's own attestations, as conform --reference reads them. */
export const referenceAttestations = await readAttestations(referenceAttestationsPath(), 'attestations.yaml', JSON.parse(readFileSync(join(suiteDir, attestationSchemaFile), 'utf8')) as object, new Date());

export function conform(baseUrl: string, options: Partial<ConformOptions> = {}) {
  return runConformance({ baseUrl, token, suiteDir, kitVersion: 'test', ...options });
}
