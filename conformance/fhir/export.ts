import { createHash } from 'node:crypto';
import type { RecordInput } from '../files/input/record-input.ts';
import type { FhirPlans } from './plan.ts';
import { toResource } from './write.ts';

type Json = Record<string, unknown>;

/** What an export did, for its summary: nothing in it is a value from the records. */
export interface ExportSummary {
  records: number;
  /** Resources written, by type. */
  readonly resources: Map<string, number>;
  /** Records of classes that map to no resource (unmapped, or not a record class), by class. */
  readonly skipped: Map<string, number>;
  /** Records that could not be read, with where they are and why (no value quoted). */
  readonly unreadable: { readonly where: string; readonly message: string }[];
  /** Values with no place in FHIR, by class and element (not mapped, or not yet). */
  readonly unplaced: Map<string, number>;
  /** Resources that lack an element FHIR requires (FHIR refuses them), by class and element. */
  readonly incomplete: Map<string, number>;
}

export function newExportSummary(): ExportSummary {
  return { records: 0, resources: new Map(), skipped: new Map(), unreadable: [], unplaced: new Map(), incomplete: new Map() };
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** MODS records → FHIR R4 resources, one per record of a class mapped to a resource, in the records' order. */
export async function* exportRecords(inputs: AsyncIterable<RecordInput>, plans: FhirPlans, summary: ExportSummary): AsyncGenerator<Json> {
  const written = new Map<string, string>();
  for await (const input of inputs) {
    summary.records += 1;
    const where = `${input.location.file}${input.location.line ? `:${input.location.line}` : ''} record ${input.location.record}`;
    if (input.problem || input.value === null || typeof input.value !== 'object' || Array.isArray(input.value)) {
      summary.unreadable.push({ where, message: input.problem?.message ?? 'the record is not a JSON object' });
      continue;
    }
    const record = input.value as Json;
    const type = typeof record['record_type'] === 'string' ? record['record_type'] : '';
    const plan = plans.byClass.get(type);
    if (!plan) {
      bump(summary.skipped, type === '' ? '(no record_type)' : type);
      continue;
    }
    const { resource, unplaced, missing, linked } = toResource(record, plan, plans);
    for (const path of unplaced) bump(summary.unplaced, `${type}.${path}`);
    for (const key of missing) bump(summary.incomplete, `${type} (${plan.resourceType}.${key})`);
    bump(summary.resources, plan.resourceType);
    yield resource;
    for (const entry of linked) {
      // A record's later versions carry its earlier entries again: the same entry is the same resource, written once.
      const digest = createHash('sha256').update(JSON.stringify(entry.resource)).digest('base64');
      const key = `${String(entry.resource['resourceType'])}/${String(entry.resource['id'])}`;
      if (written.get(key) === digest) continue;
      written.set(key, digest);
      for (const k of entry.missing) bump(summary.incomplete, `${type}.${entry.element} (${String(entry.resource['resourceType'])}.${k})`);
      bump(summary.resources, String(entry.resource['resourceType']));
      yield entry.resource;
    }
  }
}

/** A FHIR transaction Bundle of resources: each PUT at its own id, so references between them ('Patient/x') resolve. */
export function transactionBundle(resources: readonly Json[]): Json {
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: resources.map((resource) => ({ resource, request: { method: 'PUT', url: `${String(resource['resourceType'])}/${String(resource['id'])}` } })),
  };
}
