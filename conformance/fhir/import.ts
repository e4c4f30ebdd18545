import { classOf, fromResource } from './read.ts';
import type { FhirPlans } from './plan.ts';

type Json = Record<string, unknown>;

/** What an import did, for its summary: element paths and counts, never a value. */
export interface ImportSummary {
  resources: number;
  /** Records written, by class. */
  readonly records: Map<string, number>;
  /** Resources of types no class maps from, by type (Bundles are opened, not counted). */
  readonly skipped: Map<string, number>;
  /** FHIR values no MODS element took, by resource type and path (list positions as *). */
  readonly unplaced: Map<string, number>;
  /** How classes were chosen for resources that did not say (several classes map to their type). */
  readonly notes: Map<string, number>;
  readonly unreadable: { readonly where: string; readonly message: string }[];
}

export function newImportSummary(): ImportSummary {
  return { resources: 0, records: new Map(), skipped: new Map(), unplaced: new Map(), notes: new Map(), unreadable: [] };
}

const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/** The resources a parsed FHIR JSON value holds: itself, or a Bundle's entries (nested Bundles too). */
export function* resourcesIn(value: unknown, depth = 0): Generator<Json> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || depth > 8) return;
  const resource = value as Json;
  if (resource['resourceType'] === 'Bundle') {
    for (const entry of (resource['entry'] as Json[] | undefined) ?? []) yield* resourcesIn(entry?.['resource'], depth + 1);
    return;
  }
  yield resource;
}

/** One FHIR resource → the MODS record it holds (undefined when no class maps from its type). */
export function importResource(resource: Json, plans: FhirPlans, summary: ImportSummary): Json | undefined {
  summary.resources += 1;
  const chosen = classOf(resource, plans);
  const type = typeof resource['resourceType'] === 'string' ? resource['resourceType'] : '(no resourceType)';
  if (!chosen) {
    bump(summary.skipped, type);
    return undefined;
  }
  const plan = plans.byClass.get(chosen.className)!;
  const imported = fromResource(resource, plan, plans, chosen.note);
  for (const pointer of imported.unplaced) bump(summary.unplaced, `${type}${pointer.replace(/\/[0-9]+(?=\/|$)/g, '/*')}`);
  if (chosen.note) bump(summary.notes, chosen.note);
  bump(summary.records, chosen.className);
  return imported.record;
}
