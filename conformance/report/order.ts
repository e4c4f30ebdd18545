/** The one order of report text: by UTF-16 code unit, the same on every machine whatever its locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
