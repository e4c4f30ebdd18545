import { escapeXml } from './escape-xml.ts';
import type { CaseText, TestCase, TestReport, TestSuite } from './model.ts';

export interface JunitOptions {
  /** Sample findings listed per test case (default 20). */
  readonly maxSamplesPerCase?: number;
  /** Size the report keeps under, in UTF-8 bytes (default 5 MB), by listing fewer samples per test case. */
  readonly maxBytes?: number;
}

const DEFAULT_SAMPLES = 20;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * The one JUnit XML writer, for both runs: a <testsuite> per suite, a <testcase> per case, in the model's order;
 * counts are those of the cases. Failures and errors carry their message, type and text; a passing case's output is
 * its <system-out>. When the report would pass `maxBytes`, every case lists fewer samples (the same number for
 * all), down to none; the suites and cases themselves are always complete, so a run with more cases than fit is the
 * one case where the limit is passed. Every text and attribute goes through escapeXml.
 */
export function renderJunit(report: TestReport, options: JunitOptions = {}): string {
  const most = Math.max(0, ...report.suites.flatMap((s) => s.cases.map((c) => samplesOf(c).length)));
  const maxSamples = Math.min(most, Math.max(0, Math.floor(options.maxSamplesPerCase ?? DEFAULT_SAMPLES)));
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let low = 0;
  let high = maxSamples;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (Buffer.byteLength(renderDocument(report, mid, maxSamples), 'utf8') <= maxBytes) low = mid;
    else high = mid - 1;
  }
  return renderDocument(report, low, maxSamples);
}

function renderDocument(report: TestReport, samples: number, maxSamples: number): string {
  const cases = report.suites.flatMap((s) => s.cases);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (samples < maxSamples) out.push(`<!-- sample findings cut to ${samples} per test case to keep the report small; ${escapeXml(report.fullReport)} has them all -->`);
  out.push(`<testsuites ${attributes([['name', report.name], ...counts(cases), ...time(report.ms)])}>`);
  for (const suite of report.suites) out.push(...renderSuite(suite, samples));
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

function renderSuite(suite: TestSuite, samples: number): string[] {
  const timed = suite.cases.every((c) => c.ms !== undefined) ? suite.cases.reduce((n, c) => n + (c.ms ?? 0), 0) : undefined;
  const properties = suite.properties ?? [];
  return [
    `  <testsuite ${attributes([['name', suite.name], ...counts(suite.cases), ...time(timed)])}>`,
    ...(properties.length === 0 ? [] : ['    <properties>', ...properties.map(([name, value]) => `      <property ${attributes([['name', name], ['value', String(value)]])}/>`), '    </properties>']),
    ...suite.cases.map((c) => renderCase(c, samples)),
    '  </testsuite>',
  ];
}

function renderCase(c: TestCase, samples: number): string {
  const open = `    <testcase ${attributes([['classname', c.classname], ['name', c.name], ...time(c.ms)])}`;
  const o = c.outcome;
  if (o.kind === 'pass') return o.output === undefined ? `${open}/>` : `${open}><system-out>${renderText(o.output, samples)}</system-out></testcase>`;
  if (o.kind === 'skip') return `${open}><skipped ${attributes([['message', o.message]])}/></testcase>`;
  return `${open}><${o.kind} ${attributes([['message', o.message], ['type', o.type]])}>${renderText(o.text, samples)}</${o.kind}></testcase>`;
}

function renderText(text: CaseText, samples: number): string {
  const listed = (text.samples ?? []).slice(0, samples);
  const total = text.total ?? listed.length;
  const more = total > listed.length ? [`… and ${total - listed.length} more`] : [];
  return escapeXml([...text.lines, ...listed, ...more].join('\n'));
}

function samplesOf(c: TestCase): readonly string[] {
  const o = c.outcome;
  return (o.kind === 'pass' ? o.output?.samples : o.kind === 'skip' ? undefined : o.text.samples) ?? [];
}

function counts(cases: readonly TestCase[]): [string, string][] {
  const count = (kind: string) => String(cases.filter((c) => c.outcome.kind === kind).length);
  return [['tests', String(cases.length)], ['failures', count('failure')], ['errors', count('error')], ['skipped', count('skip')]];
}

function time(ms: number | undefined): [string, string][] {
  return ms === undefined ? [] : [['time', (ms / 1000).toFixed(3)]];
}

function attributes(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([name, value]) => `${name}="${escapeXml(value)}"`).join(' ');
}
