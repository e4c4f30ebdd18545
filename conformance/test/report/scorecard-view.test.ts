import { describe, expect, it } from 'vitest';
import { buildScorecardView, formatCount, shareOf, topCheckCount } from '../../report/scorecard-view.ts';
import type { CheckSummary, ValidationResult } from '../../files/result.ts';
import { fixture } from './result-fixture.ts';

describe('shareOf', () => {
  it.each([
    [95, 100, 'rate', '95.0%', '95.0', 'good'],
    [9499, 10000, 'rate', '94.9%', '94.9', 'fair'],
    [80, 100, 'rate', '80.0%', '80.0', 'fair'],
    [79, 100, 'rate', '79.0%', '79.0', 'poor'],
    [2, 3, 'rate', '66.6%', '66.6', 'poor'],
    [999, 1000, 'rate', '99.9%', '99.9', 'good'],
    [999, 1000, 'must', '99.9%', '99.9', 'fair'],
    [949, 1000, 'must', '94.9%', '94.9', 'poor'],
    [100, 100, 'must', '100.0%', '100.0', 'good'],
    [0, 5, 'rate', '0.0%', '0.0', 'poor'],
    [1, 5020, 'rate', '<0.1%', '0.0', 'poor'],
    [0, 0, 'rate', 'n/a', '0', 'none'],
    [0, 0, 'must', 'n/a', '0', 'none'],
    [30, 100, 'inform', '30.0%', '30.0', 'info'],
    [100, 100, 'inform', '100.0%', '100.0', 'info'],
  ] as const)('shareOf(%i, %i, %s) is %s, width %s, %s', (part, whole, mode, text, width, rating) => {
    expect(shareOf(part, whole, mode)).toMatchObject({ text, width, rating });
  });

  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1234567, '1,234,567'],
    [100000000, '100,000,000'],
  ])('formatCount(%i) is %s', (n, want) => expect(formatCount(n)).toBe(want));
});

describe('buildScorecardView', () => {
  const view = buildScorecardView(fixture);

  it('formats the totals, which add up', () => {
    expect(view.totals.map((row) => [row.label, row.count, row.share])).toEqual([
      ['Records read', '5,020', '100.0%'],
      ['Valid', '12', '0.2%'],
      ['Invalid', '5,007', '99.7%'],
      ['Unreadable', '1', '<0.1%'],
    ]);
    expect(view.totalsMismatch).toBe('');
    const wrong: ValidationResult = { ...fixture, totals: { ...fixture.totals, valid: 13 } };
    expect(buildScorecardView(wrong).totalsMismatch).toBe('Valid, invalid and unreadable make 5,021, not the 5,020 records read.');
  });

  it('lists the checks with findings, errors first, then by count, then by id', () => {
    expect(view.topChecks.map((row) => [row.check, row.requirement, row.severity, row.count])).toEqual([
      ['schema.pattern', 'MODS-R03', 'error', '5,000'],
      ['schema.required', 'MODS-R01', 'error', '6'],
      ['input.not-json', '—', 'error', '1'],
      ['rule.nhs-number', 'MODS-R07', 'error', '1'],
      ['schema.format', 'MODS-R09', 'warning', '2'],
    ]);
    expect(view.moreChecks).toBe('');
  });

  it(`keeps the table to ${topCheckCount} checks and says how many more there are`, () => {
    const many: CheckSummary[] = Array.from({ length: topCheckCount + 3 }, (_, i) => ({ check: `c${i}`, severity: 'info', count: i + 1, records: 1, samples: [] }));
    const more = buildScorecardView({ ...fixture, checks: many });
    expect(more.topChecks).toHaveLength(topCheckCount);
    expect(more.topChecks[0]?.check).toBe(`c${topCheckCount + 2}`);
    expect(more.moreChecks).toBe('3 more checks with findings are listed in report.json.');
  });

  it('scores each element: completeness of the class records, validity of those present, must elements strictly', () => {
    const [care] = view.classes;
    expect(care?.elements.map((e) => [e.element, e.obligation, e.completeness.text, e.completeness.rating, e.validity.text, e.validity.rating])).toEqual([
      ['nhs_number', 'must', '90.0%', 'poor', '88.8%', 'fair'],
      ['preferred_name', 'could', '100.0%', 'info', '100.0%', 'good'],
      ['ethnicity', 'could', '0.0%', 'info', 'n/a', 'none'],
    ]);
    expect(care?.validShare.text).toBe('70.0%');
  });

  it('rates a mandatory element by the same colours as the rest: all is good, 95% fair, below poor', () => {
    expect(shareOf(998, 1000, 'must')).toMatchObject({ text: '99.8%', rating: 'fair', label: 'fair' });
    expect(shareOf(1000, 1000, 'must')).toMatchObject({ rating: 'good' });
    expect(shareOf(949, 1000, 'must')).toMatchObject({ rating: 'poor' });
  });

  it('puts the providers first, the best first, with their errors by requirement, most first', () => {
    expect(view.providerRows.map((p) => [p.name, p.by, p.records, p.validShare.text, p.errors, p.errorsByRequirement])).toEqual([
      ['RX1', 'ODS code', '10', '70.0%', '3', 'MODS-IDENT-001 3'],
      ['care/b.ndjson', 'file', '5,012', '<0.1%', '5,007', 'MODS-STRUCT-002 5,005; unreadable input 2'],
    ]);
    expect(view.providerChart.bars.map((b) => [b.title, b.rating])).toEqual([['RX1', 'poor'], ['care/b.ndjson', 'poor']]);
    expect(view.providerChart.bars[0]!.width).toBeGreaterThan(view.providerChart.bars[1]!.width);
  });

  it('charts the least complete mandatory elements, and compares classes across providers only when there are two or more', () => {
    expect(view.completenessChart?.bars.map((b) => [b.title, b.value])).toEqual([['Subject of care: NHS number', '90.0% poor']]);
    expect(view.comparison?.providers).toEqual(['RX1', 'care/b.ndjson']);
    expect(view.comparison?.rows.find((r) => r.recordType === 'risk')?.cells.map((c) => c.text)).toEqual(['n/a', '<0.1%']);
    expect(buildScorecardView({ ...fixture, providers: fixture.providers.slice(0, 1) }).comparison).toBeUndefined();
  });

  it('says when the run was made, with what, on which inputs', () => {
    expect(view.stamp?.line).toBe('Run on 2026-11-30 at 09:15 UTC with asc-mods 0.1.0, spec release 0.1.0, on 2 inputs.');
    expect(view.stamp?.inputs[1]).toEqual({ file: 'care/b.ndjson', bytes: '1,230,000', sha256: 'b'.repeat(64) });
    const { run: _run, ...unstamped } = fixture;
    expect(buildScorecardView(unstamped).stamp).toBeUndefined();
  });
});
