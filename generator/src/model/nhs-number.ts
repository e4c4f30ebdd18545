/** NHS number check digit (Modulus 11): weights 10..2 over the first nine digits. */
export function nhsCheckDigit(firstNine: string): number | undefined {
  if (!/^[0-9]{9}$/.test(firstNine)) return undefined;
  const sum = [...firstNine].reduce((total, digit, i) => total + Number(digit) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  return check === 10 ? undefined : check;
}

/** Whether a value is an NHS number: ten digits whose last is the Modulus 11 check digit of the first nine. */
export function isValidNhsNumber(value: string): boolean {
  if (!/^[0-9]{10}$/.test(value)) return false;
  return nhsCheckDigit(value.slice(0, 9)) === Number(value[9]);
}

/**
 * The n-th NHS number of the range set aside for testing (999 000 0000 to 999 999 9999) that has a valid check
 * digit. Synthetic data uses only these, so it can never be mistaken for a real person.
 */
export function testNhsNumber(n: number): string {
  let candidate = 0;
  for (let found = -1; ; candidate += 1) {
    const firstNine = `999${String(candidate).padStart(6, '0')}`;
    const check = nhsCheckDigit(firstNine);
    if (check === undefined) continue;
    found += 1;
    if (found === n) return firstNine + String(check);
  }
}
