import type { CheckSummary, DataFinding, FileSummary, ValidationResult } from '../../files/result.ts';
import { modelledSuffix } from '../../files/aggregate.ts';
import { escapeXml } from './escape-xml.ts';

export interface JunitOptions {
  /** Sample findings listed per test case (default 20). */
  readonly maxSamplesPerCase?: number;
  /** Size the report keeps under, in UTF-8 bytes (default 5 MB), by listing fewer samples per test case. */
  readonly maxBytes?: number;
}

const DEFAULT_SAMPLES = 20;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** A single sample line longer than this (in characters) is cut, so one huge value cannot fill the report. */
const MAX_LINE_CHARS = 1000;

/** One test case before rendering: its outcome, and the sample lines it may list (raw text, escaped when rendered). */
interface Case {
  readonly name: string;
  readonly failure?: { readonly message: string; readonly type: string };
  /** The first line of the case's text: a failure's summary or a warning's <system-out>; absent for a plain pass. */
  readonly heading?: string;
  readonly lines: readonly string[];
  /** Findings of the case in its file; more than the lines listed gives "… and N more". */
  readonly total: number;
}

interface Suite {
  readonly file: string;
  readonly cases: readonly Case[];
}

/**
 * The result as JUnit XML: a <testsuite> per file and in it a <testcase> per check that ran on that file (plus
 * "records readable"), sorted by file and check id. Error checks with findings fail; warnings and infos pass and
 * say their count in <system-out>. When the report would pass `maxBytes`, every case lists fewer samples (the same
 * number for all), down to none; the suites and cases themselves are always complete, so a run with more cases
 * than fit is the one case where the limit is passed.
 */
export function renderJunit(result: ValidationResult, options: JunitOptions = {}): string {
  const maxSamples = Math.max(0, Math.floor(options.maxSamplesPerCase ?? DEFAULT_SAMPLES));
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const suites = [...result.files].sort((a, b) => byCodeUnit(a.file, b.file)).map((file) => suiteOf(file, result.checks, maxSamples));
  let low = 0;
  let high = maxSamples;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (byteLength(renderDocument(suites, mid, maxSamples)) <= maxBytes) low = mid;
    else high = mid - 1;
  }
  return renderDocument(suites, low, maxSamples);
}

function suiteOf(file: FileSummary, checks: readonly CheckSummary[], maxSamples: number): Suite {
  const readable: Case = {
    name: 'records readable',
    ...(file.unreadable > 0 ? { failure: { message: `${file.unreadable} unreadable`, type: 'records-readable' } } : {}),
    heading: `${file.records} records: ${file.valid} valid, ${file.invalid} invalid, ${file.unreadable} unreadable`,
    lines: [],
    total: 0,
  };
  const ids = Object.keys(file.checks).sort(byCodeUnit);
  return { file: file.file, cases: [readable, ...ids.map((id) => checkCase(file, id, file.checks[id] ?? 0, checks.find((c) => checkKey(c) === id), maxSamples))] };
}

function checkCase(file: FileSummary, id: string, count: number, summary: CheckSummary | undefined, maxSamples: number): Case {
  const severity = summary?.severity ?? 'error';
  const name = summary?.requirement === undefined ? id : `${id} (${summary.requirement})`;
  if (count === 0) return { name, lines: [], total: 0 };
  const samples = (summary?.samples ?? []).filter((s) => s.location.file === file.file);
  const lines = [...samples].sort((a, b) => a.location.record - b.location.record).slice(0, maxSamples).map(sampleLine);
  const findings = `${count} ${count === 1 ? 'finding' : 'findings'}`;
  if (severity === 'error') return { name, failure: { message: findings, type: id }, lines, total: count };
  return { name, heading: `${findings} (${severity})`, lines, total: count };
}

/** `record 12 (line 40) /path: message [value]` */
export function sampleLine(finding: DataFinding): string {
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

function renderDocument(suites: readonly Suite[], samples: number, maxSamples: number): string {
  const tests = suites.reduce((n, s) => n + s.cases.length, 0);
  const failures = suites.reduce((n, s) => n + failuresOf(s), 0);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (samples < maxSamples) out.push(`<!-- sample findings cut to ${samples} per test case to keep the report small; report.json has them all -->`);
  out.push(`<testsuites name="asc-mods validate" tests="${tests}" failures="${failures}" errors="0">`);
  for (const suite of suites) {
    out.push(`  <testsuite name="${escapeXml(suite.file)}" tests="${suite.cases.length}" failures="${failuresOf(suite)}" errors="0" skipped="0">`);
    for (const c of suite.cases) out.push(renderCase(suite.file, c, samples));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

function renderCase(file: string, c: Case, samples: number): string {
  const open = `    <testcase classname="${escapeXml(file)}" name="${escapeXml(c.name)}"`;
  if (c.heading === undefined && c.failure === undefined) return `${open}/>`;
  const listed = c.lines.slice(0, samples);
  const more = c.total > listed.length ? [`… and ${c.total - listed.length} more`] : [];
  const text = escapeXml([...(c.heading === undefined ? [] : [c.heading]), ...listed, ...more].join('\n'));
  const body = c.failure === undefined
    ? `<system-out>${text}</system-out>`
    : `<failure message="${escapeXml(c.failure.message)}" type="${escapeXml(c.failure.type)}">${text}</failure>`;
  return `${open}>\n      ${body}\n    </testcase>`;
}

function failuresOf(suite: Suite): number {
  return suite.cases.filter((c) => c.failure !== undefined).length;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The name a check's findings are counted under in FileSummary.checks (modelled ones apart). */
function checkKey(c: CheckSummary): string {
  return c.authority === 'modelled' ? `${c.check}${modelledSuffix}` : c.check;
}
