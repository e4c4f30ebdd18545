/** PascalCase type names from snake_case technical names: subject_of_care → SubjectOfCare. */
export function typeName(technicalName: string): string {
  return technicalName
    .split('_')
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** camelCase: subject_of_care → subjectOfCare. */
export function camelName(technicalName: string): string {
  const pascal = typeName(technicalName);
  return pascal[0]!.toLowerCase() + pascal.slice(1);
}

/** kebab-case path segments: subject_of_care → subject-of-care. */
export function kebabName(technicalName: string): string {
  return technicalName.replaceAll('_', '-');
}

/**
 * The names the exchange API gives its own objects in the OpenAPI components: the RFC 9457 error object, the
 * capability statement, and a page of each record class (<Type>Page). No class may take one.
 */
export const protocolSchemaNames: readonly string[] = ['ProblemDetails', 'Capability'];
export const pageSchemaName = (recordClass: string): string => `${typeName(recordClass)}Page`;
/** The component name of a required value set's coding schema in the OpenAPI document: ethnic_category → EthnicCategoryCoding. */
export const valueSetSchemaName = (valueSetId: string): string => `${typeName(valueSetId)}Coding`;
