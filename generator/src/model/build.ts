import { joinPointer } from '../source/pointer.ts';
import { elementAuthority, requirementAuthority, valueSetAuthority } from './authority.ts';
import { cardinalityFromOccurs, parseCardinality } from './occurs.ts';
import type { RawClass, RawElement, RawElementFhir, RawSpec } from './raw.ts';
import type { ClassModel, ElementModel, ElementOrigin, SpecModel } from './types.ts';

/**
 * Stage 3: the shape-valid document → the model. Composition is resolved here (every record carries the
 * conventions' record_includes and a change log; subtypes inherit; includes are merged), tolerating what the
 * rules will report: unknown names are skipped and cycles are cut, never followed.
 */
export function buildModel(raw: RawSpec, file: string): SpecModel {
  const byName = new Map<string, { readonly cls: RawClass; readonly index: number }>();
  raw.classes.forEach((cls, index) => {
    if (!byName.has(cls.name)) byName.set(cls.name, { cls, index });
  });

  const ownElements = (cls: RawClass, index: number, origin: ElementOrigin): ElementModel[] =>
    cls.elements.map((element, e) => elementModel(element, cls, joinPointer('/classes', index, 'elements', e), origin));

  /** Inherited, included and own elements of a class (without the record conventions), cycles cut. */
  const composable = (name: string, origin: ElementOrigin | undefined, visiting: ReadonlySet<string>): ElementModel[] => {
    const entry = byName.get(name);
    if (!entry || visiting.has(name)) return [];
    const next = new Set(visiting).add(name);
    const { cls, index } = entry;
    const inherited = cls.extends ? composable(cls.extends, origin ?? { kind: 'inherited', from: cls.extends }, next) : [];
    const included = (cls.includes ?? []).flatMap((inc) => composable(inc, origin ?? { kind: 'includes', from: inc }, next));
    return [...inherited, ...included, ...ownElements(cls, index, origin ?? { kind: 'own' })];
  };

  // What every record carries, composed once and shared by all record classes.
  const recordIncluded = raw.conventions.record_includes.flatMap((inc) => composable(inc, { kind: 'record-includes', from: inc }, new Set()));
  const changeLog = byName.get(raw.conventions.change_log);
  const recordElements: readonly ElementModel[] = changeLog ? [...recordIncluded, changeLogElement(changeLog.cls, changeLog.index)] : recordIncluded;

  /**
   * Where a class says its composed elements go in FHIR (`fhir.elements`: an event's subject is a Flag's subject
   * but an AllergyIntolerance's patient), its own and its supertypes', the nearest first.
   */
  const fhirOverrides = (name: string): Map<string, { fhir: RawElementFhir; pointer: string }> => {
    const found = new Map<string, { fhir: RawElementFhir; pointer: string }>();
    const seen = new Set<string>();
    for (let entry = byName.get(name); entry && !seen.has(entry.cls.name); entry = entry.cls.extends ? byName.get(entry.cls.extends) : undefined) {
      seen.add(entry.cls.name);
      for (const [element, fhir] of Object.entries(entry.cls.fhir?.elements ?? {})) {
        if (!found.has(element)) found.set(element, { fhir, pointer: joinPointer('/classes', entry.index, 'fhir', 'elements', element) });
      }
    }
    return found;
  };

  // Each class's direct subtypes, in spec order (found once, not by scanning every class for each).
  const subtypes = new Map<string, string[]>();
  for (const other of raw.classes) if (other.extends !== undefined) (subtypes.get(other.extends) ?? subtypes.set(other.extends, []).get(other.extends)!).push(other.name);

  const classes: ClassModel[] = raw.classes.map((cls, index) => {
    const own = ownElements(cls, index, { kind: 'own' });
    const composed = composable(cls.name, undefined, new Set());
    return {
      pointer: joinPointer('/classes', index),
      id: cls.id,
      name: cls.name,
      publishedName: cls.published_name,
      description: cls.description,
      group: cls.group,
      alsoListedUnder: cls.also_listed_under ?? [],
      kind: cls.kind,
      extends: cls.extends,
      includes: cls.includes ?? [],
      subtypes: subtypes.get(cls.name) ?? [],
      provenance: cls.provenance,
      source: cls.source,
      publishedPage: cls.published_page,
      since: cls.since,
      status: cls.status ?? 'active',
      legislation: cls.legislation ?? [],
      notes: cls.notes ?? [],
      ownElements: own,
      elements: withFhirOverrides(cls.kind === 'record' ? [...recordElements, ...composed] : composed, fhirOverrides(cls.name)),
      fhir: cls.fhir,
    };
  });

  return {
    file,
    standard: raw.standard,
    conventions: raw.conventions,
    groups: raw.groups.map((g, i) => ({ ...g, pointer: joinPointer('/groups', i) })),
    legislation: raw.legislation.map((l, i) => ({ ...l, pointer: joinPointer('/legislation', i) })),
    glossary: raw.glossary.map((t, i) => ({ ...t, pointer: joinPointer('/glossary', i) })),
    valueSets: raw.value_sets.map((vs, i) => ({
      pointer: joinPointer('/value_sets', i),
      id: vs.id,
      name: vs.name,
      description: vs.description,
      system: vs.system,
      binding: vs.binding,
      authority: valueSetAuthority(vs),
      authorityDeclared: vs.authority !== undefined,
      provenance: vs.provenance,
      source: vs.source,
      note: vs.note,
      status: vs.status ?? 'active',
      codes: vs.codes.map((c, j) => ({
        pointer: joinPointer('/value_sets', i, 'codes', j),
        code: c.code,
        display: c.display,
        definition: c.definition,
        provenance: c.provenance ?? vs.provenance,
        status: c.status ?? 'active',
      })),
    })),
    classes,
    requirements: raw.requirements.map((r, i) => ({
      pointer: joinPointer('/requirements', i),
      id: r.id,
      level: r.level,
      title: r.title,
      text: r.text,
      appliesTo: r.applies_to,
      check: { method: r.check.method, rule: r.check.rule, keywords: r.check.keywords ?? [] },
      provenance: r.provenance,
      authority: requirementAuthority(r),
      authorityDeclared: r.authority !== undefined,
      profile: r.profile ?? 'data-standard',
      source: r.source,
      status: r.status ?? 'active',
      legislation: r.legislation ?? [],
    })),
  };
}

/** A class's composed elements with the FHIR mappings it gives them itself (never its own elements: they carry theirs). */
function withFhirOverrides(elements: ElementModel[], overrides: ReadonlyMap<string, { fhir: RawElementFhir; pointer: string }>): ElementModel[] {
  if (overrides.size === 0) return elements;
  return elements.map((e) => {
    const override = e.origin.kind === 'own' ? undefined : overrides.get(e.name);
    return override ? { ...e, fhir: override.fhir, fhirPointer: override.pointer } : e;
  });
}

function elementModel(element: RawElement, cls: RawClass, pointer: string, origin: ElementOrigin): ElementModel {
  const fromOccurs = element.occurs === undefined ? undefined : cardinalityFromOccurs(element.occurs);
  const explicit = element.cardinality === undefined ? undefined : parseCardinality(element.cardinality);
  return {
    pointer,
    name: element.name,
    publishedName: element.published_name,
    description: element.description,
    publishedType: element.published_type,
    occurs: element.occurs,
    cardinality: fromOccurs ?? explicit,
    declaredCardinality: element.cardinality,
    authority: elementAuthority(element),
    authorityDeclared: element.authority !== undefined,
    type: element.type,
    valueSet: element.value_set,
    binding: element.binding,
    target: element.target,
    constraints: element.constraints ?? {},
    example: element.example,
    sensitivity: element.sensitivity,
    provenance: element.provenance,
    source: element.source ?? cls.source,
    since: element.since ?? cls.since,
    status: element.status ?? 'active',
    note: element.note,
    legislation: element.legislation ?? [],
    origin,
    fhir: element.fhir,
    fhirPointer: joinPointer(pointer, 'fhir'),
  };
}

/** The element through which every record carries its change log, once, by composition. */
function changeLogElement(changeLog: RawClass, index: number): ElementModel {
  // Each entry as a resource of its own (a Provenance) that refers back to the record, where the class says so.
  const own = changeLog.fhir;
  const back = own?.resource !== undefined && own.referenced_from !== undefined ? { referenced_from: `${own.resource}.${own.referenced_from}`, provenance: own.provenance } : undefined;
  return {
    pointer: '/conventions/change_log',
    name: 'change_log',
    publishedName: changeLog.published_name,
    description: 'The audit trail of the record: one entry for each committed change, oldest first.',
    publishedType: undefined,
    occurs: undefined,
    cardinality: { min: 1, max: '*' },
    declaredCardinality: '1..*',
    // The guidance requires a full change log for every update of a mutable record.
    authority: 'published',
    authorityDeclared: false,
    type: 'component',
    valueSet: undefined,
    binding: undefined,
    target: changeLog.name,
    constraints: {},
    example: undefined,
    sensitivity: 'personal',
    provenance: 'nhs-guidance',
    source: changeLog.source,
    since: changeLog.since,
    status: 'active',
    note: 'The guidance requires every versioned record to carry a change log; composed into every record class by conventions.change_log.',
    legislation: changeLog.legislation ?? [],
    origin: { kind: 'change-log' },
    fhir: back,
    fhirPointer: back ? joinPointer('/classes', index, 'fhir') : '/conventions/change_log',
  };
}
