import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '../../api/run.ts';
import type { ConformanceResult } from '../../api/result.ts';
import type { SuiteDefinition } from '../../api/suite.ts';
import { assurancePack } from './assurance.ts';
import { assuranceCsv } from './assurance-csv.ts';
import { assuranceXlsx } from './assurance-xlsx.ts';

/** Write the assurance pack into dir (made if missing): assurance.csv, assurance-requirements.csv and assurance.xlsx. Returns their paths. */
export async function writeAssurance(dir: string, result: ConformanceResult, suite: SuiteDefinition, manifest?: Manifest): Promise<string[]> {
  const pack = assurancePack(result, suite, manifest);
  const files: [string, string | Buffer][] = [...Object.entries(assuranceCsv(pack)), ['assurance.xlsx', await assuranceXlsx(pack)]];
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const [name, content] of files) {
    const path = join(dir, name);
    await writeFile(path, content);
    paths.push(path);
  }
  return paths;
}
