/**
 * The conformance suite as vitest tests: one test per suite test, named by its stable id, grouped by class, so a team
 * that runs vitest can run the suite with its own reporters (`npm run conformance -- --reporter=junit`).
 *
 *   ASC_MODS_BASE_URL=https://... ASC_MODS_TOKEN=... npm run conformance
 *   ASC_MODS_REFERENCE=1 npm run conformance          # against the reference supplier, started here
 *   ASC_MODS_PROFILE=full ...                          # every obligation of the asc-mods model decides
 *
 * Under the default profile (published) a failed test of an obligation the published standard does not make is
 * advisory: it is reported as skipped, with "advisory" and the failure in its message, and fails nothing.
 *
 * The suite runs once, before the tests (run.ts orders the requests: minimal records first, classes four at a
 * time); each vitest test then reports its own verdict, with the message and the requirement ids.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { packageRoot, packageVersion } from '../../generator/src/kit.ts';
import { ReferenceServer } from '../reference/server.ts';
import type { TestResult } from '../api/result.ts';
import { runConformance } from '../api/run.ts';
import type { SuiteDefinition } from '../api/suite.ts';

const suiteDir = join(packageRoot(), 'generated', 'conformance');
const suite = JSON.parse(readFileSync(join(suiteDir, 'suite.json'), 'utf8')) as SuiteDefinition;
const env = process.env;
const useReference = env['ASC_MODS_REFERENCE'] === '1';
if (!useReference && !env['ASC_MODS_BASE_URL']) throw new Error('Set ASC_MODS_BASE_URL (and ASC_MODS_TOKEN) to the system under test, or ASC_MODS_REFERENCE=1 to test the reference supplier.');

const results = new Map<string, TestResult>();
let server: ReferenceServer | undefined;

beforeAll(async () => {
  let baseUrl = env['ASC_MODS_BASE_URL'] ?? '';
  let token = env['ASC_MODS_TOKEN'];
  if (useReference) {
    token = randomUUID();
    server = await ReferenceServer.forShippedSpec({ token, profile: 'full' });
    baseUrl = `http://127.0.0.1:${await server.listen(0)}`;
  }
  const classes = env['ASC_MODS_CLASSES']?.split(',').map((c) => c.trim());
  const profile = env['ASC_MODS_PROFILE'] === 'full' ? 'full' : 'published';
  const result = await runConformance({ baseUrl, token, suiteDir, kitVersion: packageVersion(), profile, ...(classes ? { classes } : {}) });
  for (const t of result.tests) results.set(t.id, t);
}, 20 * 60_000);

afterAll(async () => {
  await server?.close();
});

const groups = new Map<string, SuiteDefinition['tests'][number][]>();
for (const t of suite.tests) groups.set(t.class ?? 'api', [...(groups.get(t.class ?? 'api') ?? []), t]);

for (const [group, tests] of groups) {
  describe(group, () => {
    for (const test of tests) {
      it(`${test.id}: ${test.title}`, (context) => {
        const result = results.get(test.id);
        // For custom reporters: what the test verifies.
        Object.assign(context.task.meta, { requirements: test.requirements, level: test.level });
        if (!result) throw new Error('the suite did not run this test');
        if (result.verdict === 'skip') return context.skip(result.message);
        if (result.verdict !== 'pass' && result.advisory) return context.skip(`advisory, not required by the published standard: ${result.verdict.toUpperCase()} ${result.message}`);
        if (result.verdict !== 'pass') throw new Error(`${result.verdict.toUpperCase()} (${test.level} ${test.requirements.join(', ')}): ${result.message}`);
      });
    }
  });
}
