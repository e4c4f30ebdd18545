/**
 * The bounds the schemas set where the published standard sets none, in one place. They are constraints of ours
 * ("modelled"): under `validate --profile published` a value beyond one is a warning, not an error (the authority
 * judge treats maxLength and maxItems as ours). They are set so that no record a care system would keep comes near
 * them, while a runaway list or a pasted document in a name field is caught before it reaches a store.
 */
export const schemaLimits = {
  /**
   * The display text of a reference: a person's name or a record's title as a list shows it. 256 characters holds
   * the longest of those with room to spare (a SNOMED CT description, the longest display in the value sets, is at
   * most 255).
   */
  referenceDisplayLength: 256,
  /**
   * The change log has an entry per version. 10,000 versions is decades of daily edits, and the change-log rule
   * already stops looking for entries past it (validate/checks/record-rules.ts).
   */
  changeLogItems: 10_000,
  /** Any other repeating element (addresses, names, care actors, codes, the references of a care plan): 1,000. */
  listItems: 1_000,
} as const;

/**
 * A text value that is there must say something: at least one character that is not white space. An element whose
 * own pattern or format already demands characters (an NHS number, a date) needs no second pattern.
 */
export const nonBlankPattern = '\\S';
