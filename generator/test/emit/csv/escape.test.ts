import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, spreadsheetCell } from '../../../src/emit/csv/escape.ts';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line\nbreak', '"line\nbreak"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['crlf\r\n', '"crlf\r\n"'],
    [' spaces kept ', ' spaces kept '],
    ["it's; café 🚑", "it's; café 🚑"],
    ['[{"code":"a"}]', '"[{""code"":""a""}]"'],
  ])('%j → %j', (given, want) => {
    expect(csvCell(given)).toBe(want);
  });
});

describe('csvRow', () => {
  it.each([
    [['a', 'b,c', ''], 'a,"b,c",\n'],
    [[''], '\n'],
    [['x"y', 'z'], '"x""y",z\n'],
  ])('%j → %j', (given, want) => {
    expect(csvRow(given)).toBe(want);
  });
});

describe('spreadsheetCell: RFC 4180 quoting, safe to open in a spreadsheet', () => {
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
    expect(spreadsheetCell(given)).toBe(want);
  });
});

describe('spreadsheetCell, as the assurance pack uses it', () => {
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
    expect(spreadsheetCell(given)).toBe(want);
  });
});
