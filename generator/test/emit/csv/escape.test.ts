import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../../../src/emit/csv/escape.ts';

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
