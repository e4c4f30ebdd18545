/** The asc-mods library API. */
export { checkSpecBytes, checkSpecFile, checkSpecText, stages, type CheckResult, type StageName } from './pipeline.ts';
export { catalogue, diagnosticCodes, type DiagnosticCode, type Severity } from './diagnostics/catalogue.ts';
export type { Diagnostic, Position, SourceLocation, SourceRange } from './diagnostics/diagnostic.ts';
export { formatHuman, toJsonReport } from './diagnostics/format.ts';
export { dataRules, dataRuleIds, type DataRuleId } from './model/data-rules.ts';
export { occursVocabulary } from './model/occurs.ts';
export { publishedTypes } from './model/published-type.ts';
export type * from './model/types.ts';
export type * from './model/raw.ts';
export { defaultSpecPath } from './paths.ts';
export { isValidNhsNumber, nhsCheckDigit } from './model/nhs-number.ts';
export { isValidOdsCode, odsCodePattern } from './model/ods-code.ts';
