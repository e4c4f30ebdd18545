import { beforeAll, describe, expect, it } from 'vitest';
import { kebabName, r4Definitions, type SpecModel } from '../../generator/src/kit.ts';
import { loadRuntimeModel } from '../../generator/src/runtime/model.ts';
import { repoRoot } from '../../generator/test/support/paths.ts';
import { fhirPlans, type FhirPlans } from '../fhir/plan.ts';
import { toResource } from '../fhir/write.ts';
import { synthesizeRecords } from '../synth/generate.ts';
import { complaints } from './fhir/medplum.ts';
import { token, withReferenceServer } from './support.ts';

type Json = Record<string, unknown>;

let model: SpecModel;
let plans: FhirPlans;
let records: Json[];
beforeAll(async () => {
  model = await loadRuntimeModel(repoRoot);
  plans = fhirPlans(model, r4Definitions());
  // First versions only: the server takes a record's later versions as updates, which this test does not need.
  records = [...synthesizeRecords(model, { classes: ['subject_of_care', 'allergies', 'alert'], count: 18, seed: 4, invalidRate: 0 })].map((g) => ((g as { record?: Json }).record ?? g) as Json).filter((r) => r['version_number'] === 1);
});

async function get(base: string, path: string, auth = true): Promise<{ status: number; type: string | null; body: Json }> {
  const res = await fetch(`${base}${path}`, { headers: auth ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as Json };
}

const accepted = (resource: Json): string[] => complaints(resource);

describe("the reference supplier's read-only FHIR R4 facade", () => {
  it('reads a record as its resource, a version, a change-log entry as Provenance, and a subject of care with everything about them', async () => {
    await withReferenceServer({}, async (base) => {
      const patient = records.find((r) => r['record_type'] === 'subject_of_care')!;
      const uid = String(patient['record_uid']);
      // Every allergy about this subject of care, so that $everything has something to gather.
      for (const r of records) if (r['record_type'] === 'allergies') r['subject_of_care'] = { record_type: 'subject_of_care', record_uid: uid };
      // Alerts say whom they concern through a link to any care actor: about this person for all but the last, which
      // concerns a care worker and so is not theirs.
      const alerts = records.filter((r) => r['record_type'] === 'alert');
      const worker = records.find((r) => r['record_type'] === 'care_worker')!;
      alerts.forEach((a, i) => {
        a['subject'] = i < alerts.length - 1 ? { record_type: 'subject_of_care', record_uid: uid } : { record_type: 'care_worker', record_uid: worker['record_uid'] };
        a['free_text'] ??= 'An alert';
      });
      const order = ['care_worker', 'subject_of_care'];
      const rank = (r: Json) => (order.indexOf(String(r['record_type'])) + 3) % 3;
      for (const record of [...records].sort((a, b) => rank(a) - rank(b))) {
        const res = await fetch(`${base}/${kebabName(String(record['record_type']))}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(record) });
        expect(res.status, await res.text()).toBe(201);
      }
      const expected = toResource(patient, plans.byClass.get('subject_of_care')!, plans);

      const read = await get(base, `/fhir/Patient/${uid}`);
      expect(read.status).toBe(200);
      expect(read.type).toBe('application/fhir+json');
      expect(read.body).toEqual(expected.resource);
      expect(accepted(read.body)).toEqual([]);
      expect((await get(base, `/fhir/Patient/${uid}/_history/1`)).body).toEqual(expected.resource);

      const provenance = await get(base, `/fhir/Provenance/${uid}.change-log.1`);
      expect(provenance.status).toBe(200);
      expect(provenance.body).toEqual(expected.linked[0]!.resource);
      expect((provenance.body['target'] as Json[])[0]).toMatchObject({ reference: `Patient/${uid}/_history/1` });
      expect(accepted(provenance.body)).toEqual([]);

      const allergies = records.filter((r) => r['record_type'] === 'allergies');
      expect(allergies.length).toBeGreaterThan(0);
      const everything = await get(base, `/fhir/Patient/${uid}/$everything`);
      expect(everything.status).toBe(200);
      expect(everything.body).toMatchObject({ resourceType: 'Bundle', type: 'searchset' });
      const entries = everything.body['entry'] as { resource: Json; search: { mode: string } }[];
      expect(entries[0]!.resource).toEqual(expected.resource);
      expect(entries[0]!.search.mode).toBe('match');
      expect(entries.filter((e) => e.resource['resourceType'] === 'AllergyIntolerance').map((e) => e.resource['id']).sort()).toEqual(allergies.map((a) => a['record_uid']).sort());
      expect(alerts.length).toBeGreaterThan(1);
      expect(entries.filter((e) => e.resource['resourceType'] === 'Flag').map((e) => e.resource['id']).sort()).toEqual(alerts.slice(0, -1).map((a) => a['record_uid']).sort());
      expect(entries.filter((e) => e.resource['resourceType'] === 'Provenance').length).toBe(1 + allergies.length + alerts.length - 1);
      expect(accepted(everything.body)).toEqual([]);

      const metadata = await get(base, '/fhir/metadata');
      expect(metadata.body).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1' });
      expect(accepted(metadata.body)).toEqual([]);
    });
  });

  it('answers what it cannot do with an OperationOutcome, and asks for the token like the API', async () => {
    await withReferenceServer({}, async (base) => {
      const missing = await get(base, '/fhir/Patient/no-such-record');
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found' }] });
      expect(accepted(missing.body)).toEqual([]);
      expect((await get(base, '/fhir/Patient/x/_history/zero')).status).toBe(404);
      expect((await get(base, '/fhir/Provenance/x.change-log.1')).status).toBe(404);
      const write = await fetch(`${base}/fhir/Patient`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: '{}' });
      expect(write.status).toBe(405);
      expect(((await write.json()) as Json)['resourceType']).toBe('OperationOutcome');
      expect((await get(base, '/fhir/metadata', false)).status).toBe(401);
    });
  });
});
