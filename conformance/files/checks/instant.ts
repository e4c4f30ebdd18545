/** Milliseconds of a date or date-time (a partial date counts from its start); NaN when unreadable. */
export function instant(value: string): number {
  return Date.parse(value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value);
}
