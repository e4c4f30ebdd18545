import { describe, expect, it } from 'vitest';
import { isValidNhsNumber, isValidOdsCode, nhsCheckDigit } from '../../src/index.ts';

describe('the data rules a supplier can call in process', () => {
  it.each([
    ['9434765919', true],
    ['9434765918', false],
    ['943476591', false],
    ['943 476 5919', false],
    ['', false],
    // Every repdigit passes Modulus 11; none is an issued NHS number.
    ...Array.from({ length: 10 }, (_, d): [string, boolean] => [String(d).repeat(10), false]),
    ['9999999990', false],
    ['9990000018', true],
  ])('isValidNhsNumber(%j) is %s', (value, want) => expect(isValidNhsNumber(value)).toBe(want));

  it('gives no check digit where Modulus 11 gives 10 (no NHS number has those nine digits)', () => {
    expect(nhsCheckDigit('943476591')).toBe(9);
    expect(nhsCheckDigit('000000006')).toBeUndefined();
  });

  it('the repdigits are exactly the numbers of one digit that Modulus 11 alone would pass', () => {
    for (let d = 0; d <= 9; d += 1) expect(nhsCheckDigit(String(d).repeat(9))).toBe(d);
  });

  it.each([
    ['A81001', true],
    ['RX1', true],
    ['a81001', false],
    ['A8', false],
    ['A81 001', false],
  ])('isValidOdsCode(%j) is %s', (value, want) => expect(isValidOdsCode(value)).toBe(want));
});
