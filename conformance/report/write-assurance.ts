import type { Manifest } from '../api/run.ts';
import type { ConformanceResult } from '../api/result.ts';
import type { SuiteDefinition } from '../api/suite.ts';
import { assurancePack } from './assurance.ts';
import { assuranceCsv } from './csv.ts';
import { writeReportFiles } from './write-reports.ts';
import { assuranceXlsx } from './xlsx.ts';

/** Write the assurance pack into dir (made if missing): assurance.csv, assurance-requirements.csv and assurance.xlsx. Returns their paths. */
export async function writeAssurance(dir: string, result: ConformanceResult, suite: SuiteDefinition, manifest?: Manifest): Promise<string[]> {
  const pack = assurancePack(result, suite, manifest);
  const csv = Object.entries(assuranceCsv(pack)).map(([path, content]) => ({ path, content }));
  return writeReportFiles(dir, [...csv, { path: 'assurance.xlsx', content: await assuranceXlsx(pack) }]);
}
