import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../report/junit.ts';
import type { TestReport } from '../../report/model.ts';
import { elementsNamed, parseXml } from './xml-check.ts';

/** A report of every outcome the model has, timed as a conform run is. */
const report: TestReport = {
  name: 'a <run>',
  ms: 1500,
  fullReport: 'all.json',
  suites: [
    { name: 'verdict', properties: [['verdict', 'not-conformant'], ['count', 3]], cases: [{ classname: 'verdict', name: 'verdict', ms: 0, outcome: { kind: 'pass', output: { lines: ['line one', 'line two'] } } }] },
    {
      name: 'risk',
      cases: [
        { classname: 'risk', name: 'passes', ms: 10, outcome: { kind: 'pass' } },
        { classname: 'risk', name: 'skips', ms: 0, outcome: { kind: 'skip', message: 'not "declared"' } },
        { classname: 'risk', name: 'fails', ms: 20, outcome: { kind: 'failure', message: 'm & n', type: 'REQ-1 REQ-2', text: { lines: ['why'], samples: ['s1', 's2', 's3'], total: 5 } } },
        { classname: 'risk', name: 'errs', ms: 5, outcome: { kind: 'error', message: 'timed out', type: 'REQ-3', text: { lines: ['evidence'] } } },
      ],
    },
  ],
};

describe('the one JUnit writer', () => {
  const xml = renderJunit(report);
  const root = parseXml(xml);

  it('counts the cases of every suite at the root, and times the root by the run', () => {
    expect(root.attributes).toEqual({ name: 'a <run>', tests: '5', failures: '1', errors: '1', skipped: '1', time: '1.500' });
  });

  it('times a suite of timed cases by their sum, and writes its properties in order', () => {
    expect(elementsNamed(root, 'testsuite').map((s) => s.attributes)).toEqual([
      { name: 'verdict', tests: '1', failures: '0', errors: '0', skipped: '0', time: '0.000' },
      { name: 'risk', tests: '4', failures: '1', errors: '1', skipped: '1', time: '0.035' },
    ]);
    expect(elementsNamed(root, 'property').map((p) => p.attributes)).toEqual([{ name: 'verdict', value: 'not-conformant' }, { name: 'count', value: '3' }]);
  });

  it.each([
    ['verdict', 'system-out', {}, 'line one\nline two'],
    ['skips', 'skipped', { message: 'not "declared"' }, ''],
    ['fails', 'failure', { message: 'm & n', type: 'REQ-1 REQ-2' }, 'why\ns1\ns2\ns3\n… and 2 more'],
    ['errs', 'error', { message: 'timed out', type: 'REQ-3' }, 'evidence'],
  ])('writes %s as <%s> %j with its text', (name, tag, attributes, text) => {
    const c = elementsNamed(root, 'testcase').find((t) => t.attributes['name'] === name)!;
    expect(c.children.map((e) => [e.name, e.attributes, e.text])).toEqual([[tag, attributes, text]]);
  });

  it('writes a passing case without output as an empty element, and a case untimed without time', () => {
    expect(xml).toContain('<testcase classname="risk" name="passes" time="0.010"/>');
    const untimed = renderJunit({ name: 'r', fullReport: 'r.json', suites: [{ name: 's', cases: [{ classname: 's', name: 'c', outcome: { kind: 'pass' } }] }] });
    expect(untimed).toContain('<testsuites name="r" tests="1" failures="0" errors="0" skipped="0">');
    expect(untimed).toContain('<testsuite name="s" tests="1" failures="0" errors="0" skipped="0">');
    expect(untimed).toContain('<testcase classname="s" name="c"/>');
  });

  it('cuts samples, not lines, to keep under maxBytes, and names the full report', () => {
    const long = ['a', 'b', 'c'].map((s) => s.repeat(300));
    const big: TestReport = { name: 'r', fullReport: 'all.json', suites: [{ name: 's', cases: [{ classname: 's', name: 'c', outcome: { kind: 'failure', message: 'm', type: 't', text: { lines: ['why'], samples: long, total: 5 } } }] }] };
    const whole = renderJunit(big);
    const cut = renderJunit(big, { maxBytes: Buffer.byteLength(whole, 'utf8') - 1 });
    expect(Buffer.byteLength(cut, 'utf8')).toBeLessThan(Buffer.byteLength(whole, 'utf8'));
    expect(cut).toContain('<!-- sample findings cut to 2 per test case to keep the report small; all.json has them all -->');
    expect(cut).toContain(`why\n${long[0]}\n${long[1]}\n… and 3 more</failure>`);
  });

  it('says nothing of cutting when no case has samples to cut, however small the limit', () => {
    const noSamples: TestReport = { ...report, suites: report.suites.slice(0, 1) };
    expect(renderJunit(noSamples, { maxBytes: 10 })).not.toContain('<!--');
  });
});
