/**
 * The catalogue of diagnostic codes. A code is stable once released: tests, CI scripts and editors key on it.
 * The severity belongs to the code, never to the caller. Every code has a fixture under
 * generator/test/fixtures/diagnostics/<code>.yaml (a test fails when one is missing).
 */
export type Severity = 'error' | 'warning';

export interface CatalogueEntry {
  readonly severity: Severity;
  /** One line: what the code means. */
  readonly summary: string;
  /** How to fix it, shown under the message in human output. */
  readonly help: string;
}

export const catalogue = {
  // Reading the file
  'file-unreadable': {
    severity: 'error',
    summary: 'The spec file cannot be read.',
    help: 'Check the path and the file permissions.',
  },
  'invalid-encoding': {
    severity: 'error',
    summary: 'The file is not valid UTF-8.',
    help: 'Save the file as UTF-8.',
  },
  'yaml-syntax': {
    severity: 'error',
    summary: 'The YAML cannot be parsed.',
    help: 'Fix the syntax at the position shown (indent with spaces, never tabs; close every quote and bracket).',
  },
  'duplicate-key': {
    severity: 'error',
    summary: 'A mapping has the same key twice.',
    help: 'Remove or rename one of the two keys; YAML keeps only one of them.',
  },
  // Shape (the format's JSON Schema)
  'unknown-key': {
    severity: 'error',
    summary: 'A key the format does not define.',
    help: 'Check the spelling against spec/mods.schema.json; unknown keys are never ignored.',
  },
  'missing-key': {
    severity: 'error',
    summary: 'A required key is missing.',
    help: 'Add the key; spec/mods.schema.json lists what each object needs.',
  },
  'missing-description': {
    severity: 'error',
    summary: 'A description is missing or blank.',
    help: 'Describe the item in a sentence of your own words.',
  },
  'control-character': {
    severity: 'error',
    summary: 'Text holds an invisible control character (other than a tab or a line break), which every artefact would copy.',
    help: 'Remove the character; write a line break as a new line and a tab as a tab. Escapes such as "\\0" or "\\e" in double quotes make control characters too.',
  },
  'wrong-type': {
    severity: 'error',
    summary: 'A value has the wrong YAML type.',
    help: 'Use the type the format expects (a string, a number, a list or a mapping).',
  },
  'invalid-value': {
    severity: 'error',
    summary: 'A value is not one of those allowed.',
    help: 'Use one of the allowed values listed in the message.',
  },
  'invalid-format': {
    severity: 'error',
    summary: 'A value does not have the required form.',
    help: 'Write the value in the form the message gives (a date as YYYY-MM-DD, a URL with https://, a semantic version).',
  },
  'invalid-shape': {
    severity: 'error',
    summary: 'A value breaks a structural rule of the format.',
    help: 'See the message and spec/mods.schema.json.',
  },
  // Semantic rules
  'duplicate-id': {
    severity: 'error',
    summary: 'Two items share an id.',
    help: 'Ids are stable identifiers: give each item its own.',
  },
  'duplicate-name': {
    severity: 'error',
    summary: 'Two items share a name where names must be unique.',
    help: 'Rename one of them; technical names are unique among classes, and element names within a class.',
  },
  'name-not-snake-case': {
    severity: 'error',
    summary: 'A technical name is not lowercase snake_case.',
    help: 'Technical names are lowercase words joined by underscores, starting with a letter (e.g. date_of_birth).',
  },
  'unresolved-reference': {
    severity: 'error',
    summary: 'A reference names something that does not exist.',
    help: 'Use the technical name or id of an existing item.',
  },
  'wrong-target-kind': {
    severity: 'error',
    summary: 'A reference points at the wrong kind of item.',
    help: 'References point at records or abstract classes, components at component classes, extends and includes at abstract classes.',
  },
  'circular-extends': {
    severity: 'error',
    summary: 'Classes extend or include each other in a cycle.',
    help: 'Break the cycle: a class cannot be its own supertype or building block.',
  },
  'unknown-occurs': {
    severity: 'error',
    summary: 'An Occurs wording that cannot be mapped to a cardinality.',
    help: 'Use the published wording: Must occur once, Must occur once or more, Could occur once, Could occur once or more.',
  },
  'unknown-published-type': {
    severity: 'error',
    summary: 'A published Type the data browser does not use.',
    help: 'Use the published wording: Text, Number, Date, Date and Time, Time, Lookup, Yes or No, Reference code.',
  },
  'missing-cardinality': {
    severity: 'error',
    summary: 'An element has neither occurs nor cardinality.',
    help: 'Give the published Occurs wording, or where it was not published, a cardinality (0..1, 1..1, 0..*, 1..*).',
  },
  'cardinality-conflict': {
    severity: 'error',
    summary: 'An element gives both occurs and cardinality.',
    help: 'Cardinality follows from the published Occurs; give cardinality only where Occurs was not published.',
  },
  'type-mismatch': {
    severity: 'warning',
    summary: 'The normalised type does not follow from the published Type, and no note says why.',
    help: 'Add a note explaining the deviation (for example a date published as Lookup), or correct the type.',
  },
  'missing-type-detail': {
    severity: 'error',
    summary: 'A coded element without a value set, or a reference or component without a target.',
    help: 'Coded elements name a value_set; reference and component elements name a target class.',
  },
  'misplaced-type-detail': {
    severity: 'error',
    summary: 'A value_set, binding or target on an element whose type does not use it.',
    help: 'value_set and binding belong to coded elements; target to reference and component elements.',
  },
  'constraint-not-applicable': {
    severity: 'error',
    summary: 'A constraint that does not apply to the element\'s type.',
    help: 'format, lengths and pattern apply to text; minimum and maximum to numbers; not_in_future to dates.',
  },
  'conflicting-constraints': {
    severity: 'error',
    summary: 'Constraints that no value can satisfy, or a pattern that is not a valid regular expression.',
    help: 'Make the lower bound no greater than the upper bound, and the pattern a valid ECMAScript regular expression.',
  },
  'missing-example': {
    severity: 'error',
    summary: 'An element with a pattern gives no example value.',
    help: 'Add an example that matches the pattern; generated examples and documentation use it.',
  },
  'invalid-example': {
    severity: 'error',
    summary: "An element's example does not meet the element's own type or constraints.",
    help: 'Correct the example so that it is a valid value of the element.',
  },
  'duplicate-code': {
    severity: 'error',
    summary: 'A value set lists the same code twice.',
    help: 'Remove the repeated code.',
  },
  'empty-required-value-set': {
    severity: 'error',
    summary: 'A value set with a required binding lists no codes.',
    help: 'List the codes, or weaken the binding (extensible, preferred or example) until they are known.',
  },
  'unused-value-set': {
    severity: 'warning',
    summary: 'A value set that no element uses.',
    help: 'Bind an element to it, or remove it.',
  },
  'unused-class': {
    severity: 'warning',
    summary: 'A component or abstract class that nothing embeds, extends, includes or refers to.',
    help: 'Use it from an element, or remove it.',
  },
  // The FHIR mapping (rules/fhir-mapping.ts)
  'fhir-mapping-shape': {
    severity: 'error',
    summary: 'A FHIR mapping gives the wrong combination of keys.',
    help: 'A class gives exactly one of resource (record classes), type (components) and unmapped; an element gives exactly one of path and unmapped, and lossy only with a path.',
  },
  'fhir-unknown-type': {
    severity: 'error',
    summary: 'A FHIR mapping names a resource or data type that FHIR R4 does not have.',
    help: 'Use a FHIR R4 resource type (Patient, Flag, ...) for a record class, and a data type (HumanName, Address, ...) or a backbone element (Patient.contact) for a component.',
  },
  'fhir-path-syntax': {
    severity: 'error',
    summary: 'A FHIR path is not in the subset of FHIRPath that asc-mods reads.',
    help: "Write element names joined by dots, a choice by its JSON name (deceasedDateTime), where(child = 'value') and extension('url').",
  },
  'fhir-unknown-path': {
    severity: 'error',
    summary: 'A FHIR path names an element its resource or type does not have.',
    help: 'Check the element names against the FHIR R4 definition of the resource or type the class maps to.',
  },
  'fhir-type-mismatch': {
    severity: 'error',
    summary: "A FHIR path ends at a type that cannot hold the element's value.",
    help: "Map the element to a FHIR element of a type that holds its kind of value (a date to date or dateTime, a code to code, Coding or CodeableConcept), or a component to its class's type.",
  },
  'fhir-cardinality': {
    severity: 'error',
    summary: 'An element that may occur more than once maps to a FHIR path that holds one value.',
    help: 'Map the element to a repeating FHIR element, or below one.',
  },
  'fhir-code-unmapped': {
    severity: 'error',
    summary: "A coded element's codes have no place in the value set FHIR R4 requires its path to use.",
    help: "Map each code FHIR's value set does not hold to one it does, under the element's fhir.codes (entered_in_error: entered-in-error), and for a Coding or CodeableConcept name FHIR's code system in fhir.system.",
  },
  'fhir-required-unfilled': {
    severity: 'warning',
    summary: 'A class maps to a FHIR resource with a required element that no element of the class maps to.',
    help: 'Map an element to each element FHIR R4 requires (a Flag needs status, code and subject), or no record of the class exports to valid FHIR.',
  },
  'fhir-no-resource': {
    severity: 'error',
    summary: 'An element has a FHIR path but its class maps to no resource or type.',
    help: "Give the class a FHIR mapping (resource: or type:), or mark the element unmapped.",
  },
  'since-after-release': {
    severity: 'error',
    summary: 'An item says it was added in a release later than the spec\'s own release.',
    help: 'Set since to a release no later than standard.release, or raise standard.release.',
  },
  'requirement-target-not-found': {
    severity: 'error',
    summary: 'A requirement applies to a class or element that does not exist.',
    help: "Use '*' (every record class), a class's technical name, or class.element.",
  },
  'unknown-check-rule': {
    severity: 'error',
    summary: 'A requirement is checked by a rule that does not exist, or its check names a rule or keywords its method does not take.',
    help: 'With method rule, name one of the data rules listed in the message; only method schema takes keywords.',
  },
  'reserved-name': {
    severity: 'error',
    summary: 'A class would take a name the exchange API gives one of its own objects (ProblemDetails, Capability, <Record>Page).',
    help: 'Choose another technical name for the class; the API needs these names for its error object, its capability statement and its pages.',
  },
  // Authority
  'authority-unsupported': {
    severity: 'error',
    summary: 'An item claims published authority that no NHS source gives it.',
    help: 'Say authority: published only for what the NHS data browser, the implementation guidance or the NHS Data Dictionary states, with the source page; exchange-api requirements are always ours. Otherwise leave authority out (it is derived) or say modelled.',
  },
  'published-obligation-relaxed': {
    severity: 'error',
    summary: 'A row the data browser publishes as "Must occur" is marked as modelled, which would make a published obligation advisory.',
    help: 'Remove authority: modelled; what the data browser says must occur is a published obligation.',
  },
} as const satisfies Record<string, CatalogueEntry>;

export type DiagnosticCode = keyof typeof catalogue;

export const diagnosticCodes = Object.keys(catalogue).sort() as DiagnosticCode[];
