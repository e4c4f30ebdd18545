import { randomInt, randomUUID } from 'node:crypto';
import { isValidNhsNumber, nhsCheckDigit } from '../../generator/src/kit.ts';

/**
 * Fresh identities for one run: every record uid in the fixtures becomes a new UUID, and every valid NHS number a new
 * one from the test range (999…), the same throughout the run, so that runs never collide with each other or with
 * data already in the system, and what the suite created is recognisable. NHS numbers the fixtures break on purpose
 * (a wrong check digit) are kept.
 */
export class RunIdentities {
  private readonly uids = new Map<string, string>();
  private readonly nhsNumbers = new Map<string, string>();
  private readonly used = new Set<string>();

  uid(original: string): string {
    let fresh = this.uids.get(original);
    if (fresh === undefined) this.uids.set(original, (fresh = randomUUID()));
    return fresh;
  }

  /** Every uid this run made, for the report (the records it created). */
  get created(): readonly string[] {
    return [...this.uids.values()];
  }

  nhsNumber(original: string): string {
    if (!isValidNhsNumber(original)) return original;
    let fresh = this.nhsNumbers.get(original);
    while (fresh === undefined) {
      const firstNine = `999${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
      const check = nhsCheckDigit(firstNine);
      const candidate = check === undefined ? undefined : `${firstNine}${check}`;
      if (candidate !== undefined && !this.used.has(candidate)) ((fresh = candidate), this.used.add(candidate), this.nhsNumbers.set(original, candidate));
    }
    return fresh;
  }

  /** A copy of a fixture with its identities replaced. */
  apply<T>(value: T): T {
    return this.walk(value, undefined) as T;
  }

  private walk(value: unknown, key: string | undefined): unknown {
    if (Array.isArray(value)) return value.map((v) => this.walk(v, undefined));
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.walk(v, k)]));
    if (typeof value === 'string' && key === 'record_uid') return this.uid(value);
    if (typeof value === 'string' && key === 'nhs_number') return this.nhsNumber(value);
    return value;
  }
}
