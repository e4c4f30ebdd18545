import { describe, expect, it } from 'vitest';
import { instant } from '../../../files/checks/instant.ts';

/** What instant has always meant: Date.parse, a partial date counting from its start. */
const parsed = (s: string) => Date.parse(s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);

describe('instant', () => {
  it('reads dates and UTC date-times to the millisecond Date.parse gives, over years, months, days and times', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    const cases: string[] = [];
    for (let year = 0; year <= 9999; year += 7) {
      for (let month = 0; month <= 13; month += 1) {
        for (const date of [0, 1, 9, 10, 28, 29, 30, 31, 32]) {
          const d = `${String(year).padStart(4, '0')}-${two(month)}-${two(date)}`;
          cases.push(d);
          if (year % 97 === 0) for (const t of ['00:00:00', '23:59:59', '24:00:00', '12:60:00', '12:00:60', '1a:00:00']) cases.push(`${d}T${t}Z`, `${d}t${t}Z`, `${d}T${t}z`, `${d} ${t}Z`);
        }
      }
    }
    for (const c of cases) expect(Object.is(instant(c), parsed(c)), c).toBe(true);
  });

  it('leaves other forms to Date.parse: partial dates, offsets, fractions, minutes only, and text that is no date', () => {
    for (const c of ['1999', '1999-12', '2024-01-01T10:00:00+01:00', '2024-01-01T10:00:00.123Z', '2024-01-01T10:00Z', '+002024-01-01', '2024-1-01', '2024/01/01', 'not a date', '']) {
      expect(Object.is(instant(c), parsed(c)), c).toBe(true);
    }
  });
});
