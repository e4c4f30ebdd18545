/**
 * The compiler's API for the kit (conformance/): the model's types and the queries over it, the rules and limits the
 * artefacts and the kit must agree on, and the runtime helpers (the package root, the compiled runtime model, safe
 * file reads, worker threads). The kit imports the compiler through this module and its two siblings only
 * (generator/test/layout/imports.test.ts holds it). Every module named here is light: none loads a package, so that
 * a command that runs on records starts without the YAML parser, ajv's compiler, Handlebars or ts-morph.
 */

export { compareStrings } from './diagnostics/diagnostic.ts';
export { groupedNumber, plural } from './diagnostics/format.ts';
export { spreadsheetCell } from './emit/csv/escape.ts';
export { csvLayout, maxRowBytes, unflattenRow } from './emit/csv/layout.ts';
export type { CsvColumn } from './emit/csv/layout.ts';
export { sqlModel, type SqlColumn, type SqlModel, type SqlTable } from './emit/sql/layout.ts';
export { duckdb as duckdbDialect, postgres as postgresDialect, type SqlDialect, type SqlType } from './emit/sql/dialects.ts';
export { rejectsTable } from './emit/sql/emit.ts';
export { exampleValue } from './emit/examples/values.ts';
export { isClosed } from './emit/json-schema/element-schema.ts';
export { datePattern, dateTimePattern, formatPatterns, timePattern } from './emit/json-schema/formats.ts';
export { nonBlankPattern } from './emit/json-schema/limits.ts';
export { toJson } from './emit/json.ts';
export { notXmlChar, xmlCellText } from './emit/xlsx/cell.ts';
export { addAboutSheet, addTableSheet, type SheetColumn } from './emit/xlsx/sheets.ts';
export { setZipDates } from './emit/xlsx/zip-dates.ts';
export { classFhir, fhirRoot } from './fhir/class-mapping.ts';
export { r4Definitions, r4ValueSetCodes, type FhirDefinitions, type FhirElement, type ValueSetCodes } from './fhir/definitions.ts';
export { followFhirPath, parseFhirPath, resolveFhirPath, type PathStep, type StepInfo } from './fhir/path.ts';
export { missingRequired, requiredElements, unfilledRequired } from './fhir/required.ts';
export { kebabName, typeName } from './emit/naming.ts';
export { maxBodyBytes, maxBodyDepth } from './emit/openapi/components.ts';
export { auditFields } from './model/audit-fields.ts';
export { requirementLookup, type RequirementLookup } from './model/requirement-lookup.ts';
export { consentLinks, deliveredStatuses } from './model/consent-links.ts';
export { modelledMandatory, presenceAuthority } from './model/authority.ts';
export { dataRuleIds } from './model/data-rules.ts';
export { concreteRecords, recordClasses } from './model/hierarchy.ts';
export { isRepdigit, isValidNhsNumber, nhsCheckDigit } from './model/nhs-number.ts';
export type { Authority, NamedFormat, Sensitivity } from './model/raw.ts';
export { startEndPairs } from './model/start-end-pairs.ts';
export type { ClassModel, ElementModel, SpecModel, ValueSetModel } from './model/types.ts';
export type { ElementType } from './model/raw.ts';
export { packageRoot, packageVersion } from './paths.ts';
export { loadRuntimeModel } from './runtime/model.ts';
export { startWorker } from './runtime/worker-url.ts';
export { NotARegularFile, ioReason, kindOf, openRegularFile, readNonBlocking, readRegularFile } from './source/regular-file.ts';
