import { compareStrings } from '../../generator/src/kit.ts';
import type { CheckSummary, DataFinding, FileSummary, ValidationResult } from '../files/result.ts';
import { checkKey } from '../files/aggregate.ts';
import type { TestCase, TestReport, TestSuite } from './model.ts';

/** A single sample line longer than this (in characters) is cut, so one huge value cannot fill the report. */
const MAX_LINE_CHARS = 1000;

/**
 * A validate run as a test report: a suite per file and in it a case per check that ran on that file (plus
 * "records readable"), sorted by file and check id. Error checks with findings fail; warnings and infos pass and
 * say their count in their output. Each case's samples are its findings in that file, sorted by record.
 */
export function validationTestReport(result: ValidationResult): TestReport {
  const suites = [...result.files].sort((a, b) => compareStrings(a.file, b.file)).map((file) => suiteOf(file, result.checks));
  return { name: 'asc-mods validate', fullReport: 'report.json', suites };
}

function suiteOf(file: FileSummary, checks: readonly CheckSummary[]): TestSuite {
  const heading = `${file.records} records: ${file.valid} valid, ${file.invalid} invalid, ${file.unreadable} unreadable`;
  const readable: TestCase = {
    classname: file.file,
    name: 'records readable',
    outcome: file.unreadable > 0 ? { kind: 'failure', message: `${file.unreadable} unreadable`, type: 'records-readable', text: { lines: [heading] } } : { kind: 'pass', output: { lines: [heading] } },
  };
  const ids = Object.keys(file.checks).sort(compareStrings);
  return { name: file.file, cases: [readable, ...ids.map((id) => checkCase(file, id, file.checks[id] ?? 0, checks.find((c) => checkKey(c) === id)))] };
}

function checkCase(file: FileSummary, id: string, count: number, summary: CheckSummary | undefined): TestCase {
  const severity = summary?.severity ?? 'error';
  const name = summary?.requirement === undefined ? id : `${id} (${summary.requirement})`;
  if (count === 0) return { classname: file.file, name, outcome: { kind: 'pass' } };
  const found = (summary?.samples ?? []).filter((s) => s.location.file === file.file);
  const samples = [...found].sort((a, b) => a.location.record - b.location.record).map(sampleLine);
  const findings = `${count} ${count === 1 ? 'finding' : 'findings'}`;
  if (severity === 'error') return { classname: file.file, name, outcome: { kind: 'failure', message: findings, type: id, text: { lines: [], samples, total: count } } };
  return { classname: file.file, name, outcome: { kind: 'pass', output: { lines: [`${findings} (${severity})`], samples, total: count } } };
}

/** `record 12 (line 40) /path: message [value]` */
function sampleLine(finding: DataFinding): string {
  const { record, line, row } = finding.location;
  const where = line !== undefined ? ` (line ${line})` : row !== undefined ? ` (row ${row})` : '';
  const path = finding.path === '' ? '' : ` ${finding.path}`;
  const value = finding.value === undefined ? '' : ` [${finding.value}]`;
  return cut(`record ${record}${where}${path}: ${finding.message}${value}`);
}

function cut(line: string): string {
  const chars = Array.from(line);
  return chars.length <= MAX_LINE_CHARS ? line : `${chars.slice(0, MAX_LINE_CHARS - 1).join('')}…`;
}
