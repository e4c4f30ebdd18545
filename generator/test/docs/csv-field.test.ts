import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/emit/docs/csv-field.ts';

describe('csvField: RFC 4180 quoting, safe to open in a spreadsheet', () => {
  it.each([
    ['plain text', 'Goal', '"Goal"'],
    ['empty', '', '""'],
    ['a comma', 'a, b', '"a, b"'],
    ['a quote, doubled', 'the "Must" row', '"the ""Must"" row"'],
    ['a line break, kept inside the quotes', 'one\ntwo', '"one\ntwo"'],
    ['a formula', '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['a leading plus', '+44 20', '"\'+44 20"'],
    ['a leading minus', '-1', '"\'-1"'],
    ['a leading at sign', '@SUM(A1)', '"\'@SUM(A1)"'],
    ['a leading tab', '\t=1', '"\'\t=1"'],
    ['a leading CR', '\r=1', '"\'\r=1"'],
    ['a sign later in the text is left alone', 'a=b-c', '"a=b-c"'],
    ['a cardinality', '1..*', '"1..*"'],
  ])('%s', (_, given, want) => {
    expect(csvField(given)).toBe(want);
  });
});
