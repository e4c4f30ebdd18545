import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ValidationResult } from '../../files/result.ts';
import { renderScorecardHtml } from './html.ts';
import { renderJsonReport } from './json-report.ts';
import { renderJunit } from './junit.ts';

export interface ReportFile {
  /** File name, relative to the report directory. */
  readonly path: string;
  readonly content: string;
}

/** Every report of a run, in memory: the canonical JSON, JUnit XML for CI servers and the HTML scorecard. */
export function renderReports(result: ValidationResult): ReportFile[] {
  return [
    { path: 'report.json', content: renderJsonReport(result) },
    { path: 'report.junit.xml', content: renderJunit(result) },
    { path: 'scorecard.html', content: renderScorecardHtml(result) },
  ];
}

/** Write the reports into `dir` (made if missing), replacing files of the same names; returns the paths written. */
export async function writeReports(dir: string, result: ValidationResult): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const file of renderReports(result)) {
    const path = join(dir, file.path);
    await writeFile(path, file.content, 'utf8');
    written.push(path);
  }
  return written;
}
