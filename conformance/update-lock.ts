// npm run lock-tests: bring conformance/tests.lock.json up to date with generated/conformance, and say what changed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../generator/src/kit.ts';
import { lockDrift, updatedLock, type TestLock } from './api/lock.ts';
import { loadSuite } from './api/suite.ts';

const root = packageRoot();
const path = join(root, 'conformance', 'tests.lock.json');
const lock = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as TestLock) : undefined;
const { suite } = await loadSuite(join(root, 'generated', 'conformance'));
const drift = lock ? lockDrift(lock, suite) : { added: suite.tests.map((t) => t.id), removed: [], changed: [] };
const next = updatedLock(lock, suite);
// One test per line, so that the diff of the lock reads as a list of ids.
const lines = Object.entries(next.tests).map(([id, t]) => `    ${JSON.stringify(id)}: ${JSON.stringify(t)}`);
writeFileSync(path, `{\n  "$comment": ${JSON.stringify(next.$comment)},\n  "tests": {\n${lines.join(',\n')}\n  }\n}\n`);
console.log(`conformance/tests.lock.json: ${drift.added.length} added, ${drift.removed.length} retired, ${drift.changed.length} changed`);
for (const id of drift.changed) console.log(`  changed: ${id} (it now verifies other requirements: is that still the same test?)`);
