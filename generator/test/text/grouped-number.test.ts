import { describe, expect, it } from 'vitest';
import { groupedNumber } from '../../src/diagnostics/format.ts';

describe('groupedNumber', () => {
  it('groups thousands with commas, as toLocaleString("en-GB") does', () => {
    for (const n of [0, 7, 999, 1000, 12345, 999999, 1000000, 78610, -1234567, 2 ** 53 - 1]) expect(groupedNumber(n)).toBe(n.toLocaleString('en-GB'));
  });

  it('leaves what is not a safe whole number as String gives it', () => {
    expect(groupedNumber(1.5)).toBe('1.5');
    expect(groupedNumber(Number.NaN)).toBe('NaN');
    expect(groupedNumber(1e21)).toBe('1e+21');
  });
});
