import { auditFields } from '../../generator/src/kit.ts';
import { classOf, fromLinked, fromResource, starred, type ImportedEntry } from './read.ts';
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
  for (const pointer of imported.unplaced) bump(summary.unplaced, `${type}${starred(pointer)}`);
  for (const n of imported.notes) bump(summary.notes, n);
  bump(summary.records, chosen.className);
  return imported.record;
}

/**
 * The import itself, logged as the change-log entry of each record whose resource came without Provenance (FHIR's
 * audit trail is optional; MODS requires one): the system the records now live in, the care actor who imported
 * them (a reference, `{record_type, record_uid}`), and when.
 */
export interface ImportAudit {
  readonly system: string;
  readonly committer: Json;
  /** The time of the import, an ISO date-time with its zone. */
  readonly date: string;
}

/**
 * An import of many resources: records as their resources come, and the entries that stand as resources of their
 * own (Provenance, the change log) put back into the records they refer to once every resource has been read, as
 * they may come before or after them. A record version carries the entries up to its own version, oldest first.
 */
export class FhirImport {
  readonly summary = newImportSummary();
  private readonly records: { readonly key: string; readonly record: Json }[] = [];
  private readonly entries = new Map<string, { readonly element: string; readonly imported: ImportedEntry; readonly order: number }[]>();
  private count = 0;

  constructor(
    private readonly plans: FhirPlans,
    private readonly audit?: ImportAudit,
  ) {}

  add(resource: Json): void {
    const type = typeof resource['resourceType'] === 'string' ? resource['resourceType'] : '';
    const linked = this.plans.linkedByResource.get(type);
    if (linked && !this.plans.byResource.has(type)) {
      this.summary.resources += 1;
      const imported = fromLinked(resource, linked, this.plans);
      for (const pointer of imported.unplaced) bump(this.summary.unplaced, `${type}${starred(pointer)}`);
      if (!imported.host) return void bump(this.summary.unplaced, `${type} (no reference back to a record's resource)`);
      const list = this.entries.get(imported.host.key) ?? [];
      list.push({ element: linked.name, imported, order: (this.count += 1) });
      this.entries.set(imported.host.key, list);
      return;
    }
    const record = importResource(resource, this.plans, this.summary);
    if (record) this.records.push({ key: `${type}/${String(resource['id'])}`, record });
  }

  /** The records, in the order their resources came, each with its entries. */
  finish(): Json[] {
    const used = new Set<string>();
    for (const { key, record } of this.records) {
      const entries = this.entries.get(key);
      if (!entries) {
        this.logImport(key, record);
        continue;
      }
      used.add(key);
      const version = record['version_number'];
      const upTo = entries.filter((e) => typeof version !== 'number' || e.imported.host?.version === undefined || e.imported.host.version <= version);
      const ordered = [...upTo].sort((a, b) => (a.imported.host?.version ?? 0) - (b.imported.host?.version ?? 0) || a.order - b.order);
      for (const e of ordered) {
        // The record an entry belongs to is the one it refers to: its uid, where the entry does not give it.
        const entry = e.imported.entry['record_uid'] === undefined && 'record_uid' in record ? { ...e.imported.entry, record_uid: record['record_uid'] } : e.imported.entry;
        ((record[e.element] ??= []) as Json[]).push(entry);
      }
    }
    for (const [key, entries] of this.entries) if (!used.has(key)) bump(this.summary.unplaced, `${key.split('/')[0]} entries (${String(entries.length)}) whose record's resource is not in the input`);
    return this.records.map((r) => r.record);
  }

  /** A record whose resource had no Provenance: its import as its one change-log entry, or a note that it has none. */
  private logImport(key: string, record: Json): void {
    const plan = this.plans.byClass.get(String(record['record_type']));
    if (!plan?.linked.some((l) => l.name === auditFields.changeLog)) return;
    if (!this.audit) {
      bump(this.summary.notes, 'no change log: the resource came without Provenance (give --system and --committer to log the import as its entry)');
      return;
    }
    const version = record[auditFields.versionNumber];
    const entry: Json = {
      [auditFields.entryDate]: this.audit.date,
      [auditFields.entryChangeType]: version === 1 ? { code: 'created', display: 'Created' } : { code: 'modified', display: 'Modified' },
      description: `Imported from FHIR ${key}`,
      [auditFields.entrySystem]: this.audit.system,
      [auditFields.entryCommitter]: this.audit.committer,
      [auditFields.entryRecordUid]: record[auditFields.recordUid],
      [auditFields.entryVersion]: version,
    };
    record[auditFields.changeLog] = [entry];
    bump(this.summary.notes, 'change log: the import logged as the one entry (the resource came without Provenance)');
  }
}
