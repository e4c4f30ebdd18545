import { r4Definitions, type SpecModel } from '../../generator/src/kit.ts';
import { fhirPlans, type FhirPlans } from '../fhir/plan.ts';
import { toResource } from '../fhir/write.ts';
import type { Records } from './records.ts';

type Json = Record<string, unknown>;

/** What the facade answers: a status and a FHIR resource (an OperationOutcome when it is an error). */
export interface FhirAnswer {
  readonly status: number;
  readonly body: Json;
}

/** Records a $everything read gathers at most, so that one request cannot make the server read its whole store. */
const everythingLimit = 10_000;
const pageSize = 500;

/**
 * A read-only FHIR R4 facade over the reference supplier's store: `GET /fhir/<Type>/<id>` (and `/_history/<v>`)
 * gives a record as the resource its class maps to, by the same transform as `fhir export`; a change-log entry is its
 * own Provenance (`/fhir/Provenance/<uid>.change-log.<k>`); `GET /fhir/Patient/<id>/$everything` gives a searchset
 * Bundle of the subject of care, every record about them and their change logs; `/fhir/metadata` says what it can
 * do. A resource id is the record uid (a uid that is no FHIR id is not reachable here). It writes nothing.
 */
export class FhirFacade {
  private readonly plans: FhirPlans;
  private readonly subjectElements: ReadonlyMap<string, string>;

  constructor(
    private readonly model: SpecModel,
    private readonly store: Records,
    subjectElements: ReadonlyMap<string, string>,
  ) {
    this.plans = fhirPlans(model, r4Definitions());
    this.subjectElements = subjectElements;
  }

  async answer(parts: readonly string[], method: string): Promise<FhirAnswer> {
    if (method !== 'GET') return outcome(405, 'not-supported', 'This FHIR facade is read-only: only GET is answered.');
    if (parts.length === 1 && parts[0] === 'metadata') return { status: 200, body: this.capabilityStatement() };
    const [type, id, third, fourth] = parts;
    if (type === undefined || id === undefined || parts.length > 4) return outcome(404, 'not-found', 'Read a resource as /fhir/<Type>/<id>.');
    if (parts.length === 3 && third === '$everything' && type === 'Patient') return await this.everything(id);
    if (type === 'Provenance' && parts.length === 2) return await this.provenance(id);
    const version = parts.length === 4 && third === '_history' ? Number(fourth) : undefined;
    if (parts.length !== 2 && (version === undefined || !Number.isInteger(version) || version < 1)) return outcome(404, 'not-found', 'Read a resource as /fhir/<Type>/<id> or /fhir/<Type>/<id>/_history/<version>.');
    const found = await this.record(type, id, version);
    return found ? { status: 200, body: found.resource } : outcome(404, 'not-found', `No ${type} with this id${version === undefined ? '' : ' and version'}.`);
  }

  private async record(type: string, uid: string, version?: number): Promise<{ resource: Json; linked: Json[]; body: Json } | undefined> {
    const held = await this.store.exists(uid);
    const plan = held ? this.plans.byClass.get(held.recordType) : undefined;
    if (!held || !plan || plan.resourceType !== type) return undefined;
    const body = version === undefined ? (await this.store.current(held.recordType, uid))?.body : await this.store.version(held.recordType, uid, version);
    if (!body) return undefined;
    const exported = toResource(body, plan, this.plans);
    return { resource: exported.resource, linked: exported.linked.map((l) => l.resource), body };
  }

  private async provenance(id: string): Promise<FhirAnswer> {
    const match = /^(.+)\.([a-z-]+)\.([1-9][0-9]{0,8})$/.exec(id);
    const held = match ? await this.store.exists(match[1]!) : undefined;
    const plan = held ? this.plans.byClass.get(held.recordType) : undefined;
    const found = plan ? await this.record(plan.resourceType, match![1]!) : undefined;
    const resource = found?.linked.find((r) => r['id'] === id);
    return resource ? { status: 200, body: resource } : outcome(404, 'not-found', 'No Provenance with this id.');
  }

  /** The subject of care, every record about them, and the change logs of all of them, as one searchset Bundle. */
  private async everything(id: string): Promise<FhirAnswer> {
    const subject = await this.record('Patient', id);
    if (!subject) return outcome(404, 'not-found', 'No Patient with this id.');
    const resources: Json[] = [subject.resource, ...subject.linked];
    let records = 1;
    for (const [recordType] of this.subjectElements) {
      const plan = this.plans.byClass.get(recordType);
      if (!plan) continue;
      for (let after = 0; ; ) {
        const page = await this.store.search({ recordType, subject: id }, pageSize, after);
        for (const body of page.items) {
          if ((records += 1) > everythingLimit) return outcome(422, 'too-costly', `More than ${everythingLimit} records are about this subject of care; read them by class through the asc-mods API.`);
          const exported = toResource(body, plan, this.plans);
          resources.push(exported.resource, ...exported.linked.map((l) => l.resource));
        }
        if (!page.more || page.last === undefined) break;
        after = page.last;
      }
    }
    return { status: 200, body: { resourceType: 'Bundle', type: 'searchset', total: resources.length, entry: resources.map((resource) => ({ fullUrl: `${String(resource['resourceType'])}/${String(resource['id'])}`, resource, search: { mode: resource === subject.resource ? 'match' : 'include' } })) } };
  }

  private capabilityStatement(): Json {
    const types = [...new Set([...this.plans.byResource.keys(), ...this.plans.linkedByResource.keys()])].sort();
    return {
      resourceType: 'CapabilityStatement',
      status: 'active',
      date: this.model.standard.publication_date,
      kind: 'instance',
      software: { name: 'asc-mods reference supplier (FHIR R4 read-only facade)', version: this.model.standard.release },
      implementation: { description: 'The asc-mods reference supplier: MODS records read as FHIR R4 resources by the spec\'s FHIR mapping' },
      fhirVersion: '4.0.1',
      format: ['json'],
      rest: [
        {
          mode: 'server',
          resource: types.map((type) => ({
            type,
            interaction: [{ code: 'read' }, ...(type === 'Provenance' ? [] : [{ code: 'vread' }])],
            ...(type === 'Patient' ? { operation: [{ name: 'everything', definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything' }] } : {}),
          })),
        },
      ],
    };
  }
}

function outcome(status: number, code: string, diagnostics: string): FhirAnswer {
  return { status, body: { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics }] } };
}
