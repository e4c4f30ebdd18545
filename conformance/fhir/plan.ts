import { classFhir, concreteRecords, fhirRoot, followFhirPath, parseFhirPath, requiredElements, type ClassModel, type ElementModel, type ElementType, type FhirDefinitions, type PathStep, type SpecModel, type StepInfo } from '../../generator/src/kit.ts';

/** UK Core's canonical base: a profile named UKCore-Patient is https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient. */
export const ukCoreBase = 'https://fhir.hl7.org.uk/StructureDefinition/';
/** The tag that says which MODS class a resource holds, where several classes map to one resource type. */
export const recordTypeTag = 'urn:asc-mods:record-type';

/** Components nest a few levels at most; deeper is a cycle, which the checker reports. */
const maxDepth = 8;

/** A MODS element with a place in FHIR: its path from the node its parent maps to, resolved on the R4 definitions. */
export interface PlacedElement {
  readonly name: string;
  readonly repeats: boolean;
  readonly type: ElementType;
  readonly steps: readonly PathStep[];
  readonly info: readonly StepInfo[];
  /** The FHIR type the path ends at. */
  readonly fhirType: string;
  readonly transform: 'text' | undefined;
  /** A coded element's value set's code system, for a code that comes without one. */
  readonly system: string | undefined;
  /** A coded element's value set's displays, by code: what a FHIR code (which carries none) is read back with. */
  readonly displays: ReadonlyMap<string, string> | undefined;
  /** The concept map: the FHIR code each MODS code becomes, where not the same; and the way back. */
  readonly toFhir: ReadonlyMap<string, string> | undefined;
  readonly fromFhir: ReadonlyMap<string, string> | undefined;
  /** The FHIR code system the codes are written in, where not the value set's own (fhir.system). */
  readonly fhirSystem: string | undefined;
  readonly lossy: string | undefined;
  /** A component's own elements, placed from where its path ends. */
  readonly children: readonly PlacedElement[] | undefined;
  /** A reference's target class (a record or an abstract class). */
  readonly target: string | undefined;
}

/**
 * A component whose entries stand as resources of their own (a change-log entry as a Provenance): each refers back
 * to the record's resource along `back`, and carries the component's elements.
 */
export interface LinkedPlan {
  /** The record's element that holds the entries (change_log). */
  readonly name: string;
  readonly resourceType: string;
  readonly profile: string | undefined;
  readonly back: { readonly steps: readonly PathStep[]; readonly info: readonly StepInfo[] };
  readonly elements: readonly PlacedElement[];
  readonly required: readonly string[];
}

/** How one record class becomes one resource, and back. */
export interface ClassPlan {
  readonly className: string;
  readonly resourceType: string;
  readonly profile: string | undefined;
  readonly elements: readonly PlacedElement[];
  /** Values FHIR requires that MODS does not hold, written the same on every resource (CarePlan.intent = plan). */
  readonly fixed: readonly { readonly steps: readonly PathStep[]; readonly info: readonly StepInfo[]; readonly value: string | boolean | number }[];
  /** The components whose entries become resources of their own, referring back to this one. */
  readonly linked: readonly LinkedPlan[];
  /** The MODS elements (through components, dotted) that have no place in FHIR: unmapped, or not mapped yet. */
  readonly unplaced: readonly string[];
  /** The resource's elements FHIR R4 requires (keys, 'occurrence[x]'): a resource that lacks one is refused. */
  readonly required: readonly string[];
}

/** Every record class's plan (those mapped to a resource), and the system the record uid is written under. */
export interface FhirPlans {
  readonly byClass: ReadonlyMap<string, ClassPlan>;
  /** The classes each resource type may hold, in spec order. */
  readonly byResource: ReadonlyMap<string, readonly string[]>;
  /** The resource types that hold entries of a record's component (Provenance), and how to read them. */
  readonly linkedByResource: ReadonlyMap<string, LinkedPlan>;
  readonly uidSystem: string | undefined;
  /** Each class's record classes: itself if a record class, and every record class that extends it (care_actor's are the people and organisations). */
  readonly recordsOf: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The plans of a model's record classes, from its FHIR mapping (checked by the spec checker). */
export function fhirPlans(model: SpecModel, definitions: FhirDefinitions): FhirPlans {
  const classes = new Map(model.classes.map((c) => [c.name, c]));
  const systems = new Map(model.valueSets.map((v) => [v.id, v.system]));
  const displays = new Map(model.valueSets.map((v) => [v.id, new Map(v.codes.map((c) => [c.code, c.display]))]));
  const byClass = new Map<string, ClassPlan>();
  const byResource = new Map<string, string[]>();
  const linkedByResource = new Map<string, LinkedPlan>();
  for (const cls of model.classes) {
    if (cls.kind !== 'record') continue;
    const mapping = classFhir({ classes }, cls)?.mapping;
    const root = mapping && fhirRoot(mapping);
    if (!mapping?.resource || root === undefined) continue;
    const unplaced: string[] = [];
    const context = { definitions, classes, systems, displays, unplaced };
    const elements = place(cls.elements.filter((e) => e.fhir?.referenced_from === undefined), root, '', 0, context);
    const linked = cls.elements.flatMap((e) => linkedPlan(e, context) ?? []);
    for (const l of linked) linkedByResource.set(l.resourceType, l);
    const required = requiredElements(definitions, mapping.resource);
    const fixed = Object.entries(mapping.fixed ?? {}).flatMap(([path, value]) => {
      const followed = followFhirPath(definitions, root, path);
      return followed ? [{ steps: followed.steps, info: followed.resolved.steps, value }] : [];
    });
    byClass.set(cls.name, { className: cls.name, resourceType: mapping.resource, profile: mapping.profile === undefined ? undefined : ukCoreBase + mapping.profile, elements, fixed, linked, unplaced, required });
    byResource.set(mapping.resource, [...(byResource.get(mapping.resource) ?? []), cls.name]);
  }
  const uid = model.classes.find((c) => c.name === model.conventions.record_includes[0])?.ownElements.find((e) => e.name === 'record_uid');
  const where = uid?.fhir?.path ? parseFhirPath(uid.fhir.path) : undefined;
  const step = where && 'steps' in where ? where.steps.find((s) => s.kind === 'where' && s.field === 'system') : undefined;
  const uidSystem = step?.kind === 'where' ? step.value : undefined;
  return { byClass, byResource, linkedByResource, uidSystem: uidSystem && uidSystem.length > 0 ? uidSystem : undefined, recordsOf: recordClassesOf(model) };
}

/** Each class's record classes: itself if a record class, and every record class below it. */
function recordClassesOf(model: SpecModel): Map<string, Set<string>> {
  return new Map(model.classes.map((c) => [c.name, new Set(concreteRecords(model, c.name))]));
}

interface Context {
  readonly definitions: FhirDefinitions;
  readonly classes: ReadonlyMap<string, ClassModel>;
  readonly systems: ReadonlyMap<string, string | undefined>;
  readonly displays: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly unplaced: string[];
}

/** The plan of an element whose component class maps to a resource of its own (checked by the spec checker). */
function linkedPlan(element: ElementModel, context: Context): LinkedPlan | undefined {
  const back = element.fhir?.referenced_from;
  const target = element.target === undefined ? undefined : context.classes.get(element.target);
  if (back === undefined || !target?.fhir?.resource) return undefined;
  const [resourceType, ...rest] = back.split('.');
  const followed = followFhirPath(context.definitions, resourceType!, rest.join('.'));
  if (!followed) {
    context.unplaced.push(element.name);
    return undefined;
  }
  const unplaced: string[] = [];
  const elements = place(target.elements, resourceType!, '', 1, { ...context, unplaced });
  context.unplaced.push(...unplaced.map((u) => `${element.name}.${u}`));
  const profile = target.fhir.profile === undefined ? undefined : ukCoreBase + target.fhir.profile;
  return { name: element.name, resourceType: resourceType!, profile, back: { steps: followed.steps, info: followed.resolved.steps }, elements, required: requiredElements(context.definitions, resourceType!) };
}

function place(elements: readonly ElementModel[], root: string, prefix: string, depth: number, context: Context): PlacedElement[] {
  const placed: PlacedElement[] = [];
  for (const element of elements) {
    const path = element.fhir?.unmapped === undefined ? element.fhir?.path : undefined;
    const followed = path === undefined || depth > maxDepth ? undefined : followFhirPath(context.definitions, root, path);
    if (!followed) {
      context.unplaced.push(prefix + element.name);
      continue;
    }
    const { steps, resolved } = followed;
    const target = element.target === undefined ? undefined : context.classes.get(element.target);
    placed.push({
      name: element.name,
      repeats: element.cardinality?.max === '*',
      type: element.type,
      steps,
      info: resolved.steps,
      fhirType: resolved.type,
      transform: element.fhir?.transform,
      system: element.valueSet === undefined ? undefined : context.systems.get(element.valueSet),
      displays: element.valueSet === undefined ? undefined : context.displays.get(element.valueSet),
      toFhir: element.fhir?.codes ? new Map(Object.entries(element.fhir.codes)) : undefined,
      fromFhir: element.fhir?.codes ? reverseCodes(element.fhir.codes, element.valueSet === undefined ? [] : [...(context.displays.get(element.valueSet)?.keys() ?? [])]) : undefined,
      fhirSystem: element.fhir?.system,
      lossy: element.fhir?.lossy,
      children: element.type === 'component' && target ? place(target.elements, resolved.type, `${prefix}${element.name}.`, depth + 1, context) : undefined,
      target: element.target,
    });
  }
  return placed;
}

/**
 * The way back through a concept map: a FHIR code that one MODS code becomes reads back as that code; one that
 * several become (missed and cancelled are both FHIR's cancelled: declared lossy) reads back as the code that is
 * itself, or else the first.
 */
function reverseCodes(codes: Readonly<Record<string, string>>, all: readonly string[]): Map<string, string> {
  const back = new Map<string, string>();
  for (const mods of [...new Set([...all, ...Object.keys(codes)])]) {
    const fhir = codes[mods] ?? mods;
    if (!back.has(fhir) || mods === fhir) back.set(fhir, mods);
  }
  return back;
}
