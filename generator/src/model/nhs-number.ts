/** NHS number check digit (Modulus 11): weights 10..2 over the first nine digits. */
export function nhsCheckDigit(firstNine: string): number | undefined {
  if (!/^[0-9]{9}$/.test(firstNine)) return undefined;
  const sum = [...firstNine].reduce((total, digit, i) => total + Number(digit) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  return check === 10 ? undefined : check;
}

/**
 * Whether ten digits are all the same (0000000000 … 9999999999). Every such number passes Modulus 11 (the weights
 * 10..2 sum to 54 ≡ 10 mod 11, so nine d's give the check digit d), yet none is an NHS number a person holds: NHS
 * numbers are issued from ranges (300 000 000–799 999 999, without 320 000 001–399 999 999 for Northern Ireland;
 * 999 000 0000–999 999 9999 is set aside for testing and never issued; NHS Digital, "NHS Number", summarised in the
 * nhs-number crate, https://docs.rs/nhs-number), which leaves out 0000000000, 1111111111, 2222222222, 5555555555,
 * 8888888888 and 9999999999, and the repdigits inside the ranges are the placeholders systems write for "not known".
 */
export function isRepdigit(value: string): boolean {
  return value.length > 1 && [...value].every((digit) => digit === value[0]);
}

/**
 * Whether a value is an NHS number: ten digits whose last is the Modulus 11 check digit of the first nine, and not
 * a placeholder of ten identical digits (see isRepdigit).
 */
export function isValidNhsNumber(value: string): boolean {
  if (!/^[0-9]{10}$/.test(value) || isRepdigit(value)) return false;
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
    if (check === undefined || !isValidNhsNumber(firstNine + String(check))) continue;
    found += 1;
    if (found === n) return firstNine + String(check);
  }
}
