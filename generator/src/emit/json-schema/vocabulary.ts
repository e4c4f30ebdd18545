/**
 * The annotation keywords the generated schemas use. A consumer running ajv in strict mode declares them with
 * ajv.addVocabulary(modsVocabulary); the same list is written to generated/json-schema/vocabulary.json.
 */
export const modsVocabulary = [
  'x-mods-authority',
  'x-mods-binding',
  'x-mods-binding-authority',
  'x-mods-cardinality',
  'x-mods-class-id',
  'x-mods-code-system',
  'x-mods-codes',
  'x-mods-extends',
  'x-mods-format',
  'x-mods-group',
  'x-mods-kind',
  'x-mods-legislation',
  'x-mods-not-in-future',
  'x-mods-note',
  'x-mods-occurs',
  'x-mods-origin',
  'x-mods-provenance',
  'x-mods-published-name',
  'x-mods-published-page',
  'x-mods-published-type',
  'x-mods-requirements',
  'x-mods-sensitivity',
  'x-mods-since',
  'x-mods-source',
  'x-mods-standard',
  'x-mods-status',
  'x-mods-subtypes',
  'x-mods-target',
  'x-mods-type',
  'x-mods-value-set',
] as const;

