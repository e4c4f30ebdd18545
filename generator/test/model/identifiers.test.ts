import { describe, expect, it } from 'vitest';
import { isValidNhsNumber, isValidOdsCode, nhsCheckDigit } from '../../src/index.ts';

describe('the data rules a supplier can call in process', () => {
  it.each([
    ['9434765919', true],
    ['9434765918', false],
    ['943476591', false],
    ['943 476 5919', false],
    ['', false],
  ])('isValidNhsNumber(%j) is %s', (value, want) => expect(isValidNhsNumber(value)).toBe(want));

  it('gives no check digit where Modulus 11 gives 10 (no NHS number has those nine digits)', () => {
    expect(nhsCheckDigit('943476591')).toBe(9);
    expect(nhsCheckDigit('000000006')).toBeUndefined();
  });

  it.each([
    ['A81001', true],
    ['RX1', true],
    ['a81001', false],
    ['A8', false],
    ['A81 001', false],
  ])('isValidOdsCode(%j) is %s', (value, want) => expect(isValidOdsCode(value)).toBe(want));
});
