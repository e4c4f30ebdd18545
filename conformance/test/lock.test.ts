import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../generator/src/paths.ts';
import { lockDrift, updatedLock, type TestLock } from '../api/lock.ts';
import { loadSuite, type SuiteDefinition } from '../api/suite.ts';
import { suiteDir } from './support.ts';

describe('test ids are locked', () => {
  it('every test of the generated suite is in conformance/tests.lock.json, verifying the same requirements', async () => {
    const lock = JSON.parse(readFileSync(join(packageRoot(), 'conformance', 'tests.lock.json'), 'utf8')) as TestLock;
    const { suite } = await loadSuite(suiteDir);
    // On failure: run `npm run lock-tests`, check the diff of the lock, and commit it saying why the ids changed.
    expect(lockDrift(lock, suite)).toEqual({ added: [], removed: [], changed: [] });
  });

  it('reports an added, a removed and a changed id, and retires rather than forgets', () => {
    const suite = (tests: [string, string[]][]) => ({ tests: tests.map(([id, requirements]) => ({ id, requirements })) }) as unknown as SuiteDefinition;
    const lock = updatedLock(undefined, suite([['a', ['R1']], ['b', ['R2']]]));
    expect(lockDrift(lock, suite([['a', ['R9']], ['c', ['R3']]]))).toEqual({ added: ['c'], removed: ['b'], changed: ['a'] });
    const next = updatedLock(lock, suite([['a', ['R1']]]));
    expect(next.tests['b']).toEqual({ requirements: ['R2'], retired: true });
    expect(lockDrift(next, suite([['a', ['R1']]]))).toEqual({ added: [], removed: [], changed: [] });
  });
});
