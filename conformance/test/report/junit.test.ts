import { describe, expect, it } from 'vitest';
import { validationTestReport } from '../../report/from-validation.ts';
import { renderJunit as renderReport, type JunitOptions } from '../../report/junit.ts';
import type { ValidationResult } from '../../files/result.ts';
import { fileA, fileB, fixture, hugeCount } from './result-fixture.ts';
import { elementsNamed, parseXml, type XmlElement } from './xml-check.ts';

/** A validate run through its adapter and the one JUnit writer, as write-reports.ts renders it. */
function renderJunit(result: ValidationResult, options?: JunitOptions): string {
  return renderReport(validationTestReport(result), options);
}

function testcases(suite: XmlElement): Record<string, XmlElement> {
  return Object.fromEntries(elementsNamed(suite, 'testcase').map((c) => [c.attributes['name'] ?? '', c]));
}

function suiteNamed(root: XmlElement, name: string): XmlElement {
  const suite = elementsNamed(root, 'testsuite').find((s) => s.attributes['name'] === name);
  if (!suite) throw new Error(`no testsuite ${name}`);
  return suite;
}

function failureText(root: XmlElement, file: string, name: string): string {
  const failure = testcases(suiteNamed(root, file))[name]?.children.find((c) => c.name === 'failure');
  if (!failure) throw new Error(`${name} in ${file} has no failure`);
  return failure.text;
}

describe('the well-formedness check used here', () => {
  it.each([
    ['<a/>', true],
    ['<?xml version="1.0" encoding="UTF-8"?>\n<a x="1"><b>t &amp; &#60; &#x3C;</b><!-- c --></a>\n', true],
    ['<a><b></a></b>', false],
    ['<a>x < y</a>', false],
    ['<a>AT&T</a>', false],
    ['<a>&nbsp;</a>', false],
    ['<a x="<"/>', false],
    ['<a x="1" x="2"/>', false],
    ['<a>\u0001</a>', false],
    ['<a/><b/>', false],
    ['<a>', false],
    ['<a><!-- x -- y --></a>', false],
    ['text<a/>', false],
  ])('%j is well-formed: %s', (xml, want) => {
    let wellFormed = true;
    try {
      parseXml(xml);
    } catch {
      wellFormed = false;
    }
    expect(wellFormed).toBe(want);
  });
});

describe('renderJunit', () => {
  const xml = renderJunit(fixture);
  const root = parseXml(xml);

  it('is well-formed, with a suite per file sorted by file and totals that match the cases', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toEqual({ name: 'asc-mods validate', tests: '10', failures: '6', errors: '0', skipped: '0' });
    expect(elementsNamed(root, 'testsuite').map((s) => [s.attributes['name'], s.attributes['tests'], s.attributes['failures']])).toEqual([
      [fileB, '5', '4'],
      [fileA, '5', '2'],
    ]);
    expect(elementsNamed(root, 'testcase')).toHaveLength(10);
    expect(elementsNamed(root, 'failure')).toHaveLength(6);
  });

  it('has a test case per check that ran on the file, sorted by check id, after "records readable"', () => {
    expect(elementsNamed(suiteNamed(root, fileA), 'testcase').map((c) => [c.attributes['classname'], c.attributes['name']])).toEqual([
      [fileA, 'records readable'],
      [fileA, 'rule.dates-ordered (MODS-R11)'],
      [fileA, 'rule.nhs-number (MODS-R07)'],
      [fileA, 'schema.format (MODS-R09)'],
      [fileA, 'schema.required (MODS-R01)'],
    ]);
    expect(Object.keys(testcases(suiteNamed(root, fileB)))).toEqual(['records readable', 'input.not-json', 'rule.dates-ordered (MODS-R11)', 'schema.pattern (MODS-R03)', 'schema.required (MODS-R01)']);
  });

  it.each([
    [fileA, 'records readable', undefined],
    [fileA, 'rule.dates-ordered (MODS-R11)', undefined],
    [fileA, 'schema.format (MODS-R09)', undefined],
    [fileA, 'rule.nhs-number (MODS-R07)', { message: '1 finding', type: 'rule.nhs-number' }],
    [fileA, 'schema.required (MODS-R01)', { message: '2 findings', type: 'schema.required' }],
    [fileB, 'records readable', { message: '1 unreadable', type: 'records-readable' }],
    [fileB, 'input.not-json', { message: '1 finding', type: 'input.not-json' }],
    [fileB, 'schema.pattern (MODS-R03)', { message: `${hugeCount} findings`, type: 'schema.pattern' }],
  ])('in %s, %s fails with %j', (file, name, want) => {
    const failures = testcases(suiteNamed(root, file))[name]?.children.filter((c) => c.name === 'failure') ?? [];
    expect(failures.map((f) => f.attributes)).toEqual(want === undefined ? [] : [want]);
  });

  it('lists the samples of the check in the file, sorted by record, as "record N (line L) /path: message [value]"', () => {
    expect(failureText(root, fileA, 'schema.required (MODS-R01)')).toBe('record 2 (line 3): must have "date_of_birth"\nrecord 4 (line 5): must have "nhs_number"');
    expect(failureText(root, fileB, 'schema.required (MODS-R01)')).toBe('record 9 (line 10): must have "record_uid"\n… and 3 more');
    expect(failureText(root, fileB, 'input.not-json')).toBe('record 17 (row 17): is not JSON');
  });

  it('escapes markup and quotes and drops control characters, which read back as the original text', () => {
    expect(xml).not.toContain('<script');
    expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot;) &amp; &apos;y&apos;&lt;/script&gt;');
    expect(xml).not.toContain('\u0001');
    expect(failureText(root, fileA, 'rule.nhs-number (MODS-R07)')).toBe(`record 12 (line 13) /nhs_number: fails the check digit <script>alert("x") & 'y'</script> [9*******1]`);
  });

  it('says warnings in <system-out> without failing', () => {
    const format = testcases(suiteNamed(root, fileA))['schema.format (MODS-R09)'];
    expect(format?.children.map((c) => [c.name, c.text])).toEqual([['system-out', '2 findings (warning)\nrecord 3 (line 4) /recorded_at: is not a date & time\n… and 1 more']]);
  });

  it('caps the samples per test case, by default at 20, saying how many more there are', () => {
    const lines = failureText(root, fileB, 'schema.pattern (MODS-R03)').split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toMatch(/^record 1 \(line 2\) \/nhs_number: does not match/);
    expect(lines[20]).toBe(`… and ${hugeCount - 20} more`);
    const three = parseXml(renderJunit(fixture, { maxSamplesPerCase: 3 }));
    expect(failureText(three, fileB, 'schema.pattern (MODS-R03)').split('\n').slice(3)).toEqual([`… and ${hugeCount - 3} more`]);
  });

  it.each([2400, 3000, 4000])('keeps under maxBytes %i by listing fewer samples, still well-formed and complete', (maxBytes) => {
    const small = renderJunit(fixture, { maxBytes });
    expect(Buffer.byteLength(small, 'utf8')).toBeLessThanOrEqual(maxBytes);
    expect(Buffer.byteLength(renderJunit(fixture, { maxBytes: maxBytes + 1000 }), 'utf8')).toBeGreaterThan(Buffer.byteLength(small, 'utf8'));
    const cut = parseXml(small);
    expect(cut.attributes).toEqual(root.attributes);
    expect(elementsNamed(cut, 'testcase')).toHaveLength(10);
    expect(failureText(cut, fileB, 'schema.pattern (MODS-R03)')).toMatch(/… and \d+ more$/);
    expect(small).toContain('<!-- sample findings cut to');
  });

  it('cuts one huge sample line instead of letting it fill the report', () => {
    const [first, ...rest] = fixture.checks;
    if (!first) throw new Error('fixture has no checks');
    const sample = { ...first.samples[0]!, message: 'm'.repeat(100_000) };
    const huge: ValidationResult = { ...fixture, checks: [{ ...first, samples: [sample] }, ...rest] };
    const line = failureText(parseXml(renderJunit(huge)), fileB, 'schema.pattern (MODS-R03)').split('\n')[0] ?? '';
    expect(line.length).toBe(1000);
    expect(line.endsWith('…')).toBe(true);
  });

  it('escapes file names in attributes', () => {
    const name = `odd "name" <&> 'x'.json`;
    const odd: ValidationResult = { ...fixture, files: fixture.files.map((f) => (f.file === fileA ? { ...f, file: name } : f)) };
    const parsed = parseXml(renderJunit(odd));
    expect(elementsNamed(parsed, 'testsuite').map((s) => s.attributes['name'])).toEqual([fileB, name]);
    expect(testcases(suiteNamed(parsed, name))['records readable']?.attributes['classname']).toBe(name);
  });

  it('gives a clean file a passing test case, and the same bytes every time', () => {
    const clean: ValidationResult = { ...fixture, files: [{ file: 'ok.json', format: 'json', bytes: 2, records: 1, valid: 1, invalid: 0, unreadable: 0, checks: {} }] };
    const parsed = parseXml(renderJunit(clean));
    expect(parsed.attributes).toEqual({ name: 'asc-mods validate', tests: '1', failures: '0', errors: '0', skipped: '0' });
    expect(renderJunit(fixture)).toBe(xml);
    const reordered: ValidationResult = { ...fixture, files: [...fixture.files].reverse(), checks: [...fixture.checks].reverse() };
    expect(renderJunit(reordered)).toBe(xml);
  });
});
