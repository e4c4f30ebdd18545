import { describe, expect, it } from 'vitest';
import { csvCell } from '../runner/report/assurance-csv.ts';

describe('csvCell: the one place text is escaped for CSV', () => {
  it.each([
    ['plain', '"plain"'],
    ['', '""'],
    ['say "hi"', '"say ""hi"""'],
    ['a, b', '"a, b"'],
    ['line one\nline two', '"line one\nline two"'],
    ['line one\r\nline two', '"line one\r\nline two"'],
    ['=HYPERLINK("http://x.invalid","y")', '"\'=HYPERLINK(""http://x.invalid"",""y"")"'],
    ['+1', '"\'+1"'],
    ['-2+3', '"\'-2+3"'],
    ['@SUM(A1)', '"\'@SUM(A1)"'],
    ['\t=1', '"\'\t=1"'],
    ['\r=1', '"\'\r=1"'],
    ['a=1', '"a=1"'],
    ['Müller – café', '"Müller – café"'],
  ])('%j → %s', (given, want) => {
    expect(csvCell(given)).toBe(want);
  });
});
