/** Milliseconds of a date or date-time (a partial date counts from its start); NaN when unreadable. */
export function instant(value: string): number {
  // The forms exports use, YYYY-MM-DD and YYYY-MM-DDTHH:MM:SSZ, are read here, several times faster than Date.parse and
  // to the same millisecond; anything else (or anything unusual in those forms) is left to Date.parse.
  if (value.length === 10 || value.length === 20) {
    const t = commonInstant(value);
    if (t === t) return t;
  }
  return Date.parse(value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value);
}

const day = 86_400_000;

/** YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ with a day from 1 to 28 (a later day, which Date.parse may roll over, is left to it); NaN otherwise. */
function commonInstant(v: string): number {
  const year = digits(v, 0) * 100 + digits(v, 2);
  const month = digits(v, 5);
  const date = digits(v, 8);
  if (!(year >= 0 && month >= 1 && month <= 12 && date >= 1 && date <= 28) || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return Number.NaN;
  const t = daysFromCivil(year, month, date) * day;
  if (v.length === 10) return t;
  const hour = digits(v, 11);
  const minute = digits(v, 14);
  const second = digits(v, 17);
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59) || v.charCodeAt(10) !== 84 || v.charCodeAt(13) !== 58 || v.charCodeAt(16) !== 58 || v.charCodeAt(19) !== 90) return Number.NaN;
  return t + ((hour * 60 + minute) * 60 + second) * 1000;
}

/** The two decimal digits at i as a number, or NaN. */
function digits(v: string, i: number): number {
  const a = v.charCodeAt(i) - 48;
  const b = v.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
}

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, date: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + date - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}
