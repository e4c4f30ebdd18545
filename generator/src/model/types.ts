/**
 * The intermediate model: the spec resolved and composed, read-only. Every node keeps the JSON Pointer of the
 * YAML it came from, so that rules and emitters can point back at the author's file.
 */
import type {
  Authority,
  Binding,
  CardinalityText,
  CheckMethod,
  ClassKind,
  ElementType,
  ItemStatus,
  Provenance,
  RawClassFhir,
  RawConstraints,
  RawElementFhir,
  RawConventions,
  RawGroup,
  RawLegislation,
  RawStandard,
  RawTerm,
  RequirementLevel,
  RequirementProfile,
  SchemaKeyword,
  Sensitivity,
} from './raw.ts';

export interface Cardinality {
  readonly min: 0 | 1;
  readonly max: 1 | '*';
}

export interface Traced {
  /** JSON Pointer of the YAML node this came from. */
  readonly pointer: string;
}

/** Where an element of a class comes from. */
export type ElementOrigin =
  | { readonly kind: 'own' }
  | { readonly kind: 'record-includes'; readonly from: string }
  | { readonly kind: 'change-log' }
  | { readonly kind: 'includes'; readonly from: string }
  | { readonly kind: 'inherited'; readonly from: string };

export interface ElementModel extends Traced {
  readonly name: string;
  readonly publishedName: string;
  readonly description: string;
  readonly publishedType: string | undefined;
  readonly occurs: string | undefined;
  /** From occurs when it maps; otherwise the declared cardinality; undefined when neither is usable. */
  readonly cardinality: Cardinality | undefined;
  /** The cardinality written in the YAML, for elements whose Occurs was not published. */
  readonly declaredCardinality: CardinalityText | undefined;
  /**
   * Whether the element's obligations (that it occurs as its cardinality says, with its type) rest on what the NHS
   * publishes or on our modelling. Derived from provenance unless the YAML says it (see model/authority.ts).
   */
  readonly authority: Authority;
  /** Whether `authority` was written in the YAML rather than derived. */
  readonly authorityDeclared: boolean;
  readonly type: ElementType;
  readonly valueSet: string | undefined;
  readonly binding: Binding | undefined;
  readonly target: string | undefined;
  readonly constraints: RawConstraints;
  /** A valid value given by the spec, for examples and docs. */
  readonly example: string | number | boolean | undefined;
  readonly sensitivity: Sensitivity;
  readonly provenance: Provenance;
  readonly source: string | undefined;
  readonly since: string;
  readonly status: ItemStatus;
  readonly note: string | undefined;
  readonly legislation: readonly string[];
  readonly origin: ElementOrigin;
  /** Where the element goes in FHIR (as its class says, for a composed element it maps itself); undefined when the spec does not say yet. */
  readonly fhir: RawElementFhir | undefined;
  /** The JSON Pointer of that mapping: the element's own `fhir`, or the class's `fhir/elements/<name>`. */
  readonly fhirPointer: string;
}

export interface ClassModel extends Traced {
  readonly id: string;
  readonly name: string;
  readonly publishedName: string;
  readonly description: string;
  readonly group: string;
  readonly alsoListedUnder: readonly string[];
  readonly kind: ClassKind;
  readonly extends: string | undefined;
  readonly includes: readonly string[];
  /** Classes that extend this one, in spec order. */
  readonly subtypes: readonly string[];
  readonly provenance: Provenance;
  readonly source: string | undefined;
  readonly publishedPage: 'complete' | 'partial' | 'not-available' | undefined;
  readonly since: string;
  readonly status: ItemStatus;
  readonly legislation: readonly string[];
  readonly notes: readonly string[];
  /** The class's own elements, as written. */
  readonly ownElements: readonly ElementModel[];
  /** Every element an instance carries: composed audit elements, inherited, included, then own. */
  readonly elements: readonly ElementModel[];
  /** Where the class goes in FHIR, as written (a subtype without its own takes its supertype's: fhir/class-mapping.ts). */
  readonly fhir: RawClassFhir | undefined;
}

export interface CodeModel extends Traced {
  readonly code: string;
  readonly display: string;
  readonly definition: string | undefined;
  readonly provenance: Provenance;
  readonly status: ItemStatus;
}

export interface ValueSetModel extends Traced {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly system: string | undefined;
  readonly binding: Binding;
  /** Whether the binding (data must use these codes) rests on what the NHS publishes. */
  readonly authority: Authority;
  readonly authorityDeclared: boolean;
  readonly provenance: Provenance;
  readonly source: string | undefined;
  readonly note: string | undefined;
  readonly status: ItemStatus;
  readonly codes: readonly CodeModel[];
}

export interface RequirementModel extends Traced {
  readonly id: string;
  readonly level: RequirementLevel;
  readonly title: string;
  readonly text: string;
  readonly appliesTo: readonly string[];
  readonly check: { readonly method: CheckMethod; readonly rule: string | undefined; readonly keywords: readonly SchemaKeyword[] };
  readonly provenance: Provenance;
  /** Whether the NHS publishes the requirement, or it is ours (derived from provenance unless the YAML says it). */
  readonly authority: Authority;
  readonly authorityDeclared: boolean;
  /** The data standard's own requirements, or the asc-mods exchange API profile (our design). */
  readonly profile: RequirementProfile;
  readonly source: string | undefined;
  readonly status: ItemStatus;
  readonly legislation: readonly string[];
}

export interface SpecModel {
  readonly file: string;
  readonly standard: RawStandard;
  readonly conventions: RawConventions;
  readonly groups: readonly (RawGroup & Traced)[];
  readonly legislation: readonly (RawLegislation & Traced)[];
  readonly glossary: readonly (RawTerm & Traced)[];
  readonly valueSets: readonly ValueSetModel[];
  readonly classes: readonly ClassModel[];
  readonly requirements: readonly RequirementModel[];
}
