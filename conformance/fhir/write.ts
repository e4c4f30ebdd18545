import { missingRequired, type PathStep, type StepInfo } from '../../generator/src/kit.ts';
import { fhirId, idIsUid } from './ids.ts';
import { recordTypeTag, type ClassPlan, type FhirPlans, type LinkedPlan, type PlacedElement } from './plan.ts';

type Json = Record<string, unknown>;

/** A MODS record as a FHIR R4 resource, by its class's plan; what the record holds that has no place is listed. */
export interface Exported {
  readonly resource: Json;
  /** Dotted MODS paths of the values the record holds that FHIR has no place for (unmapped, or not mapped yet). */
  readonly unplaced: readonly string[];
  /** The elements FHIR requires that this resource lacks (not mapped, or the record has no value for them): FHIR refuses it. */
  readonly missing: readonly string[];
  /** The resources of the record's entries that stand on their own (its change log as Provenance), each referring back. */
  readonly linked: readonly { readonly resource: Json; readonly element: string; readonly missing: readonly string[] }[];
}

/**
 * Write a record (already valid MODS) as its class's resource: the id from its uid, its UK Core profile and a tag
 * naming its class in meta, then each placed element along its path. A value of an element that repeats makes new
 * list items along its path; a single value finds the item its path selects (by where() or an extension's url) or
 * makes it, so that two elements that share a parent (an NHS number and its verification status) share the item.
 */
export function toResource(record: Json, plan: ClassPlan, plans: FhirPlans): Exported {
  const uid = typeof record['record_uid'] === 'string' ? record['record_uid'] : '';
  const meta: Json = { ...(plan.profile ? { profile: [plan.profile] } : {}), tag: [{ system: recordTypeTag, code: plan.className }] };
  const resource: Json = { resourceType: plan.resourceType, id: fhirId(uid), meta };
  writeElements(record, plan.elements, resource, plans);
  for (const f of plan.fixed) setLeaf(resource, f.steps, f.info, false, f.value);
  compactLists(resource);
  const unplaced = plan.unplaced.filter((path) => valueAt(record, path.split('.')) !== undefined);
  const linked = plan.linked.flatMap((l) => linkedResources(record, uid, l, plan, plans));
  return { resource, unplaced, missing: missingRequired(resource, plan.required), linked };
}

/**
 * A record's entries of a component that stands as resources of their own (its change log, as Provenance): entry k
 * (from 1) has the id <uid>.<element>.<k>, so that the same entry, carried again by the record's later versions,
 * is the same resource; each refers back to the record's resource at the version the entry gives (_history).
 */
function linkedResources(record: Json, uid: string, linked: LinkedPlan, plan: ClassPlan, plans: FhirPlans): Exported['linked'] {
  const entries = record[linked.name];
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry: unknown, k) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return [];
    const resource: Json = { resourceType: linked.resourceType, id: fhirId(`${uid}.${linked.name.replaceAll('_', '-')}.${k + 1}`), ...(linked.profile ? { meta: { profile: [linked.profile] } } : {}) };
    const version = (entry as Json)['record_version'];
    const target = locate(resource, linked.back.steps, linked.back.info, false);
    target['reference'] = `${plan.resourceType}/${fhirId(uid)}${Number.isInteger(version) ? `/_history/${String(version)}` : ''}`;
    writeElements(entry as Json, linked.elements, resource, plans);
    compactLists(resource);
    return [{ resource, element: linked.name, missing: missingRequired(resource, linked.required) }];
  });
}

function writeElements(object: Json, elements: readonly PlacedElement[], node: Json, plans: FhirPlans): void {
  for (const element of elements) {
    const value = object[element.name];
    if (value === undefined || value === null) continue;
    const values = element.repeats && Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (element.children) {
        const child = element.steps.length === 0 ? node : locate(node, element.steps, element.info, element.repeats);
        if (item !== null && typeof item === 'object') writeElements(item as Json, element.children, child, plans);
      } else {
        const converted = convert(item, element, plans);
        if (converted !== undefined) setLeaf(node, element.steps, element.info, element.repeats, converted);
      }
    }
  }
}

/** The last step whose value is a list (no index): where a repeating element starts a new item for each value. */
function freshAt(steps: readonly PathStep[], info: readonly StepInfo[]): number {
  for (let i = steps.length - 1; i >= 0; i -= 1) {
    const step = steps[i]!;
    if (info[i]!.list && !(step.kind === 'element' && step.index !== undefined)) return i;
  }
  return -1;
}

/** Walks a path from a node, making what is missing, and returns the object the path ends at. */
function locate(node: Json, steps: readonly PathStep[], info: readonly StepInfo[], repeats: boolean): Json {
  const fresh = repeats ? freshAt(steps, info) : -1;
  let current: Json = node;
  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i]!;
    if (step.kind === 'where') continue;
    const wheres = followingWheres(steps, info, i);
    const key = step.kind === 'extension' ? 'extension' : step.name;
    if (!info[i]!.list) {
      current = (current[key] ??= {}) as Json;
      // A single element that a where() selects (AdverseEvent's one identifier) carries the value it is selected by.
      for (const w of wheres) current[w.field] ??= w.value;
      continue;
    }
    const items = (current[key] ??= []) as Json[];
    if (step.kind === 'element' && step.index !== undefined) {
      current = (items[step.index] ??= {}) as Json;
      continue;
    }
    const match = (item: Json) => (step.kind === 'extension' ? item['url'] === step.url : true) && wheres.every((w) => item[w.field] === w.value);
    let item = i === fresh ? undefined : items.find(match);
    if (!item) {
      item = step.kind === 'extension' ? { url: step.url } : {};
      for (const w of wheres) item[w.field] = w.value;
      items.push(item);
    }
    current = item;
  }
  return current;
}

/** The where() steps that filter the list of step i, with their values typed as the field is (a boolean is true, not 'true'). */
function followingWheres(steps: readonly PathStep[], info: readonly StepInfo[], i: number): { field: string; value: unknown }[] {
  const out: { field: string; value: unknown }[] = [];
  for (let j = i + 1; j < steps.length && steps[j]!.kind === 'where'; j += 1) {
    const w = steps[j] as Extract<PathStep, { kind: 'where' }>;
    out.push({ field: w.field, value: typedLiteral(w.value, info[j]!.type) });
  }
  return out;
}

export function typedLiteral(value: string, type: string): unknown {
  if (type === 'boolean') return value === 'true';
  if (type === 'integer' || type === 'positiveInt' || type === 'unsignedInt' || type === 'decimal') return Number(value);
  return value;
}

function setLeaf(node: Json, steps: readonly PathStep[], info: readonly StepInfo[], repeats: boolean, value: unknown): void {
  const last = steps[steps.length - 1]!;
  if (last.kind !== 'element') return;
  const parent = locate(node, steps.slice(0, -1), info.slice(0, -1), repeats);
  const leafInfo = info[info.length - 1]!;
  if (!leafInfo.list) {
    const existing = parent[last.name];
    // Two elements may share one FHIR object (a code's words and its coding): the second adds to the first.
    parent[last.name] = isObject(existing) && isObject(value) ? { ...existing, ...value } : value;
    return;
  }
  const items = (parent[last.name] ??= []) as unknown[];
  if (last.index !== undefined) items[last.index] = value;
  else items.push(value);
}

function convert(value: unknown, element: PlacedElement, plans: FhirPlans): unknown {
  if (element.transform === 'text') return String(value);
  if (element.type === 'coded' && value !== null && typeof value === 'object') {
    const v = value as Json;
    // Through the concept map where the element has one (entered_in_error is FHIR's entered-in-error).
    const code = (typeof v['code'] === 'string' ? element.toFhir?.get(v['code']) : undefined) ?? v['code'];
    const system = element.fhirSystem ?? v['system'] ?? element.system;
    const coding: Json = { ...(system ? { system } : {}), code, ...(v['display'] !== undefined ? { display: v['display'] } : {}) };
    if (element.fhirType === 'code') return code;
    if (element.fhirType === 'Coding') return coding;
    return { coding: [coding] };
  }
  if (element.type === 'reference' && value !== null && typeof value === 'object') {
    const v = value as Json;
    const type = typeof v['record_type'] === 'string' ? v['record_type'] : element.target;
    const uid = typeof v['record_uid'] === 'string' ? v['record_uid'] : '';
    const resource = type === undefined ? undefined : plans.byClass.get(type)?.resourceType;
    // The uid travels as an identifier where the reference cannot carry it: no resource to point at, or an id that is a digest of it.
    const keepUid = resource === undefined || (!idIsUid(uid) && plans.uidSystem !== undefined);
    const identifier = keepUid ? { identifier: { ...(plans.uidSystem ? { system: plans.uidSystem } : {}), value: uid } } : {};
    // Several classes map to some resource types (RelatedPerson: an unpaid carer, a personal contact, a proxy): the
    // reference then says which, as the resource's own tag does.
    const shared = resource !== undefined && (plans.byResource.get(resource)?.length ?? 0) > 1 && type !== undefined;
    return { ...(shared ? { extension: [{ url: recordTypeTag, valueCode: type }] } : {}), ...(resource ? { reference: `${resource}/${fhirId(uid)}` } : {}), ...identifier, ...(v['display'] !== undefined ? { display: v['display'] } : {}) };
  }
  return value;
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Lists with holes (line[1] given without line[0]) lose the holes: FHIR has no empty list item. */
function compactLists(value: unknown): void {
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i -= 1) if (!(i in value) || value[i] === undefined) value.splice(i, 1);
    for (const item of value) compactLists(item);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) compactLists(item);
  }
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (Array.isArray(current)) current = current.find((item) => valueAt(item, [key]) !== undefined)?.[key as never];
    else if (current !== null && typeof current === 'object') current = (current as Json)[key];
    else return undefined;
    if (current === undefined) return undefined;
  }
  return current;
}
