import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ValidationResult } from '../files/result.ts';
import type { FindingsSpool } from './findings-spool.ts';
import type { ReportView } from './conformance-view.ts';
import { conformanceTestReport } from './from-conformance.ts';
import { validationTestReport } from './from-validation.ts';
import { renderConformanceJson, renderValidationJson } from './json.ts';
import { renderJunit } from './junit.ts';

export interface ReportFile {
  /** File name, relative to the report directory. */
  readonly path: string;
  readonly content: string | Buffer;
}

/**
 * Every report of a validate run, in memory: the canonical JSON, JUnit XML for CI servers and the HTML scorecard.
 * The HTML renderer (and Handlebars with it) is loaded only here, so a run that writes no reports never loads it.
 */
export async function renderReports(result: ValidationResult): Promise<ReportFile[]> {
  const { renderScorecardHtml } = await import('./html.ts');
  return [
    { path: 'report.json', content: renderValidationJson(result) },
    { path: 'report.junit.xml', content: renderJunit(validationTestReport(result)) },
    { path: 'scorecard.html', content: renderScorecardHtml(result) },
  ];
}

/** Every report of a conform run, in memory, as renderReports gives a validate run's (the HTML renderer loaded here too). */
export async function renderConformanceReports(view: ReportView): Promise<ReportFile[]> {
  const { renderConformanceHtml } = await import('./html.ts');
  return [
    { path: 'conformance.json', content: renderConformanceJson(view) },
    { path: 'conformance.junit.xml', content: renderJunit(conformanceTestReport(view)) },
    { path: 'conformance.html', content: renderConformanceHtml(view) },
  ];
}

/**
 * Write the reports of a validate run into `dir` (made if missing), replacing files of the same names; returns the
 * paths written. With the run's spool of findings, also the findings table (findings.csv and findings.xlsx), every
 * finding a row; the spool is removed afterwards, whatever happens.
 */
export async function writeReports(dir: string, result: ValidationResult, spool?: FindingsSpool): Promise<string[]> {
  const written = await writeReportFiles(dir, await renderReports(result));
  if (!spool) return written;
  try {
    spool.close();
    const { writeFindingsCsv, writeFindingsXlsx } = await import('./findings-table.ts');
    const csv = join(dir, 'findings.csv');
    await writeFindingsCsv(spool.read(), csv);
    const xlsx = join(dir, 'findings.xlsx');
    await writeFindingsXlsx(spool.read(), xlsx, result.run);
    return [...written, csv, xlsx];
  } finally {
    spool.remove();
  }
}

/** The one writer of report files, for both runs: into `dir` (made if missing), replacing files of the same names; returns the paths written. */
export async function writeReportFiles(dir: string, files: readonly ReportFile[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const file of files) {
    const path = join(dir, file.path);
    await writeFile(path, file.content);
    written.push(path);
  }
  return written;
}
