import type { SuiteDefinition } from './suite.ts';

/**
 * conformance/tests.lock.json: every test id the suite has ever had, with what it verifies. A test may be added
 * (run `npm run lock-tests`, and commit the lock with a reason); an id is never reused for another check, and one
 * that disappears is kept as retired, so reports compared across kit versions mean the same thing.
 */
export interface TestLock {
  readonly $comment: string;
  readonly tests: Readonly<Record<string, { readonly requirements: readonly string[]; readonly retired?: true }>>;
}

export interface LockDrift {
  /** In the suite, not in the lock. */
  readonly added: readonly string[];
  /** In the lock (not retired), not in the suite. */
  readonly removed: readonly string[];
  /** In both, verifying other requirements. */
  readonly changed: readonly string[];
}

export function lockDrift(lock: TestLock, suite: SuiteDefinition): LockDrift {
  const ids = new Map(suite.tests.map((t) => [t.id, t.requirements]));
  const added = [...ids.keys()].filter((id) => !lock.tests[id]);
  const removed = Object.entries(lock.tests).filter(([id, t]) => !t.retired && !ids.has(id)).map(([id]) => id);
  const changed = [...ids].filter(([id, reqs]) => lock.tests[id] && !lock.tests[id]!.retired && lock.tests[id]!.requirements.join(' ') !== reqs.join(' ')).map(([id]) => id);
  return { added, removed, changed };
}

/** The lock updated for the suite: new ids added, vanished ones retired, changed ones updated (the diff shows them). */
export function updatedLock(lock: TestLock | undefined, suite: SuiteDefinition): TestLock {
  const tests: Record<string, { requirements: readonly string[]; retired?: true }> = { ...(lock?.tests ?? {}) };
  for (const [id, t] of Object.entries(tests)) if (!suite.tests.some((s) => s.id === id)) tests[id] = { ...t, retired: true };
  for (const t of suite.tests) tests[t.id] = { requirements: t.requirements };
  const sorted = Object.fromEntries(Object.entries(tests).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { $comment: 'Every conformance test id, with the requirements it verifies. Ids never change meaning; update with `npm run lock-tests` and say why in the commit.', tests: sorted };
}
