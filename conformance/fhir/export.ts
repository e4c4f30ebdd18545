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

/** A resource written: the resource, and its JSON text (made once, for the output and for telling repeats apart). */
export interface ExportedResource {
  readonly resource: Json;
  readonly text: string;
}

/** MODS records → FHIR R4 resources, one per record of a class mapped to a resource, in the records' order. */
export async function* exportRecords(inputs: AsyncIterable<RecordInput>, plans: FhirPlans, summary: ExportSummary): AsyncGenerator<ExportedResource> {
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
    yield { resource, text: JSON.stringify(resource) };
    for (const entry of linked) {
      // A record's later versions carry its earlier entries again: the same entry is the same resource, written once.
      const text = JSON.stringify(entry.resource);
      const digest = createHash('sha1').update(text).digest('base64');
      const key = `${String(entry.resource['resourceType'])}/${String(entry.resource['id'])}`;
      if (written.get(key) === digest) continue;
      written.set(key, digest);
      for (const k of entry.missing) bump(summary.incomplete, `${type}.${entry.element} (${String(entry.resource['resourceType'])}.${k})`);
      bump(summary.resources, String(entry.resource['resourceType']));
      yield { resource: entry.resource, text };
    }
  }
}

/**
 * A FHIR transaction Bundle of resources, from their JSON texts: each PUT at its own id, so references between them
 * ('Patient/x') resolve. Built as text, so that a large export holds its resources' text, not their objects, once.
 */
export function transactionBundleText(resources: readonly { readonly type: string; readonly id: string; readonly text: string }[]): string {
  const entries = resources.map((r) => `{"resource":${r.text},"request":${JSON.stringify({ method: 'PUT', url: `${r.type}/${r.id}` })}}`);
  return `{"resourceType":"Bundle","type":"transaction","entry":[${entries.join(',')}]}`;
}
