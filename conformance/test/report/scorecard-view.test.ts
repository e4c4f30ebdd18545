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
    [999, 1000, 'must', '99.9%', '99.9', 'poor'],
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

  it('shows providers only when there is more than one, sorted by name', () => {
    expect(view.showProviders).toBe(true);
    expect(view.providers.map((p) => [p.name, p.by])).toEqual([['RX1', 'ODS code'], ['care/b.ndjson', 'file']]);
    expect(buildScorecardView({ ...fixture, providers: fixture.providers.slice(0, 1) }).showProviders).toBe(false);
  });
});
