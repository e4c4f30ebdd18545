import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { r4Definitions, type SpecModel } from '../../../generator/src/kit.ts';
import { loadRuntimeModel } from '../../../generator/src/runtime/model.ts';
import { runCli } from '../../../generator/test/support/cli.ts';
import { tempDir } from '../../../generator/test/support/generated.ts';
import { repoRoot } from '../../../generator/test/support/paths.ts';
import { resourcesIn } from '../../fhir/import.ts';
import { fhirPlans, type FhirPlans } from '../../fhir/plan.ts';
import { UkCoreProfiles } from '../../fhir/uk-core.ts';
import { toResource } from '../../fhir/write.ts';
import { fhirXmlToJson } from '../../fhir/xml.ts';
import { synthesizeRecords } from '../../synth/generate.ts';

type Json = Record<string, unknown>;

// UK Core as NHS England publishes it sits beside the repository (../shared/fhir/uk-core) on the team's machines and in CI.
const ukCore = join(repoRoot, '..', 'shared', 'fhir', 'uk-core');
const profile = (name: string) => ({ profile: [`https://fhir.hl7.org.uk/StructureDefinition/UKCore-${name}`] });

describe('the FHIR package cache', () => {
  it('finds UK Core where FHIR tools keep it, the latest version first, and nothing where there is none', () => {
    const home = tempDir('fhir-home');
    expect(UkCoreProfiles.cached(home)).toBeUndefined();
    for (const v of ['1.1.0', '2.0.0']) mkdirSync(join(home, '.fhir', 'packages', `UKCore.R4.STU.02.00.00#${v}`, 'package'), { recursive: true });
    mkdirSync(join(home, '.fhir', 'packages', 'hl7.fhir.r4.core#4.0.1'), { recursive: true });
    expect(UkCoreProfiles.cached(home)).toBe(join(home, '.fhir', 'packages', 'UKCore.R4.STU.02.00.00#2.0.0'));
  });
});

describe.skipIf(!existsSync(ukCore))("exports checked against UK Core's own profiles (skipped when ../shared/fhir/uk-core is not beside the clone)", () => {
  let model: SpecModel;
  let plans: FhirPlans;
  let profiles: UkCoreProfiles;
  beforeAll(async () => {
    model = await loadRuntimeModel(repoRoot);
    plans = fhirPlans(model, r4Definitions());
    profiles = UkCoreProfiles.fromFolder(ukCore, r4Definitions());
  });

  it("finds nothing wrong with NHS England's own examples, so that what it finds in ours is not its own mistake", () => {
    expect(profiles.size).toBeGreaterThan(60);
    const dir = join(ukCore, 'examples');
    const issues = readdirSync(dir).flatMap((f) => [...resourcesIn(fhirXmlToJson(readFileSync(join(dir, f), 'utf8'), r4Definitions()))].flatMap((r) => profiles.check(r).map((i) => `${f}: ${i.message}`)));
    expect(issues).toEqual([]);
  });

  it('passes every resource exported from synthetic records of every mapped class, the change log included', () => {
    let checked = 0;
    const issues: string[] = [];
    for (const generated of synthesizeRecords(model, { classes: [...plans.byClass.keys()], count: 1500, seed: 21, invalidRate: 0 })) {
      const record = ((generated as { record?: Json }).record ?? generated) as Json;
      const plan = plans.byClass.get(String(record['record_type']));
      if (!plan) continue;
      const { resource, linked } = toResource(record, plan, plans);
      for (const r of [resource, ...linked.map((l) => l.resource)]) {
        if (((r['meta'] as Json | undefined)?.['profile'] as unknown[] | undefined)?.length) checked += 1;
        issues.push(...profiles.check(r).map((i) => `${plan.className} ${i.pointer}: ${i.message}`));
      }
    }
    expect(checked).toBeGreaterThan(2000);
    expect([...new Set(issues)]).toEqual([]);
  });

  it('is seen to fail: a missing element UK Core requires, a code outside a required binding, an extension out of its context', () => {
    expect(profiles.check({ resourceType: 'AllergyIntolerance', meta: profile('AllergyIntolerance'), patient: { reference: 'Patient/x' } })).toEqual([{ pointer: '/code', rule: 'min', message: 'UK Core requires code (at least 1)' }]);
    const status = 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus';
    const england = 'https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland';
    const patient = (code: string) => ({ resourceType: 'Patient', meta: profile('Patient'), identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9000000009', extension: [{ url: status, valueCodeableConcept: { coding: [{ system: england, code }] } }] }] });
    expect(profiles.check(patient('01'))).toEqual([]);
    expect(profiles.check(patient('99'))).toMatchObject([{ pointer: '/identifier/0/extension/0', rule: 'required-binding' }]);
    const preference = { url: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ContactPreference' };
    expect(profiles.check({ resourceType: 'Patient', meta: profile('Patient'), extension: [preference] })).toEqual([]);
    expect(profiles.check({ resourceType: 'Practitioner', meta: profile('Practitioner'), extension: [preference] })).toMatchObject([{ pointer: '/extension/0', rule: 'extension-context', message: expect.stringMatching(/may be used on Patient, RelatedPerson, not on Practitioner$/) }]);
    expect(profiles.check({ resourceType: 'Patient', meta: profile('Patiant') })).toMatchObject([{ rule: 'unknown-profile' }]);
  });

  it('fhir export --uk-core says so in its summary, and exits 1 on a breach', async () => {
    const dir = tempDir('fhir-uk-core');
    expect((await runCli(['examples', '--count', '20', '--seed', '3', '--class', 'subject_of_care', '--out', 'r.ndjson'], dir)).code).toBe(0);
    const clean = await runCli(['fhir', 'export', 'r.ndjson', '--out', 'o.ndjson', '--uk-core', ukCore], dir);
    expect(clean.stderr).toMatch(/every resource meets the UK Core profile it claims \(\d+ profiles read from /);
    expect(clean.code).toBe(0);
    // A record whose NHS number verification status is a code UK Core's value set does not hold.
    const records = readFileSync(join(dir, 'r.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Json);
    const soc = records.find((r) => r['record_type'] === 'subject_of_care' && r['nhs_number'] !== undefined)!;
    writeFileSync(join(dir, 'bad.ndjson'), `${JSON.stringify({ ...soc, nhs_number_verification_status: { code: '99' } })}\n`);
    const bad = await runCli(['fhir', 'export', 'bad.ndjson', '--out', 'o.ndjson', '--uk-core', ukCore], dir);
    expect(bad.stderr).toContain('resources that break their UK Core profile: Patient/identifier/*/extension/*: the value of https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus is bound (required)');
    expect(bad.code).toBe(1);
    expect((await runCli(['fhir', 'import', 'o.ndjson', '--uk-core', ukCore], dir)).stderr).toMatch(/--uk-core is for export/);
    expect((await runCli(['fhir', 'export', 'r.ndjson', '--uk-core', 'nowhere'], dir)).code).toBe(2);
  }, 60_000);
});
