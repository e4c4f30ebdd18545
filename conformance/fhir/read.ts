import type { PathStep, StepInfo } from '../../generator/src/kit.ts';
import { recordTypeTag, type ClassPlan, type FhirPlans, type LinkedPlan, type PlacedElement } from './plan.ts';
import { typedLiteral } from './write.ts';

type Json = Record<string, unknown>;

/** A FHIR resource read back as a MODS record, with every FHIR value it could not place. */
export interface Imported {
  readonly className: string;
  readonly record: Json;
  /** JSON Pointers (into the resource) of the values no mapped element took. */
  readonly unplaced: readonly string[];
  /** What the import had to decide: the class when the resource did not say, a uid or version it did not give. */
  readonly notes: readonly string[];
}

/** What a resource's meta, id and narrative hold is the resource's own, not a MODS element's: never reported. */
const ownPointers = [/^\/resourceType$/, /^\/id$/, /^\/meta\/profile\//, /^\/meta\/lastUpdated$/, /^\/text\//];

/** The class a resource holds: its tag's, or else the first class mapped to its type (undefined when none is). */
export function classOf(resource: Json, plans: FhirPlans): { className: string; note: string | undefined } | undefined {
  const tags = ((resource['meta'] as Json | undefined)?.['tag'] as Json[] | undefined) ?? [];
  const tagged = tags.find((t) => t['system'] === recordTypeTag)?.['code'];
  if (typeof tagged === 'string' && plans.byClass.get(tagged)?.resourceType === resource['resourceType']) return { className: tagged, note: undefined };
  const candidates = plans.byResource.get(String(resource['resourceType'])) ?? [];
  if (candidates.length === 0) return undefined;
  return { className: candidates[0]!, note: candidates.length > 1 ? `read as ${candidates[0]}, the first of ${candidates.join(', ')} that ${String(resource['resourceType'])} maps from (tag it with ${recordTypeTag} to choose)` : undefined };
}

/** Read a resource by its class's plan. */
export function fromResource(resource: Json, plan: ClassPlan, plans: FhirPlans, note?: string): Imported {
  const consumed = new Set<string>();
  const truncated: string[] = [];
  const record: Json = { record_type: plan.className, ...readElements(resource, '', plan.elements, plans, consumed, truncated) };
  // A fixed value (CarePlan.intent = plan) is the class's own, not a record's: taken when it is the same, reported when not.
  for (const f of plan.fixed) for (const found of collect(resource, '', f.steps, f.info, consumed)) if (found.value === f.value) consumed.add(found.pointer);
  // A resource that did not come from asc-mods has no uid identifier: its id is its identity. And FHIR's version
  // is optional: without one, the resource is taken as the record's first version. Each is noted.
  const notes: string[] = note === undefined ? [] : [note];
  for (const name of new Set(truncated)) notes.push(`${plan.className}.${name}: a FHIR date and time read as its date, as MODS holds a date there (the time of day is not kept)`);
  if (record['record_uid'] === undefined && typeof resource['id'] === 'string') {
    record['record_uid'] = resource['id'];
    notes.push('record uid taken from the resource id (no urn:asc-mods:record-uid identifier)');
  }
  if (record['version_number'] === undefined) {
    record['version_number'] = 1;
    notes.push('version number 1 given (no meta.versionId)');
  }
  const tags = ((resource['meta'] as Json | undefined)?.['tag'] as Json[] | undefined) ?? [];
  tags.forEach((t, i) => {
    if (t['system'] === recordTypeTag) for (const key of Object.keys(t)) consumed.add(`/meta/tag/${i}/${key}`);
  });
  const unplaced = leaves(resource, '').filter((p) => !consumed.has(p) && !ownPointers.some((r) => r.test(p)));
  return { className: plan.className, record: ordered(record, plan), unplaced, notes };
}

/** The record's keys in its class's order (record_type first), whatever order they were filled in. */
function ordered(record: Json, plan: ClassPlan): Json {
  const out: Json = { record_type: record['record_type'] };
  for (const e of plan.elements) if (record[e.name] !== undefined) out[e.name] = record[e.name];
  for (const [k, v] of Object.entries(record)) if (!(k in out)) out[k] = v;
  return out;
}

/** A resource that holds one entry of a record's component (a Provenance: one change-log entry), and the record's resource it refers back to. */
export interface ImportedEntry {
  readonly entry: Json;
  /** The record's resource, 'Patient/<id>', and the version the reference names (_history), if it does. */
  readonly host: { readonly key: string; readonly version: number | undefined } | undefined;
  readonly unplaced: readonly string[];
}

/** Read an entry's resource by its plan: the path back to the record first, then the component's elements. */
export function fromLinked(resource: Json, linked: LinkedPlan, plans: FhirPlans): ImportedEntry {
  const consumed = new Set<string>();
  const [back] = collect(resource, '', linked.back.steps, linked.back.info, consumed).filter((f) => f.value !== null && typeof f.value === 'object');
  const reference = back ? (back.value as Json)['reference'] : undefined;
  const parts = typeof reference === 'string' ? /^(?:.*\/)?([A-Z][A-Za-z]*)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/([0-9]{1,9}))?$/.exec(reference) : null;
  if (parts && back) consumed.add(`${back.pointer}/reference`);
  const host = parts ? { key: `${parts[1]}/${parts[2]}`, version: parts[3] === undefined ? undefined : Number(parts[3]) } : undefined;
  const entry = readElements(resource, '', linked.elements, plans, consumed);
  // The version the reference names is the entry's, where the entry does not say (a Provenance from elsewhere).
  if (entry['record_version'] === undefined && host?.version !== undefined && linked.elements.some((e) => e.name === 'record_version')) entry['record_version'] = host.version;
  const unplaced = leaves(resource, '').filter((p) => !consumed.has(p) && !ownPointers.some((r) => r.test(p)));
  return { entry, host, unplaced };
}

/** `truncated` collects the (dotted) names of date elements whose FHIR value was a date and time. */
function readElements(node: Json, pointer: string, elements: readonly PlacedElement[], plans: FhirPlans, consumed: Set<string>, truncated: string[] = [], prefix = ''): Json {
  const out: Json = {};
  for (const element of elements) {
    const found = collect(node, pointer, element.steps, element.info, consumed);
    if (element.children) {
      const objects = found.filter((f) => f.value !== null && typeof f.value === 'object' && !Array.isArray(f.value));
      const read = objects.map((f) => readElements(f.value as Json, f.pointer, element.children!, plans, consumed, truncated, `${prefix}${element.name}.`)).filter((o) => Object.keys(o).length > 0);
      if (read.length > 0) out[element.name] = element.repeats ? read : read[0];
      continue;
    }
    const values = found
      .map((f) => {
        const value = back(f.value, f.pointer, element, plans, consumed);
        // FHIR's dateTime where MODS holds a date (Condition.recordedDate for a problem's date): the date is kept.
        const day = element.type === 'date' && typeof value === 'string' ? /^([0-9]{4}-[0-9]{2}-[0-9]{2})T/.exec(value)?.[1] : undefined;
        if (day === undefined) return value;
        truncated.push(prefix + element.name);
        return day;
      })
      .filter((v) => v !== undefined);
    if (values.length === 0) continue;
    out[element.name] = element.repeats ? values : values[0];
  }
  return out;
}

/** The values a path selects from a node, with their pointers; the where() fields and extension urls it tests are consumed. */
function collect(node: Json, pointer: string, steps: readonly PathStep[], info: readonly StepInfo[], consumed: Set<string>): { value: unknown; pointer: string }[] {
  let current: { value: unknown; pointer: string }[] = [{ value: node, pointer }];
  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i]!;
    const next: { value: unknown; pointer: string }[] = [];
    for (const { value, pointer: at } of current) {
      if (step.kind === 'where') {
        const item = value as Json;
        if (item[step.field] === typedLiteral(step.value, info[i]!.type)) {
          consumed.add(`${at}/${step.field}`);
          next.push({ value, pointer: at });
        }
        continue;
      }
      if (value === null || typeof value !== 'object') continue;
      const key = step.kind === 'extension' ? 'extension' : step.name;
      const child = (value as Json)[key];
      if (child === undefined) continue;
      if (Array.isArray(child)) {
        child.forEach((item, k) => {
          if (step.kind === 'element' && step.index !== undefined && k !== step.index) return;
          if (step.kind === 'extension') {
            if ((item as Json)?.['url'] !== step.url) return;
            consumed.add(`${at}/extension/${k}/url`);
          }
          next.push({ value: item, pointer: `${at}/${key}/${k}` });
        });
      } else {
        next.push({ value: child, pointer: `${at}/${key}` });
      }
    }
    current = next;
  }
  return current;
}

/** A FHIR value back to its MODS form, consuming what it reads. */
function back(value: unknown, pointer: string, element: PlacedElement, plans: FhirPlans, consumed: Set<string>): unknown {
  const take = (path: string, v: unknown) => (v === undefined ? undefined : (consumed.add(`${pointer}${path}`), v));
  if (element.transform === 'text') {
    consumed.add(pointer);
    return element.type === 'integer' || element.type === 'decimal' ? Number(value) : value;
  }
  if (element.type === 'coded') {
    if (typeof value === 'string') {
      consumed.add(pointer);
      const code = element.fromFhir?.get(value) ?? value;
      const display = element.displays?.get(code);
      return { code, ...(display !== undefined ? { display } : {}) };
    }
    const coding = element.fhirType === 'CodeableConcept' ? ((value as Json)['coding'] as Json[] | undefined)?.[0] : (value as Json);
    if (!coding) return undefined;
    const at = element.fhirType === 'CodeableConcept' ? '/coding/0' : '';
    const system = take(`${at}/system`, coding['system']);
    const fhirCode = take(`${at}/code`, coding['code']);
    const display = take(`${at}/display`, coding['display']);
    if (fhirCode === undefined) return undefined;
    const code = (typeof fhirCode === 'string' ? element.fromFhir?.get(fhirCode) : undefined) ?? fhirCode;
    const implied = system === element.system || (element.fhirSystem !== undefined && system === element.fhirSystem);
    return { ...(system !== undefined && !implied ? { system } : {}), code, ...(display !== undefined ? { display } : {}) };
  }
  if (element.type === 'reference') {
    const ref = value as Json;
    const raw = typeof ref['reference'] === 'string' ? ref['reference'] : undefined;
    const [type, id] = raw === undefined ? [undefined, undefined] : raw.split('/').slice(-2);
    const targets = type === undefined ? [] : (plans.byResource.get(type) ?? []);
    const allowed = element.target === undefined ? undefined : plans.recordsOf.get(element.target);
    const candidates = allowed === undefined ? targets : targets.filter((c) => allowed.has(c));
    // A reference to a resource that holds no class the element may refer to (a Consent's performer that is the
    // Patient, where MODS refers to a proxy) is not taken: it is reported, not read as a reference MODS refuses.
    if (type !== undefined && allowed !== undefined && candidates.length === 0) return undefined;
    take('/reference', raw);
    const identifier = ref['identifier'] as Json | undefined;
    const idValue = identifier ? take('/identifier/value', identifier['value']) : undefined;
    if (identifier) take('/identifier/system', identifier['system']);
    const tagged = ((ref['extension'] as Json[] | undefined) ?? []).findIndex((e) => e['url'] === recordTypeTag && typeof e['valueCode'] === 'string' && targets.includes(e['valueCode'] as string));
    if (tagged !== -1) (take(`/extension/${tagged}/url`, true), take(`/extension/${tagged}/valueCode`, true));
    const recordType = tagged !== -1 ? ((ref['extension'] as Json[])[tagged]!['valueCode'] as string) : element.target !== undefined && candidates.includes(element.target) ? element.target : candidates[0];
    const uid = typeof idValue === 'string' ? idValue : id;
    const display = take('/display', ref['display']);
    if (uid === undefined) return undefined;
    return { ...(recordType ? { record_type: recordType } : {}), record_uid: uid, ...(display !== undefined ? { display } : {}) };
  }
  consumed.add(pointer);
  return value;
}

/** A JSON Pointer with its list positions as *, so that values at the same place in many resources count together. */
export function starred(pointer: string): string {
  return pointer.replace(/\/[0-9]+(?=\/|$)/g, '/*');
}

/** The pointers of every primitive value in a JSON value (pushed into one list: an import walks every resource). */
function leaves(value: unknown, pointer: string, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) leaves(value[i], `${pointer}/${i}`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const k of Object.keys(value)) leaves((value as Json)[k], `${pointer}/${k.includes('~') || k.includes('/') ? k.replaceAll('~', '~0').replaceAll('/', '~1') : k}`, out);
  } else {
    out.push(pointer);
  }
  return out;
}
