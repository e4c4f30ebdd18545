/**
 * The YAML document as it is once it has passed the format schema (spec/mods.schema.json).
 * Property names are those of the YAML; the model (types.ts) is what later stages use.
 */
export type Provenance = 'nhs-data-browser' | 'nhs-guidance' | 'scip-draft-ig' | 'nhs-data-dictionary' | 'prsb-core' | 'fhir-uk-core' | 'asc-mods';
export type ItemStatus = 'active' | 'deprecated';
export type Binding = 'required' | 'extensible' | 'preferred' | 'example';
export type ElementType = 'text' | 'integer' | 'decimal' | 'boolean' | 'date' | 'date-time' | 'time' | 'coded' | 'reference' | 'component';
export type ClassKind = 'record' | 'component' | 'abstract';
export type Sensitivity = 'none' | 'personal' | 'special-category';
export type CardinalityText = '0..1' | '1..1' | '0..*' | '1..*';
export type RequirementLevel = 'MUST' | 'SHOULD' | 'MAY';
export type CheckMethod = 'schema' | 'rule' | 'api' | 'attestation';
export type SchemaKeyword = 'required' | 'const' | 'type' | 'enum' | 'pattern' | 'maxLength' | 'minimum' | 'maximum' | 'minItems' | 'additionalProperties';
export type Authority = 'published' | 'modelled';
export type RequirementProfile = 'data-standard' | 'exchange-api';
export type NamedFormat = 'nhs-number' | 'ods-code' | 'uprn' | 'uk-postcode' | 'email' | 'phone' | 'uri' | 'mime-type' | 'uuid';

export interface RawSpec {
  readonly format: 'asc-mods/1';
  readonly standard: RawStandard;
  readonly conventions: RawConventions;
  readonly groups: readonly RawGroup[];
  readonly legislation: readonly RawLegislation[];
  readonly glossary: readonly RawTerm[];
  readonly value_sets: readonly RawValueSet[];
  readonly classes: readonly RawClass[];
  readonly requirements: readonly RawRequirement[];
}

export interface RawStandard {
  readonly reference: string;
  readonly name: string;
  readonly short_name: string;
  readonly publication_version: string;
  readonly catalogue_version: string;
  readonly release: string;
  readonly status: 'draft' | 'active' | 'retired';
  readonly publisher: string;
  readonly publication_date: string;
  readonly effective_date: string;
  readonly conformance_date: string;
  readonly description?: string;
  readonly sources: readonly { readonly title: string; readonly url: string }[];
}

export interface RawConventions {
  readonly record_includes: readonly string[];
  readonly change_log: string;
  readonly coding: string;
  readonly record_type_field: string;
}

export interface RawGroup {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly provenance: Provenance;
  readonly source?: string;
}

export interface RawLegislation {
  readonly id: string;
  readonly title: string;
  readonly citation?: string;
  readonly url: string;
  readonly summary: string;
}

export interface RawTerm {
  readonly id: string;
  readonly term: string;
  readonly definition: string;
  readonly provenance: Provenance;
  readonly source?: string;
  readonly related?: readonly string[];
}

export interface RawCode {
  readonly code: string;
  readonly display: string;
  readonly definition?: string;
  readonly provenance?: Provenance;
  readonly status?: ItemStatus;
}

export interface RawValueSet {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly system?: string;
  readonly binding: Binding;
  readonly authority?: Authority;
  readonly provenance: Provenance;
  readonly source?: string;
  readonly note?: string;
  readonly status?: ItemStatus;
  readonly codes: readonly RawCode[];
}

export interface RawConstraints {
  readonly format?: NamedFormat;
  readonly min_length?: number;
  readonly max_length?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly not_in_future?: boolean;
}

export interface RawElement {
  readonly name: string;
  readonly published_name: string;
  readonly description: string;
  readonly published_type?: string;
  readonly occurs?: string;
  readonly cardinality?: CardinalityText;
  readonly authority?: Authority;
  readonly type: ElementType;
  readonly value_set?: string;
  readonly binding?: Binding;
  readonly target?: string;
  readonly constraints?: RawConstraints;
  readonly example?: string | number | boolean;
  readonly sensitivity: Sensitivity;
  readonly provenance: Provenance;
  readonly source?: string;
  readonly since?: string;
  readonly status?: ItemStatus;
  readonly note?: string;
  readonly legislation?: readonly string[];
  readonly fhir?: RawElementFhir;
}

/**
 * Where a class goes in FHIR R4 (UK Core): a resource and its profile for a record class, a data type (or a
 * resource's backbone element, 'Patient.contact') for a component, or unmapped with the reason. Exactly one of
 * resource, type and unmapped (rules/fhir-mapping.ts).
 */
export interface RawClassFhir {
  readonly resource?: string;
  readonly profile?: string;
  readonly type?: string;
  /** Values FHIR requires that MODS does not hold, the same for every record, by path from the resource (intent: plan). */
  readonly fixed?: Readonly<Record<string, string | boolean | number>>;
  /** A component mapped to a resource of its own: the path on that resource that refers back to the record (target). */
  readonly referenced_from?: string;
  readonly unmapped?: string;
  readonly provenance: Provenance;
  readonly source?: string;
  readonly note?: string;
  /** Where the class's composed elements (inherited or included) go on its resource, by element name. */
  readonly elements?: Readonly<Record<string, RawElementFhir>>;
}

/**
 * Where an element goes, as a path below its class's resource or type (rules/fhir-mapping.ts reads the subset of
 * FHIRPath it may use), or unmapped with the reason; lossy says what a round trip through FHIR cannot keep.
 */
export interface RawElementFhir {
  readonly path?: string;
  /**
   * For a component whose class maps to a resource of its own: each value becomes one such resource, which refers
   * back to the record's resource from this path, given from its type ('Provenance.target').
   */
  readonly referenced_from?: string;
  readonly unmapped?: string;
  readonly lossy?: string;
  /** text: the value is written as its text form (a version number in meta.versionId, which is an id). */
  readonly transform?: 'text';
  /** The concept map: the FHIR code each of the element's codes becomes, where it is not the same. */
  readonly codes?: Readonly<Record<string, string>>;
  /** The FHIR code system the codes are written in, where not the value set's own. */
  readonly system?: string;
  readonly provenance?: Provenance;
  readonly source?: string;
  readonly note?: string;
}

export interface RawClass {
  readonly id: string;
  readonly name: string;
  readonly published_name: string;
  readonly description: string;
  readonly group: string;
  readonly also_listed_under?: readonly string[];
  readonly kind: ClassKind;
  readonly extends?: string;
  readonly includes?: readonly string[];
  readonly provenance: Provenance;
  readonly source?: string;
  readonly published_page?: 'complete' | 'partial' | 'not-available';
  readonly since: string;
  readonly status?: ItemStatus;
  readonly legislation?: readonly string[];
  readonly notes?: readonly string[];
  readonly fhir?: RawClassFhir;
  readonly elements: readonly RawElement[];
}

export interface RawRequirement {
  readonly id: string;
  readonly level: RequirementLevel;
  readonly title: string;
  readonly text: string;
  readonly applies_to: readonly string[];
  readonly check: { readonly method: CheckMethod; readonly rule?: string; readonly keywords?: readonly SchemaKeyword[] };
  readonly provenance: Provenance;
  readonly authority?: Authority;
  readonly profile?: RequirementProfile;
  readonly source?: string;
  readonly status?: ItemStatus;
  readonly legislation?: readonly string[];
}
