import { describe, expect, it } from 'vitest';
import { jsonReportName, renderValidationJson } from '../../report/json.ts';
import type { ValidationResult } from '../../files/result.ts';
import { fileA, fixture, hostile } from './result-fixture.ts';

describe('renderValidationJson', () => {
  const json = renderValidationJson(fixture);

  it('names the report first, then holds the whole result', () => {
    const parsed = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['report', 'tool', 'run', 'profile', 'totals', 'findings', 'files', 'checks', 'scorecard', 'providers']);
    expect(parsed['report']).toBe(jsonReportName);
    const { report: _, ...rest } = parsed;
    expect(rest).toEqual(fixture);
  });

  it('is two-space JSON with a final newline, markup escaped', () => {
    expect(json.startsWith('{\n  "report": "asc-mods validation report",\n  "tool": {')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).not.toContain('<script');
    expect(JSON.stringify(JSON.parse(json))).toContain(JSON.stringify(hostile).slice(1, -1));
  });

  it('sorts each file\'s check counts by id and gives the same bytes every time', () => {
    const files = (JSON.parse(json) as { files: { file: string; checks: Record<string, number> }[] }).files;
    expect(Object.keys(files.find((f) => f.file === fileA)?.checks ?? {})).toEqual(['rule.dates-ordered', 'rule.nhs-number', 'schema.format', 'schema.required']);
    expect(renderValidationJson(fixture)).toBe(json);
    const reordered: ValidationResult = { ...fixture, files: fixture.files.map((f) => ({ ...f, checks: Object.fromEntries(Object.entries(f.checks).reverse()) })) };
    expect(renderValidationJson(reordered)).toBe(json);
  });
});
